import { beforeAll, describe, expect, it } from 'vitest';
import { browseListings, listCompanyListings } from '@/lib/dal/listings';
import type { Viewer } from '@/lib/dal/viewer';
import { parseBrowseParams } from '@/lib/validations/listings';
import { setupTestDb } from './helpers/db';
import { addMembership, makeCompany, makeListing, makeMemberFirm, makeNetwork } from './helpers/factories';

const db = setupTestDb();

// Regstrup is the viewer's home; the others at known distances from it.
const REGSTRUP = { lat: 55.6664, lng: 11.6185 };
const HOLBAEK = { lat: 55.7167, lng: 11.7167 }; // ≈ 8 km
const KALUNDBORG = { lat: 55.6806, lng: 11.0886 }; // ≈ 33 km
const KOEBENHAVN = { lat: 55.6761, lng: 12.5683 }; // ≈ 60 km

let viewer: Viewer;
let netRef: string;

async function titles(params: Record<string, string>, v: Viewer | null = viewer) {
  const r = await browseListings(v, parseBrowseParams(params));
  return r.items.map((i) => i.title);
}

beforeAll(async () => {
  const net = await makeNetwork(db());
  const other = await makeNetwork(db(), { name: 'Sjælland Syd' });
  netRef = net.ref;
  const me = await makeMemberFirm(db(), net.id, { ...REGSTRUP, nace: ['25.62'] });
  viewer = me.viewer;
  const metal = await makeMemberFirm(db(), net.id, { ...HOLBAEK, nace: ['25.11', '33.12'], name: 'Holbæk Stål ApS', city: 'Holbæk' });
  const transport = await makeMemberFirm(db(), other.id, { ...KALUNDBORG, nace: ['49.41'], name: 'Kalundborg Fragt', city: 'Kalundborg' });
  const consult = await makeCompany(db(), { ...KOEBENHAVN, nace: ['70.22'], name: 'Rådgivning K/S', city: 'København' });
  // Approved in a third network: a firm no network approved has no public listings (tests/security).
  await addMembership(db(), (await makeNetwork(db(), { name: 'Storkøbenhavn' })).id, { companyId: consult.id });

  await makeListing(db(), metal.company.id, {
    ...HOLBAEK,
    title: 'Svejsning af stålrammer',
    kind: 'offer',
    category: 'capacity',
    visibility: 'public',
    description: 'MIG/MAG og TIG.',
  });
  await makeListing(db(), metal.company.id, {
    ...HOLBAEK,
    title: 'Søger lagerplads',
    kind: 'need',
    category: 'premises',
    visibility: 'network',
    description: 'Ca. 200 m² tørt lager.',
  });
  await makeListing(db(), transport.company.id, {
    ...KALUNDBORG,
    title: 'Fælles kørsel til Odense',
    kind: 'offer',
    category: 'logistics',
    visibility: 'public',
    description: 'Returkørsel med plads til 3 paller.',
  });
  await makeListing(db(), consult.id, {
    ...KOEBENHAVN,
    title: 'ÆØÅ-kursus i eksport',
    kind: 'offer',
    category: 'competence',
    visibility: 'public',
    description: 'Hjælp til at sælge i Tyskland.',
  });
  await makeListing(db(), consult.id, {
    lat: null,
    lng: null,
    title: '100% genbrug_af paller',
    kind: 'need',
    category: 'materials',
    visibility: 'public',
    description: 'Uden placering.',
  });
  await makeListing(db(), me.company.id, {
    ...REGSTRUP,
    title: 'Egen kølerum-kapacitet',
    kind: 'offer',
    category: 'premises',
    visibility: 'network',
    description: 'Kølerum 4 °C.',
  });
});

