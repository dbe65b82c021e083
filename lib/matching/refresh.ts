import 'server-only';
// `matches:refresh`: recompute every open listing's suggestions, in id-ordered batches. Candidate
// queries run a few at a time (PostgreSQL answers them in parallel over the pool; on PGlite they
// queue), ranking happens in between, and each batch is written in one transaction.
import type { Db } from '@/db/client';
import { deleteInactiveMatches, openListingIds, storeMatchBatch } from '@/db/queries/matching';
import { listingActiveSql } from '@/lib/dal/access';
import { matchListing, storedRows } from './engine';

export interface RefreshSummary {
  listings: number;
  matches: number;
  ms: number;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return out;
}

export async function refreshAllMatches(
  db: Db,
  opts: { now?: Date; batchSize?: number; concurrency?: number; onProgress?: (done: number) => void } = {},
): Promise<RefreshSummary> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  let after: string | undefined;
  let listings = 0;
  let stored = 0;
  for (;;) {
    const ids = await openListingIds(db, { after, limit: opts.batchSize ?? 500, active: listingActiveSql(now) });
    if (!ids.length) break;
    after = ids[ids.length - 1];
    const runs = await mapLimit(ids, opts.concurrency ?? 4, (id) => matchListing(db, id, { now }));
    const batch = ids.map((listingId, i) => {
      const run = runs[i];
      return { listingId, rows: run ? storedRows(run.result) : [] };
    });
    await storeMatchBatch(db, batch, now);
    listings += ids.length;
    stored += batch.reduce((n, b) => n + b.rows.length, 0);
    opts.onProgress?.(listings);
  }
  // Listings that stopped being open since the last run, and rows of listings this run did not
  // reach (e.g. deleted ones are cascaded already; this catches anything computed before `now`).
  await deleteInactiveMatches(db, { active: listingActiveSql(now), before: now });
  return { listings, matches: stored, ms: Math.round(performance.now() - started) };
}
