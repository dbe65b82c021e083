// Finding (issue 14, Low): anonymous map and listing data gave firms' positions to 5 decimals
// (street level). Now a visitor — and a firm outside the firm's networks — gets the centre of a
// coarse grid cell (~550 × 500 m, lib/map/coarse.ts), deterministic so it cannot be averaged away,
// in every position, cluster, distance, box and radius filter; members of the firm's networks, its
// own people and admins get the exact position the firm entered (lib/policy positionPreciseSql).
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as apiListing } from '@/app/api/v1/listings/[ref]/route';
import { GET as apiListings } from '@/app/api/v1/listings/route';
import { GET as apiMap } from '@/app/api/v1/map/route';
import { browseListings, getListing } from '@/lib/dal/listings';
import { getMapData, type MapData } from '@/lib/dal/map';
import type { Viewer } from '@/lib/dal/viewer';
import { coarsePoint, COARSE_LAT_STEP, COARSE_LNG_STEP } from '@/lib/map/coarse';
import { parseBrowseParams } from '@/lib/validations/listings';
import { mapQuerySchema } from '@/lib/validations/map';
import { setupTestDb } from '../integration/helpers/db';
import { makeListing, makeMemberFirm, makeNetwork } from '../integration/helpers/factories';

const db = setupTestDb();

// A workshop's street address: well inside its grid cell (≈ 200 m from the cell's centre).
const STREET = { lat: 55.66641, lng: 11.61853 };
const CELL = coarsePoint(STREET);
let ref: string;
let companyRef: string;
let sameNetwork: Viewer;
let otherNetwork: Viewer;

const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return Math.hypot(x, (b.lat - a.lat) * rad) * 6_371_000;
};

async function map(viewer: Viewer | null, params: Record<string, string>): Promise<MapData> {
  return getMapData(viewer, mapQuerySchema.parse({ zoom: '15', bbox: '11.55,55.63,11.70,55.70', ...params }));
}
const pointOf = (d: MapData) => (d.layer === 'listings' ? d.points.find((p) => p.ref === ref) : undefined);

beforeAll(async () => {
  const net = await makeNetwork(db());
  const firm = await makeMemberFirm(db(), net.id, { ...STREET, name: 'Regstrup Værksted ApS' });
  companyRef = firm.company.ref;
  ref = (await makeListing(db(), firm.company.id, { ...STREET, title: 'Ledig drejebænk', visibility: 'public' })).ref;
  sameNetwork = (await makeMemberFirm(db(), net.id, { lat: 55.7, lng: 11.7 })).viewer;
  otherNetwork = (await makeMemberFirm(db(), (await makeNetwork(db())).id, { lat: 55.7, lng: 11.7 })).viewer;
  expect(metres(STREET, CELL)).toBeGreaterThan(150);
});

describe('a visitor gets a coarse position, the same every time', () => {
  it('on the map, as a point and in a cluster', async () => {
    const p = pointOf(await map(null, {}));
    expect({ lat: p!.lat, lng: p!.lng }).toEqual(CELL);
    expect(pointOf(await map(null, {}))).toEqual(p); // deterministic: nothing to average away
    const cluster = await getMapData(null, mapQuerySchema.parse({ zoom: '3', bbox: '-10,40,30,70' }));
    const all = [...cluster.clusters.flatMap((c) => [c.lat, c.lng, c.bounds.north, c.bounds.south, c.bounds.east, c.bounds.west])];
    expect(all).not.toContain(STREET.lat);
    expect(all).not.toContain(STREET.lng);
  });

  it('through the API: the map, the listing and its distance', async () => {
    const mapJson = await (await apiMap(new Request('http://localhost/api/v1/map?zoom=15&bbox=11.55,55.63,11.70,55.70'))).text();
    expect(mapJson).toContain(String(CELL.lat));
    expect(mapJson).not.toContain(String(STREET.lat));
    const one = (await (await apiListing(new Request(`http://localhost/api/v1/listings/${ref}`), { params: Promise.resolve({ ref }) })).json()) as {
      location: { lat: number; lng: number };
    };
    expect(one.location).toEqual(CELL);
    // The distance from a point the visitor picks is measured from the cell, not from the street.
    const near = (await (await apiListings(new Request(`http://localhost/api/v1/listings?near=${STREET.lat},${STREET.lng}&km=5`))).json()) as unknown;
    const item = (near as { items: { ref: string; distanceKm: number }[] }).items.find((i) => i.ref === ref);
    expect(item!.distanceKm * 1000).toBeCloseTo(metres(STREET, CELL), -1);
  });

  it('on the listing page', async () => {
    expect((await getListing(null, ref)).location).toEqual(CELL);
    expect((await getListing(otherNetwork, ref)).location).toEqual(CELL);
  });

  it('cannot be narrowed down by shrinking the box around it', async () => {
    const tiny = (south: number, west: number) => `${west},${south},${west + 0.0002},${south + 0.0002}`;
    // A box around the street address, and one in the same cell that does not contain it: the
    // same answer, so the box tells nothing finer than the cell.
    const around = pointOf(await map(null, { bbox: tiny(STREET.lat - 0.0001, STREET.lng - 0.0001), zoom: '18' }));
    const elsewhere = pointOf(await map(null, { bbox: tiny(CELL.lat + COARSE_LAT_STEP / 4, CELL.lng - COARSE_LNG_STEP / 4), zoom: '18' }));
    expect(around).toBeDefined();
    expect(elsewhere).toEqual(around);
  });

  it('cannot be narrowed down by shrinking a radius around it', async () => {
    const at = `${STREET.lat},${STREET.lng}`;
    // 100 m around the street address: the visitor's filter measures from the cell (≈ 200 m away).
    expect(pointOf(await map(null, { near: at, km: '0.1' }))).toBeUndefined();
    const browse = await browseListings(null, parseBrowseParams({ near: at, km: '0.1' }));
    expect(browse.items.map((i) => i.ref)).not.toContain(ref);
    // A member of the firm's network finds it there.
    expect(pointOf(await map(sameNetwork, { near: at, km: '0.1' }))).toBeDefined();
  });

  it('the firms layer too', async () => {
    const d = await map(null, { layer: 'companies' });
    const firm = d.layer === 'companies' ? d.points.find((p) => p.ref === companyRef) : undefined;
    expect({ lat: firm!.lat, lng: firm!.lng }).toEqual(CELL);
  });
});

describe('members of the firm’s network get the exact position', () => {
  it('on the map and the listing page', async () => {
    const p = pointOf(await map(sameNetwork, {}));
    expect({ lat: p!.lat, lng: p!.lng }).toEqual(STREET);
    expect((await getListing(sameNetwork, ref)).location).toEqual(STREET);
  });

  it('a firm of another network does not', async () => {
    const p = pointOf(await map(otherNetwork, {}));
    expect({ lat: p!.lat, lng: p!.lng }).toEqual(CELL);
  });
});
