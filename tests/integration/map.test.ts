// The area map's data (lib/dal/map.ts, GET /api/v1/map) on a real database: what is in a box, how
// a full view is aggregated, and that no marker — nor a cluster's count — reveals a listing the
// viewer may not see.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as mapRoute } from '@/app/api/v1/map/route';
import { createApiToken } from '@/lib/dal/api-tokens';
import { getMapData, mapAreas, mapThemeOptions, type MapData } from '@/lib/dal/map';
import type { Viewer } from '@/lib/dal/viewer';
import { POINTS_CAP } from '@/lib/map/grid';
import { mapQuerySchema } from '@/lib/validations/map';
import { listings, listingThemes, matches, themes, type NewListing } from '@/db/schema';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork, makeUser, viewerFor } from './helpers/factories';

const db = setupTestDb();

const REGSTRUP = { lat: 55.6664, lng: 11.6185 };
const HOLBAEK = { lat: 55.7167, lng: 11.7167 }; // ≈ 8 km from Regstrup
const KALUNDBORG = { lat: 55.6806, lng: 11.0886 }; // ≈ 33 km
const KOEBENHAVN = { lat: 55.6761, lng: 12.5683 }; // ≈ 60 km
/** Regstrup and Holbæk only. */
const LOCAL_BBOX = '11.55,55.63,11.78,55.75';
/** All of Zealand. */
const ZEALAND_BBOX = '10.8,55.0,12.8,56.2';

let me: Viewer;
let other: Viewer;
let facilitator: Viewer;
let municipality: Viewer;
let otherNetworkMember: Viewer;
const ref: Record<string, string> = {};
let themeRef: string;

async function data(viewer: Viewer | null, params: Record<string, string>): Promise<MapData> {
  return getMapData(viewer, mapQuerySchema.parse({ zoom: '12', bbox: LOCAL_BBOX, ...params }));
}
const titles = (d: MapData) => (d.layer === 'listings' ? d.points.map((p) => p.title).sort() : []);
const names = (d: MapData) => (d.layer === 'companies' ? d.points.map((p) => p.name).sort() : []);

