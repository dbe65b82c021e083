import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { explainMatchCandidates, explainTextCandidates, selectMatchSource } from '@/db/queries/matching';
import { candidateParams, matchListing } from '@/lib/matching/engine';
import { companies, listings } from '@/db/schema';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import { withinKmSql } from '@/db/queries/listings';
import { generateArea } from '@/tools/bench/generate-area';
import { browseListings } from '@/lib/dal/listings';
import { parseBrowseParams } from '@/lib/validations/listings';
import { setupTestDb, testTarget } from './helpers/db';

const db = setupTestDb();

// Enough rows (from the benchmark's generator) that the planner has a real choice to make.
beforeAll(async () => {
  await generateArea(db(), { companies: 300, listings: 6000, networks: 3 });
});

describe('distance search', () => {
  it('finds listings within N km of a point, nearest first', async () => {
    const r = await browseListings(null, parseBrowseParams({ near: '4300', km: '15', sort: 'nearest' }));
    const d = r.items.map((i) => i.distanceKm!);
    expect(r.originSource).toBe('point');
    expect(d.every((x) => x <= 15)).toBe(true);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it.runIf(testTarget() === 'postgres')('uses a GiST earth index on PostgreSQL', async () => {
    const origin = { lat: 55.7167, lng: 11.7167 };
    const query = sql`explain select ${listings.id} from ${listings} join ${companies} on ${companies.id} = ${listings.companyId}
      where ${listingVisibleSql(null)} and ${listingActiveSql()} and ${withinKmSql(origin, 10)}`;
    const plan = (await queryRows<{ 'QUERY PLAN': string }>(db(), query)).map((r) => r['QUERY PLAN']).join('\n');
    // listings_earth_idx, or a listings_match_*_idx (the same point, open listings of one kind: migration 0010).
    expect(plan).toMatch(/Index.* (using|on) listings_(earth|match)_idx/);
    expect(plan).not.toMatch(/Seq Scan on listings/);
  });

  it.runIf(testTarget() === 'postgres')('finds matching candidates with an index-only walk of the index of the kinds they may be, on PostgreSQL', async () => {
    const now = new Date();
    const planFor = async (where: SQL) => {
      const [source] = await queryRows<{ id: string }>(
        db(),
        sql`select id from listings where status = 'open' and lat is not null and ${where} order by id limit 1`,
      );
      const matchSource = await selectMatchSource(db(), source!.id);
      const run = await matchListing(db(), source!.id, { now, top: 5 });
      expect(run?.candidates).toBeGreaterThan(0);
      // The plan for these values, and the generic plan that the prepared statement runs on every
      // call (db/client.ts): they must be the same walk.
      const custom = await explainMatchCandidates(db(), candidateParams(matchSource!, now));
      const generic = await explainMatchCandidates(db(), candidateParams(matchSource!, now), { generic: true });
      const walk = (plan: string) => plan.match(/Index Only Scan using \w+/g);
      expect(walk(generic)).toEqual(walk(custom));
      // The source's point is computed once (a one-row subplan), not per index entry.
      expect(generic).not.toMatch(/Filter: .*ll_to_earth\(\$/);
      return custom;
    };
    // Walked in distance order, filtered inside the index, never a bitmap of the whole box. An
    // offer's candidates are needs: only the needs' index.
    const offer = await planFor(sql`kind = 'offer'`);
    expect(offer).toMatch(/Index Only Scan using listings_match_need_idx/);
    expect(offer).not.toMatch(/listings_match_offer_idx/);
    expect(offer).toMatch(/Order By: /);
    expect(offer).not.toMatch(/Bitmap/);
    // A need that cannot be pooled: only offers.
    const need = await planFor(sql`kind = 'need' and category = 'equipment'`);
    expect(need).toMatch(/Index Only Scan using listings_match_offer_idx/);
    expect(need).not.toMatch(/listings_match_need_idx/);
    // A need that may be pooled: offers and needs, in the index that holds both.
    const pooling = await planFor(sql`kind = 'need' and category = 'purchasing'`);
    expect(pooling).toMatch(/Index Only Scan using listings_match_idx/);
    expect(pooling).toMatch(/Order By: /);
    expect(pooling).not.toMatch(/Bitmap|Seq Scan on listings/);
  });

  it.runIf(testTarget() === 'postgres')('finds text candidates by walking the index of the open listings of the other kind, on PostgreSQL', async () => {
    const now = new Date();
    for (const [kind, index, other] of [
      ['offer', 'listings_text_need_idx', 'listings_text_offer_idx'],
      ['need', 'listings_text_offer_idx', 'listings_text_need_idx'],
    ] as const) {
      const [source] = await queryRows<{ id: string }>(
        db(),
        sql`select id from listings where status = 'open' and lat is not null and kind = ${kind} order by id limit 1`,
      );
      const params = candidateParams((await selectMatchSource(db(), source!.id))!, now);
      expect(params.text.words.length).toBeGreaterThan(0);
      // The plan for these values and the generic plan the prepared statement runs on every call
      // (db/client.ts): both walk the other kind's text index nearest first, bounded by the box.
      for (const plan of [await explainTextCandidates(db(), params), await explainTextCandidates(db(), params, { generic: true })]) {
        expect(plan).toMatch(new RegExp(`Index Scan using ${index}`));
        expect(plan).toMatch(/Index Cond: .*<@.*search_vector @@/s);
        expect(plan).toMatch(/Order By: /);
        expect(plan).not.toMatch(new RegExp(`${other}|listings_earth_text_idx|Bitmap|Seq Scan on listings`));
        // The source's point is computed once (a one-row subplan), not per index entry.
        expect(plan).not.toMatch(/Filter: .*ll_to_earth\(\$/);
      }
    }
  });
});
