// The matching engine on a real database: an imported exchange file, the stored top 3 of several
// listings (a pair, a pooling and a bundling case), the hard rules (closed, far away,
// facilitators-only, same company, another network), and the refresh that stores them.
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { companyMembers, companies, listings, matches } from '@/db/schema';
import { importExchange } from '@/lib/exchange/import';
import { getListingMatches } from '@/lib/dal/matches';
import type { Viewer } from '@/lib/dal/viewer';
import { matchListing } from '@/lib/matching/engine';
import { refreshAllMatches } from '@/lib/matching/refresh';
import { setupTestDb } from './helpers/db';
import { makeUser, viewerFor } from './helpers/factories';
import { matchingArea } from './helpers/matching-area';

const db = setupTestDb();
const ids = new Map<string, string>();
const id = (ref: string) => ids.get(ref)!;
let smed: Viewer;
let bager: Viewer;
let plast: Viewer;

async function ownerOf(companyRef: string): Promise<Viewer> {
  const user = await makeUser(db());
  const [c] = await db().select({ id: companies.id }).from(companies).where(eq(companies.ref, companyRef));
  await db().insert(companyMembers).values({ companyId: c!.id, userId: user.id, role: 'owner' });
  return viewerFor(db(), user.id);
}

const top = async (ref: string, n = 3) => (await matchListing(db(), id(ref), { top: n }))!.result;
const refs = (xs: { listing: { ref?: string } }[]) => xs.map((m) => m.listing.ref);

beforeAll(async () => {
  const result = await importExchange(db(), matchingArea());
  expect(result.ok).toBe(true);
  for (const row of await db().select({ id: listings.id, ref: listings.ref }).from(listings)) ids.set(row.ref, row.id);
  smed = await ownerOf('co-smed');
  bager = await ownerOf('co-bager');
  plast = await ownerOf('co-plast');
});

describe('ranking an imported area', () => {
  it('ranks the powder-coating offers for the need, across Danish and English, best first', async () => {
    // The English offer names powder coating, steel frames and sheet metal: the most in common.
    expect(refs((await top('li-need-coat')).matches)).toEqual(['li-coat-en', 'li-lak-line', 'li-lak-blast']);
  });

  it('never suggests closed, far-away, facilitators-only, own-company or another network’s listings', async () => {
    const all = refs((await top('li-need-coat', 30)).matches);
    for (const ref of ['li-lak-closed', 'li-far-coat', 'li-plast-secret', 'li-smed-own', 'li-nord-coat']) expect(all).not.toContain(ref);
  });

  it('pools two needs for the same thing, not a need for something else', async () => {
    const result = await top('li-pool-el-1');
    expect(result.pooling.map((g) => refs(g.listings.map((l) => ({ listing: l }))))).toEqual([['li-pool-el-2']]);
    expect(result.matches[0]?.listing.ref).toBe('li-pool-el-2');
    expect(result.matches[0]?.type).toBe('pooling');
  });

  it('bundles the two trucks that together take the 30 pallets, and ranks the single offers', async () => {
    const result = await top('li-need-pallets');
    expect(refs(result.matches)).toEqual(['li-truck-18', 'li-van-2', 'li-truck-14']);
    expect(result.bundles.map((b) => b.listings.map((l) => l.ref).sort())).toEqual([['li-truck-14', 'li-truck-18']]);
  });

  it('matches both ways: the offer finds the need', async () => {
    expect(refs((await top('li-lak-line')).matches)).toEqual(['li-need-coat']);
    expect(refs((await top('li-truck-18')).matches)).toEqual(['li-need-pallets']);
  });

  it('explains every suggestion', async () => {
    const [first] = (await top('li-need-coat')).matches;
    const keys = first!.reasons.map((r) => r.key);
    expect(keys).toContain('distance');
    expect(keys).toContain('sharedConcept');
  });
});

describe('stored suggestions', () => {
  beforeAll(async () => {
    const summary = await refreshAllMatches(db());
    expect(summary.listings).toBeGreaterThan(10);
  });

  it('stores pairs and groups, and the owner reads them in their language, groups included', async () => {
    const need = await getListingMatches(smed, 'li-need-coat', { top: 3 });
    expect(need.matches.map((m) => m.listings[0]?.ref)).toEqual(['li-coat-en', 'li-lak-line', 'li-lak-blast']);
    expect(need.matches[0]?.reasons.some((r) => r.endsWith('km væk'))).toBe(true);
    const pallets = await getListingMatches(bager, 'li-need-pallets', { top: 10 });
    const bundle = pallets.matches.find((m) => m.type === 'bundling');
    expect(bundle?.listings.map((l) => l.ref).sort()).toEqual(['li-truck-14', 'li-truck-18']);
  });

  it('a refresh keeps a surviving suggestion’s createdAt and drops those of listings that closed', async () => {
    const before = await db()
      .select()
      .from(matches)
      .where(eq(matches.listingId, id('li-need-coat')));
    await db()
      .update(listings)
      .set({ status: 'closed' })
      .where(eq(listings.id, id('li-lak-blast')));
    await refreshAllMatches(db());
    const after = await db()
      .select()
      .from(matches)
      .where(eq(matches.listingId, id('li-need-coat')));
    expect(after.map((m) => m.otherListingId)).not.toContain(id('li-lak-blast'));
    const kept = after.find((m) => m.otherListingId === id('li-coat-en'));
    expect(kept?.createdAt.getTime()).toBe(before.find((m) => m.otherListingId === id('li-coat-en'))?.createdAt.getTime());
    expect(
      await db()
        .select()
        .from(matches)
        .where(eq(matches.listingId, id('li-lak-blast'))),
    ).toEqual([]);
  });

  it('a facilitators-only listing is never among any member firm’s stored suggestions', async () => {
    const rows = await db()
      .select({ n: matches.id })
      .from(matches)
      .where(inArray(matches.otherListingId, [id('li-plast-secret'), id('li-nord-coat')]));
    expect(rows).toEqual([]);
    // And the firm's own view of the pallets need shows no listing of its own firm.
    const own = await getListingMatches(plast, 'li-pool-el-1');
    expect(own.matches.flatMap((m) => m.listings.map((l) => l.company.ref))).not.toContain('co-plast');
  });
});