beforeAll(async () => {
  const net = await makeNetwork(db(), { ...{ centerLat: REGSTRUP.lat, centerLng: REGSTRUP.lng }, name: 'Industrivej Test' });
  const net2 = await makeNetwork(db(), { name: 'Storkøbenhavn', centerLat: KOEBENHAVN.lat, centerLng: KOEBENHAVN.lng });
  const a = await makeMemberFirm(db(), net.id, { ...REGSTRUP, name: 'Alfa Smedie ApS', nace: ['25.11'] });
  const b = await makeMemberFirm(db(), net.id, { ...HOLBAEK, name: 'Beta Fragt ApS', city: 'Holbæk', nace: ['49.41'] });
  const d = await makeMemberFirm(db(), net2.id, { ...KOEBENHAVN, name: 'Delta Rådgivning', city: 'København', nace: ['70.22'] });
  const unapproved = await makeCompany(db(), { ...KALUNDBORG, name: 'Ikke Godkendt ApS', city: 'Kalundborg' });
  me = a.viewer;
  other = b.viewer;
  otherNetworkMember = d.viewer;
  const fac = await makeUser(db());
  await addMembership(db(), net.id, { userId: fac.id, role: 'facilitator' });
  facilitator = await viewerFor(db(), fac.id);
  const muni = await makeUser(db());
  await addMembership(db(), net.id, { userId: muni.id, role: 'municipality' });
  municipality = await viewerFor(db(), muni.id);

  const add = async (key: string, companyId: string, over: Partial<NewListing>) => (ref[key] = (await makeListing(db(), companyId, over)).ref);
  await add('ownOffer', a.company.id, { ...REGSTRUP, title: 'Egen svejsekapacitet', kind: 'offer', category: 'capacity', visibility: 'network' });
  await add('ownNeed', a.company.id, { ...REGSTRUP, title: 'Eget behov for kørsel', kind: 'need', category: 'logistics', visibility: 'public' });
  await add('bPublic', b.company.id, { ...HOLBAEK, title: 'Returlæs til Hamborg', kind: 'offer', category: 'logistics', visibility: 'public' });
  await add('bNetwork', b.company.id, { ...HOLBAEK, title: 'Søger svejsearbejde', kind: 'need', category: 'capacity', visibility: 'network' });
  await add('bSecret', b.company.id, { ...HOLBAEK, title: 'Fortroligt: chauffør til deling', kind: 'offer', category: 'staff', visibility: 'facilitators' });
  await add('bPaused', b.company.id, { ...HOLBAEK, title: 'Sat på pause', kind: 'need', category: 'capacity', visibility: 'public', status: 'paused' });
  await add('bExpired', b.company.id, {
    ...HOLBAEK,
    title: 'Udløbet',
    kind: 'need',
    category: 'capacity',
    visibility: 'public',
    expiresAt: new Date(Date.now() - 86_400_000),
  });
  await add('unapproved', unapproved.id, {
    ...KALUNDBORG,
    title: 'Offentligt fra ikke-godkendt firma',
    kind: 'offer',
    category: 'materials',
    visibility: 'public',
  });
  await add('dNetwork', d.company.id, { ...KOEBENHAVN, title: 'Kun for Storkøbenhavn', kind: 'offer', category: 'competence', visibility: 'network' });
  await add('dPublic', d.company.id, { ...KOEBENHAVN, title: 'Eksportrådgivning', kind: 'offer', category: 'competence', visibility: 'public' });
  await add('noLocation', b.company.id, { lat: null, lng: null, title: 'Uden placering', visibility: 'public' });

  const [theme] = await db().insert(themes).values({ ref: 'eksport-test', networkId: net.id, title: 'Eksport til Tyskland' }).returning();
  themeRef = theme!.ref;
  const idOf = async (r: string) => (await db().select({ id: listings.id, ref: listings.ref }).from(listings)).find((l) => l.ref === r)!.id;
  await db()
    .insert(listingThemes)
    .values([
      { listingId: await idOf(ref.bPublic!), themeId: theme!.id },
      { listingId: await idOf(ref.bSecret!), themeId: theme!.id },
      { listingId: await idOf(ref.ownNeed!), themeId: theme!.id },
    ]);
  // The matching worker's output: pairs from my offer, one from my need (pooling, not a pair),
  // and one from the other firm's listing (its line, not mine).
  const pair = async (from: string, to: string, type: 'pair' | 'pooling' = 'pair', score = 0.8) =>
    db()
      .insert(matches)
      .values({ listingId: await idOf(from), otherListingId: await idOf(to), type, score });
  await pair(ref.ownOffer!, ref.bNetwork!, 'pair', 0.9);
  await pair(ref.ownOffer!, ref.bSecret!); // hidden from me
  await pair(ref.ownOffer!, ref.bPaused!); // not active
  await pair(ref.ownOffer!, ref.dNetwork!); // another network's members-only listing
  await pair(ref.ownNeed!, ref.bPublic!, 'pooling');
  await pair(ref.ownNeed!, ref.bPublic!, 'pair', 0.7);
  await pair(ref.bNetwork!, ref.ownOffer!); // the other firm's own line
});

