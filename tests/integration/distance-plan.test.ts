import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/client';
import { companies, listings } from '@/db/schema';
import { listingActiveSql, listingVisibleSql } from '@/lib/dal/access';
import { withinKmSql } from '@/db/queries/listings';
import { generateArea } from '@/lib/bench/generate-area';
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

  it.runIf(testTarget() === 'postgres')('uses the GiST index listings_earth_idx on PostgreSQL', async () => {
    const origin = { lat: 55.7167, lng: 11.7167 };
    const query = sql`explain select ${listings.id} from ${listings} join ${companies} on ${companies.id} = ${listings.companyId}
      where ${listingVisibleSql(null)} and ${listingActiveSql()} and ${withinKmSql(origin, 10)}`;
    const plan = (await queryRows<{ 'QUERY PLAN': string }>(db(), query)).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('listings_earth_idx');
  });
});
