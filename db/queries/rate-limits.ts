// Rate-limit counters (lib/rate-limit.ts): one row per (key, window start), shared by every app
// instance because it lives in the database.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rateLimits } from '../schema';

/** Adds one to the counter atomically (insert or increment) and returns the new count. */
export async function incrementRateCounter(db: Db, { key, windowStart }: { key: string; windowStart: Date }): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  return row?.count ?? 1;
}

export interface DelayRule {
  /** Hits within the window that pass freely. */
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

/**
 * A progressive delay in one statement: counts the hit and stamps its time only when the counter
 * is still below `free`, or the last counted hit is at least first·2^(count−free) seconds (at most
 * max) ago. The row lock of the upsert makes parallel hits queue, so a burst cannot share a slot.
 * Returns the new count when allowed, else null.
 */
export async function claimDelayedHit(
  db: Db,
  { key, windowStart, now, rule }: { key: string; windowStart: Date; now: Date; rule: DelayRule },
): Promise<number | null> {
  const delay = sql`least(${rule.maxDelaySeconds}::float8, ${rule.firstDelaySeconds}::float8 * power(2, ${rateLimits.count} - ${rule.free}::int))`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1`, updatedAt: now },
      setWhere: sql`${rateLimits.count} < ${rule.free}::int or ${rateLimits.updatedAt} <= ${now.toISOString()}::timestamptz - make_interval(secs => ${delay})`,
    })
    .returning({ count: rateLimits.count });
  return row?.count ?? null;
}

/** The counter and the time of its last counted hit, if the row exists. */
export async function selectRateCounter(db: Db, { key, windowStart }: { key: string; windowStart: Date }) {
  const [row] = await db
    .select({ count: rateLimits.count, updatedAt: rateLimits.updatedAt })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)))
    .limit(1);
  return row;
}

/** Takes one hit back (it turned out not to count, e.g. a right password); never below zero. */
export async function decrementRateCounter(db: Db, { key, windowStart }: { key: string; windowStart: Date }) {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
}

export async function deleteRateCountersBefore(db: Db, { cutoff }: { cutoff: Date }) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, cutoff));
}