describe('what a viewer sees in a box', () => {
  it('returns only the listings inside the box, as points at a town zoom', async () => {
    const d = await data(me, {});
    expect(d.mode).toBe('points');
    expect(titles(d)).toEqual(['Egen svejsekapacitet', 'Eget behov for kørsel', 'Returlæs til Hamborg', 'Søger svejsearbejde']);
    expect(d.total).toBe(4);
    const wide = await data(me, { bbox: ZEALAND_BBOX, zoom: '8' });
    expect(titles(wide)).toContain('Eksportrådgivning');
    // A firm no network has approved is not public, nor are its public listings (tests/security).
    expect(titles(wide)).not.toContain('Offentligt fra ikke-godkendt firma');
    expect(titles(wide)).not.toContain('Uden placering');
  });

  it('never shows a facilitators-only, paused or expired listing of another firm to a member', async () => {
    const all = titles(await data(me, { bbox: ZEALAND_BBOX, zoom: '8' }));
    expect(all).not.toContain('Fortroligt: chauffør til deling');
    expect(all).not.toContain('Sat på pause');
    expect(all).not.toContain('Udløbet');
    expect(all).not.toContain('Kun for Storkøbenhavn');
  });

  it('shows an anonymous visitor and municipality staff only public listings', async () => {
    const expected = ['Eget behov for kørsel', 'Eksportrådgivning', 'Returlæs til Hamborg'];
    expect(titles(await data(null, { bbox: ZEALAND_BBOX, zoom: '8' }))).toEqual(expected);
    expect(titles(await data(municipality, { bbox: ZEALAND_BBOX, zoom: '8' }))).toEqual(expected);
  });

  it("shows facilitators-only listings to the network's facilitator", async () => {
    expect(titles(await data(facilitator, {}))).toContain('Fortroligt: chauffør til deling');
  });

  it('names the firm only when the firm is visible, marks own listings and measures distance from my firm', async () => {
    const d = await data(me, { bbox: ZEALAND_BBOX, zoom: '8' });
    if (d.layer !== 'listings') throw new Error('listings layer expected');
    const byTitle = new Map(d.points.map((p) => [p.title, p]));
    // The unapproved firm's listing is not on the map at all, so its name cannot leak through it.
    expect(byTitle.has('Offentligt fra ikke-godkendt firma')).toBe(false);
    expect(byTitle.get('Returlæs til Hamborg')!.company).toEqual({ ref: expect.any(String) as string, name: 'Beta Fragt ApS', city: 'Holbæk' });
    expect(byTitle.get('Egen svejsekapacitet')!.isOwn).toBe(true);
    expect(byTitle.get('Returlæs til Hamborg')!.isOwn).toBe(false);
    expect(byTitle.get('Returlæs til Hamborg')!.distanceKm).toBeGreaterThan(7);
    expect(byTitle.get('Returlæs til Hamborg')!.distanceKm).toBeLessThan(9);
    expect(d.distanceFrom).toBe('company');
  });
});

describe('filters', () => {
  it("filters by kind, category and the firm's sector", async () => {
    expect(titles(await data(me, { kind: 'need' }))).toEqual(['Eget behov for kørsel', 'Søger svejsearbejde']);
    expect(titles(await data(me, { category: 'logistics' }))).toEqual(['Eget behov for kørsel', 'Returlæs til Hamborg']);
    expect(titles(await data(me, { sector: 'H' }))).toEqual(['Returlæs til Hamborg', 'Søger svejsearbejde']);
    expect(titles(await data(me, { sector: '25.1' }))).toEqual(['Egen svejsekapacitet', 'Eget behov for kørsel']);
  });

  it('filters by theme, still within what the viewer may see', async () => {
    expect(titles(await data(me, { theme: themeRef }))).toEqual(['Eget behov for kørsel', 'Returlæs til Hamborg']);
    expect(titles(await data(facilitator, { theme: themeRef }))).toEqual(['Eget behov for kørsel', 'Fortroligt: chauffør til deling', 'Returlæs til Hamborg']);
    expect(titles(await data(me, { theme: 'no-such-theme' }))).toEqual([]);
  });

  it('filters by distance from my firm or from a given point, and an unknown postcode matches nothing', async () => {
    const wide = { bbox: ZEALAND_BBOX, zoom: '8' };
    expect(titles(await data(me, { ...wide, km: '5' }))).toEqual(['Egen svejsekapacitet', 'Eget behov for kørsel']);
    expect(titles(await data(me, { ...wide, km: '10', near: `${KOEBENHAVN.lat},${KOEBENHAVN.lng}` }))).toEqual(['Eksportrådgivning']);
    expect(titles(await data(null, { ...wide, km: '10' }))).toHaveLength(3); // no firm to measure from: km is ignored
    expect(titles(await data(me, { ...wide, near: '9999' }))).toEqual([]);
  });
});

describe('lines between matched pairs', () => {
  it('joins only my own listings to pair matches I may see and that are active', async () => {
    const d = await data(me, {});
    expect(d.lines.map((l) => `${l.from.title} → ${l.to.title}`)).toEqual([
      'Egen svejsekapacitet → Søger svejsearbejde',
      'Eget behov for kørsel → Returlæs til Hamborg',
    ]);
    expect(d.lines[0]!.from).toMatchObject({ ref: ref.ownOffer, lat: REGSTRUP.lat, lng: REGSTRUP.lng });
    expect(d.lines[0]!.to).toMatchObject({ ref: ref.bNetwork, kind: 'need', lat: HOLBAEK.lat, lng: HOLBAEK.lng });
  });

  it('gives the other firm its own lines and a visitor none', async () => {
    expect((await data(other, {})).lines.map((l) => l.from.title)).toEqual(['Søger svejsearbejde']);
    expect((await data(null, {})).lines).toEqual([]);
    expect((await data(facilitator, {})).lines).toEqual([]);
  });

  it('draws a line only when both ends pass the filters', async () => {
    expect((await data(me, { kind: 'need' })).lines).toEqual([]);
    expect((await data(me, { category: 'capacity' })).lines.map((l) => l.to.title)).toEqual(['Søger svejsearbejde']);
    expect((await data(me, { theme: themeRef })).lines.map((l) => l.to.title)).toEqual(['Returlæs til Hamborg']);
  });
});

