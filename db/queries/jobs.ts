// SQL for the job queue in the `jobs` table (lib/jobs/queue.ts decides retries and schedules).
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../client';
import { jobs } from '../schema';

/** Adds a job unless the same one (type and payload) is already waiting. */
export async function insertJobUnlessWaiting(db: Db | Tx, { type, payload, runAt }: { type: string; payload: Record<string, unknown>; runAt: Date }) {
  const json = JSON.stringify(payload);
  await db.execute(sql`insert into ${jobs} (type, payload, run_at)
    select ${type}, ${json}::jsonb, ${runAt.toISOString()}::timestamptz
    where not exists (select 1 from ${jobs} where type = ${type} and payload = ${json}::jsonb and locked_at is null)`);
}

/** Locks up to `limit` due jobs (not yet tried `maxAttempts` times; unclaimed, or claimed longer
 * than `lockTimeoutSeconds` ago) for this worker, oldest first, skipping rows others hold. */
export async function claimDueJobs(
  db: Db,
  { limit, now, maxAttempts, lockTimeoutSeconds }: { limit: number; now: Date; maxAttempts: number; lockTimeoutSeconds: number },
) {
  return queryRows<{ id: string; type: string; payload: Record<string, unknown>; attempts: number }>(
    db,
    sql`update ${jobs} set locked_at = ${now.toISOString()}::timestamptz, attempts = attempts + 1
      where id in (
        select id from ${jobs}
        where run_at <= ${now.toISOString()}::timestamptz and attempts < ${maxAttempts}
          and (locked_at is null or locked_at < ${now.toISOString()}::timestamptz - make_interval(secs => ${lockTimeoutSeconds}))
        order by run_at
        limit ${limit}
        for update skip locked)
      returning id, type, payload, attempts`,
  );
}

export async function deleteJob(db: Db, { id }: { id: string }) {
  await db.delete(jobs).where(eq(jobs.id, id));
}

/** Unlocks a failed job with its error, to run again at `runAt`. */
export async function rescheduleJob(db: Db, { id, lastError, runAt }: { id: string; lastError: string; runAt: Date }) {
  await db
    .update(jobs)
    .set({ lockedAt: null, lastError, runAt })
    .where(and(eq(jobs.id, id)));
}

/** Jobs not yet tried `maxAttempts` times. */
export async function countRetryableJobs(db: Db, { maxAttempts }: { maxAttempts: number }): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${jobs} where attempts < ${maxAttempts}`);
  return row?.n ?? 0;
}