describe('browse filters', () => {
  it('filters by kind and category', async () => {
    expect((await titles({ kind: 'need' })).sort()).toEqual(['100% genbrug_af paller', 'Søger lagerplads']);
    expect((await titles({ category: 'premises' })).sort()).toEqual(['Egen kølerum-kapacitet', 'Søger lagerplads']);
    expect(await titles({ kind: 'offer', category: 'premises' })).toEqual(['Egen kølerum-kapacitet']);
  });

  it("filters by the firm's sector: section letter, division and group", async () => {
    expect((await titles({ sector: 'C' })).sort()).toEqual(['Egen kølerum-kapacitet', 'Svejsning af stålrammer', 'Søger lagerplads']);
    expect((await titles({ sector: 'H' })).sort()).toEqual(['Fælles kørsel til Odense']);
    expect((await titles({ sector: '33' })).sort()).toEqual(['Svejsning af stålrammer', 'Søger lagerplads']);
    expect((await titles({ sector: '25.6' })).sort()).toEqual(['Egen kølerum-kapacitet']);
    expect(await titles({ sector: 'U' })).toEqual([]);
  });

  it("filters by network membership of the listing's firm", async () => {
    expect((await titles({ network: netRef })).sort()).toEqual(['Egen kølerum-kapacitet', 'Svejsning af stålrammer', 'Søger lagerplads']);
    expect(await titles({ network: 'net-does-not-exist' })).toEqual([]);
  });

  it('filters by distance from my company and sorts by it, returning the distance', async () => {
    expect((await titles({ km: '10' })).sort()).toEqual(['Egen kølerum-kapacitet', 'Svejsning af stålrammer', 'Søger lagerplads']);
    expect((await titles({ km: '40' })).length).toBe(4);
    const r = await browseListings(viewer, parseBrowseParams({ sort: 'nearest' }));
    expect(r.hasOrigin).toBe(true);
    const order = r.items.map((i) => i.title);
    // The two Holbæk listings share a location, so they tie on distance (then newest first).
    expect(order[0]).toBe('Egen kølerum-kapacitet');
    expect(order.slice(1, 3).sort()).toEqual(['Svejsning af stålrammer', 'Søger lagerplads']);
    expect(order.slice(3)).toEqual(['Fælles kørsel til Odense', 'ÆØÅ-kursus i eksport', '100% genbrug_af paller']);
    const km = r.items.map((i) => i.distanceKm);
    expect(km[0]).toBeCloseTo(0, 1);
    expect(km[1]).toBeGreaterThan(7);
    expect(km[1]).toBeLessThan(9);
    expect(km[3]).toBeGreaterThan(32);
    expect(km[3]).toBeLessThan(35);
    expect(km[4]).toBeGreaterThan(58);
    expect(km[5]).toBeNull();
  });

  it('ignores distance for a visitor without a firm location', async () => {
    const r = await browseListings(null, parseBrowseParams({ km: '5', sort: 'nearest' }));
    expect(r.hasOrigin).toBe(false);
    expect(r.items.every((i) => i.distanceKm === null)).toBe(true);
    expect(r.items.map((i) => i.title).sort()).toEqual([
      '100% genbrug_af paller',
      'Fælles kørsel til Odense',
      'Svejsning af stålrammer',
      'ÆØÅ-kursus i eksport',
    ]);
  });

  it('searches title and description, case- and accent-insensitively', async () => {
    // The listing that says it first; the firm's other listing after it (search also reads the
    // firm's name and description: tests/integration/search-demo.test.ts).
    expect((await titles({ q: 'svejsning' }))[0]).toBe('Svejsning af stålrammer');
    expect((await titles({ q: 'SVEJSNING' }))[0]).toBe('Svejsning af stålrammer');
    expect(await titles({ q: 'stålramme' })).toEqual(['Svejsning af stålrammer']);
    expect(await titles({ q: 'STÅLRAMME' })).toEqual(['Svejsning af stålrammer']);
    expect(await titles({ q: 'æøå' })).toEqual(['ÆØÅ-kursus i eksport']);
    expect(await titles({ q: 'kølerum' })).toEqual(['Egen kølerum-kapacitet']);
    expect(await titles({ q: 'KØLERUM 4' })).toEqual(['Egen kølerum-kapacitet']);
    expect(await titles({ q: 'tyskland' })).toEqual(['ÆØÅ-kursus i eksport']);
    expect(await titles({ q: 'nothing like this' })).toEqual([]);
  });

  it('searches words: punctuation is neither a wildcard nor an error', async () => {
    expect(await titles({ q: '100%' })).toEqual(['100% genbrug_af paller']);
    expect(await titles({ q: 'genbrug_af' })).toEqual(['100% genbrug_af paller']);
    // No words at all: no text filter (the full-text search sees only letters and digits).
    expect(await titles({ q: '%' })).toHaveLength(6);
    expect(await titles({ q: "_ ' & | ! :*" })).toHaveLength(6);
  });

  it('paginates with a stable order and a total', async () => {
    const p1 = await browseListings(viewer, parseBrowseParams({ page: '1' }), 4);
    const p2 = await browseListings(viewer, parseBrowseParams({ page: '2' }), 4);
    expect(p1.total).toBe(6);
    expect(p1.items).toHaveLength(4);
    expect(p2.items).toHaveLength(2);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.ref)).size).toBe(6);
    const p9 = await browseListings(viewer, parseBrowseParams({ page: '9' }), 4);
    expect(p9.items).toEqual([]);
    expect(p9.total).toBe(6);
  });

  it('shows only the public listings to an anonymous visitor, with company name and town but no contact', async () => {
    const r = await browseListings(null, parseBrowseParams({ q: 'svejsning' }));
    expect(r.items[0]?.company).toEqual({ ref: expect.any(String) as string, name: 'Holbæk Stål ApS', city: 'Holbæk' });
    expect(await titles({ q: 'lagerplads' }, null)).toEqual([]);
  });

  it("lists a firm's visible active listings for its public profile", async () => {
    const r = await browseListings(viewer, parseBrowseParams({ q: 'svejsning' }));
    const ref = r.items[0]!.company.ref;
    expect((await listCompanyListings(null, ref)).map((l) => l.title)).toEqual(['Svejsning af stålrammer']);
    expect((await listCompanyListings(viewer, ref)).map((l) => l.title).sort()).toEqual(['Svejsning af stålrammer', 'Søger lagerplads']);
  });
});