describe('the companies layer', () => {
  it('shows firms that are visible, at their location, with the listings the viewer may see', async () => {
    const d = await data(me, { layer: 'companies', bbox: ZEALAND_BBOX, zoom: '8' });
    expect(names(d)).toEqual(['Alfa Smedie ApS', 'Beta Fragt ApS', 'Delta Rådgivning']);
    if (d.layer !== 'companies') throw new Error('companies layer expected');
    const beta = d.points.find((p) => p.name === 'Beta Fragt ApS')!;
    expect(beta).toMatchObject({ lat: HOLBAEK.lat, lng: HOLBAEK.lng, city: 'Holbæk', nace: '49.41', listings: 3, isOwn: false }); // incl. one without a location
    expect(JSON.stringify(d)).not.toMatch(/Industrivej 1|street|email|phone/);
    expect(d.points.find((p) => p.name === 'Alfa Smedie ApS')!.isOwn).toBe(true);
    const anon = await data(null, { layer: 'companies', bbox: ZEALAND_BBOX, zoom: '8' });
    if (anon.layer !== 'companies') throw new Error('companies layer expected');
    expect(anon.points.find((p) => p.name === 'Beta Fragt ApS')!.listings).toBe(2);
  });

  it('narrows firms by sector, and by kind, category or theme of their visible listings', async () => {
    const wide = { layer: 'companies', bbox: ZEALAND_BBOX, zoom: '8' };
    expect(names(await data(me, { ...wide, sector: 'H' }))).toEqual(['Beta Fragt ApS']);
    expect(names(await data(me, { ...wide, category: 'competence' }))).toEqual(['Delta Rådgivning']);
    expect(names(await data(me, { ...wide, category: 'staff' }))).toEqual([]); // only via a facilitators-only listing
    expect(names(await data(facilitator, { ...wide, category: 'staff' }))).toEqual(['Beta Fragt ApS']);
    expect(names(await data(me, { ...wide, theme: themeRef }))).toEqual(['Alfa Smedie ApS', 'Beta Fragt ApS']);
  });
});

