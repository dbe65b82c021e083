// Learning from a network's users: a "not relevant" in one network changes the next ranking of
// similar pairs in that network (bounded, with its reason), the dismissed pair itself stays hidden,
// and another network's ranking does not move.
import { beforeAll, describe, expect, it } from 'vitest';
import { dismissMatch, getListingMatches } from '@/lib/dal/matches';
import type { Viewer } from '@/lib/dal/viewer';
import { refreshAllMatches } from '@/lib/matching/refresh';
import { matchListing } from '@/lib/matching/engine';
import { MIN_FACTOR } from '@/lib/matching/feedback';
import { setupTestDb } from './helpers/db';
import { makeListing, makeMemberFirm, makeNetwork } from './helpers/factories';

const db = setupTestDb();
const now = new Date();
const need = {
  kind: 'need' as const,
  category: 'capacity' as const,
  title: 'Søger pulverlakering af stålrammer',
  description: 'Pulverlakering af 400 rammer.',
};
const offer = {
  kind: 'offer' as const,
  category: 'capacity' as const,
  title: 'Ledig kapacitet i pulverlakeringsanlæg',
  description: 'Pulverlakering af stål, ledige timer.',
};

let a: Viewer;
const ids: Record<string, string> = {};
const refs: Record<string, string> = {};

beforeAll(async () => {
  const n1 = await makeNetwork(db());
  const n2 = await makeNetwork(db(), { centerLat: 56.2, centerLng: 10.2 });
  ({ viewer: a } = await makeMemberFirm(db(), n1.id, { name: 'A ApS' }));
  const { viewer: b } = await makeMemberFirm(db(), n1.id, { name: 'B ApS' });
  const { viewer: c } = await makeMemberFirm(db(), n1.id, { name: 'C ApS' });
  const { viewer: d } = await makeMemberFirm(db(), n1.id, { name: 'D ApS' });
  const { viewer: e } = await makeMemberFirm(db(), n2.id, { name: 'E ApS' });
  const { viewer: f } = await makeMemberFirm(db(), n2.id, { name: 'F ApS' });
  const put = async (key: string, v: Viewer, over: object) => {
    const l = await makeListing(db(), v.companyIds[0]!, over);
    ids[key] = l.id;
    refs[key] = l.ref;
  };
  await put('needA', a, need);
  await put('needD', d, need);
  await put('offerB', b, offer);
  await put('offerC', c, { ...offer, title: 'Pulverlakering udføres', lat: 55.7, lng: 11.65 });
  await put('needE', e, { ...need, lat: 56.2, lng: 10.2 });
  await put('offerF', f, { ...offer, lat: 56.21, lng: 10.21 });
  await refreshAllMatches(db(), { now });
});

const scoreOf = async (listing: string, other: string) => {
  const run = await matchListing(db(), ids[listing]!, { now });
  return run?.result.matches.find((m) => m.listing.id === ids[other]);
};

describe('a dismissal changes the next ranking of its network', () => {
  let before: { d: number; e: number };

  it('ranks both offers for both needs before any feedback', async () => {
    before = { d: (await scoreOf('needD', 'offerB'))!.score, e: (await scoreOf('needE', 'offerF'))!.score };
    expect(before.d).toBeGreaterThan(0);
    expect((await scoreOf('needD', 'offerB'))!.reasons.map((r) => r.key)).not.toContain('feedbackDown');
  });

  it("A's “not relevant” lowers the same kind of pair for D, within the bound and with its reason", async () => {
    await dismissMatch(a, { listingRef: refs.needA!, otherRef: refs.offerB! });
    await dismissMatch(a, { listingRef: refs.needA!, otherRef: refs.offerC! });
    await refreshAllMatches(db(), { now });
    const after = (await scoreOf('needD', 'offerB'))!;
    expect(after.score).toBeLessThan(before.d);
    expect(after.score).toBeGreaterThanOrEqual(before.d * MIN_FACTOR - 0.001);
    expect(after.reasons.map((r) => r.key)).toContain('feedbackDown');
  });

  it('the dismissed pair itself stays hidden from A', async () => {
    const mine = await getListingMatches(a, refs.needA!);
    expect(mine.matches.flatMap((m) => m.listings.map((l) => l.ref))).not.toContain(refs.offerB);
  });

  it("another network's ranking does not move", async () => {
    const e = (await scoreOf('needE', 'offerF'))!;
    expect(e.score).toBe(before.e);
    expect(e.reasons.map((r) => r.key)).not.toContain('feedbackDown');
  });
});