describe('aggregation and the point cap', () => {
  const SPREAD = POINTS_CAP + 150;
  let publicCount = 0;

  beforeAll(async () => {
    const firm = await makeCompany(db(), { ...HOLBAEK, name: 'Masse ApS' });
    await addMembership(db(), me.memberNetworkIds[0]!, { companyId: firm.id });
    // A grid of listings over ~20 × 20 km around Holbæk, every fourth one members-only.
    const rows: NewListing[] = Array.from({ length: SPREAD }, (_, i) => ({
      ref: `li-bulk-${i}`,
      companyId: firm.id,
      kind: i % 3 === 0 ? 'need' : 'offer',
      category: 'capacity',
      title: `Masseopslag ${i}`,
      lat: 55.62 + (Math.floor(i / 50) / 50) * 0.18,
      lng: 11.55 + ((i % 50) / 50) * 0.3,
      visibility: i % 4 === 0 ? 'network' : 'public',
    }));
    for (let i = 0; i < rows.length; i += 500)
      await db()
        .insert(listings)
        .values(rows.slice(i, i + 500));
    publicCount = rows.filter((r) => r.visibility === 'public').length;
  });

  it('sends per-cell counts instead of points when a zoomed-out view holds more than the cap', async () => {
    const d = await data(me, { bbox: ZEALAND_BBOX, zoom: '9' });
    expect(d.mode).toBe('clusters');
    expect(d.points).toEqual([]);
    expect(d.clusters.length).toBeGreaterThan(1);
    expect(d.clusters.length).toBeLessThan(200);
    const sum = d.clusters.reduce((s, c) => s + c.count, 0);
    // Everything visible to me in the box: the bulk grid, my two, the other firm's two, Copenhagen's public one.
    expect(sum).toBe(SPREAD + 5);
    expect(d.total).toBe(sum);
    for (const c of d.clusters) {
      expect(c.offers + c.needs).toBe(c.count);
      expect(c.lat).toBeGreaterThanOrEqual(c.bounds.south);
      expect(c.lat).toBeLessThanOrEqual(c.bounds.north);
    }
  });

  it('counts in clusters only what the viewer may see', async () => {
    const anon = await data(null, { bbox: ZEALAND_BBOX, zoom: '9' });
    expect(anon.mode).toBe('clusters');
    expect(anon.clusters.reduce((s, c) => s + c.count, 0)).toBe(publicCount + 3);
    const anonStreet = await data(null, { bbox: ZEALAND_BBOX, zoom: '14' });
    expect(anonStreet.mode).toBe('points');
    expect(anonStreet.truncated).toBe(false); // fewer than 2,000 are public
    expect(anonStreet.total).toBe(publicCount + 3);
    const facilitatorView = await data(facilitator, { bbox: ZEALAND_BBOX, zoom: '9' });
    expect(facilitatorView.total).toBe(SPREAD + 6); // + the facilitators-only listing
    const fewer = await data(me, { bbox: ZEALAND_BBOX, zoom: '12', kind: 'need' });
    expect(fewer.mode).toBe('points');
    expect(fewer.total).toBe(Math.ceil(SPREAD / 3) + 2);
  });

  it('sends points capped and says truncated at street level', async () => {
    const d = await data(me, { bbox: ZEALAND_BBOX, zoom: '15' });
    expect(d.mode).toBe('points');
    expect(d.truncated).toBe(true);
    expect(d.points).toHaveLength(POINTS_CAP);
    const small = await data(me, { bbox: LOCAL_BBOX, zoom: '16', kind: 'offer', category: 'logistics' });
    expect(small.truncated).toBe(false);
  });
});

describe('the page frame', () => {
  it("frames the viewer's own network, or every network for a visitor", async () => {
    expect((await mapAreas(me)).map((a) => a.name)).toEqual(['Industrivej Test']);
    expect((await mapAreas(otherNetworkMember)).map((a) => a.name)).toEqual(['Storkøbenhavn']);
    expect((await mapAreas(null)).map((a) => a.name).sort()).toEqual(['Industrivej Test', 'Storkøbenhavn']);
  });

  it("offers the themes of the viewer's networks, none to a visitor unless asked for in the URL", async () => {
    expect(await mapThemeOptions(me)).toEqual([{ value: themeRef, label: 'Eksport til Tyskland' }]);
    expect(await mapThemeOptions(otherNetworkMember)).toEqual([]);
    expect(await mapThemeOptions(null)).toEqual([]);
    expect(await mapThemeOptions(null, themeRef)).toEqual([{ value: themeRef, label: themeRef }]);
    // An archived theme is no longer offered, but an old link to it still shows its title.
    await db().insert(themes).values({ ref: 'arkiv-test', networkId: me.memberNetworkIds[0]!, title: 'Gammelt tema', status: 'archived' });
    expect((await mapThemeOptions(me)).map((o) => o.value)).toEqual([themeRef]);
    expect(await mapThemeOptions(me, 'arkiv-test')).toContainEqual({ value: 'arkiv-test', label: 'Gammelt tema' });
  });
});

describe('GET /api/v1/map', () => {
  const call = async (qs: string, token?: string) => {
    const res = await mapRoute(new Request(`http://localhost/api/v1/map?${qs}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("answers with the caller's view and rejects bad parameters with their paths", async () => {
    const token = (await createApiToken(me, 'Kort')).token;
    const mine = await call(`bbox=${LOCAL_BBOX}&zoom=12`, token);
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain('Søger svejsearbejde');
    const anon = await call(`bbox=${LOCAL_BBOX}&zoom=12`);
    expect(JSON.stringify(anon.body)).not.toContain('Søger svejsearbejde');

    const bad = await call('bbox=12,56,11,55&zoom=30&kind=gift&theme=Not%20a%20ref');
    expect(bad.status).toBe(422);
    const paths = ((bad.body.error as { issues: { path: string }[] }).issues ?? []).map((i) => i.path).sort();
    expect(paths).toEqual(['query.bbox', 'query.kind', 'query.theme', 'query.zoom']);
    const missing = await call('zoom=10');
    expect(missing.status).toBe(422);
  });
});
