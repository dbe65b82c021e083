// A small job queue in the `jobs` table, so work leaves the request path on PGlite and PostgreSQL
// alike with nothing else to run. Jobs are claimed with FOR UPDATE SKIP LOCKED, so several app
// instances (and a CLI) can drain the same queue without taking a job twice; a claim that is not
// finished within LOCK_TIMEOUT (a crashed instance) is taken again.
import type { Db, Tx } from '@/db/client';
import { claimDueJobs, countRetryableJobs, deleteJob, insertJobUnlessWaiting, rescheduleJob } from '@/db/queries/jobs';

export const LOCK_TIMEOUT_SECONDS = 300;
export const MAX_ATTEMPTS = 5;

export interface Job {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Adds a job unless the same one (type and payload) is already waiting: ten edits in a row
 * recompute a listing's matches once. */
export async function enqueueJob(db: Db | Tx, type: string, payload: Record<string, unknown> = {}, runAt?: Date): Promise<void> {
  await insertJobUnlessWaiting(db, { type, payload, runAt: runAt ?? new Date() });
}

/** Takes up to `limit` due jobs for this worker. */
export async function claimJobs(db: Db, limit: number, now = new Date()): Promise<Job[]> {
  return claimDueJobs(db, { limit, now, maxAttempts: MAX_ATTEMPTS, lockTimeoutSeconds: LOCK_TIMEOUT_SECONDS });
}

export async function completeJob(db: Db, id: string) {
  await deleteJob(db, { id });
}

/** A failed job is retried later (1, 4, 9, 16 minutes); after MAX_ATTEMPTS it stays in the table,
 * with its last error, for someone to look at. */
export async function failJob(db: Db, job: Job, error: unknown, now = new Date()) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await rescheduleJob(db, { id: job.id, lastError: message.slice(0, 2000), runAt: new Date(now.getTime() + job.attempts ** 2 * 60_000) });
}

export async function pendingJobCount(db: Db): Promise<number> {
  return countRetryableJobs(db, { maxAttempts: MAX_ATTEMPTS });
}

/** 03:00 UTC the next day: expiries and freshness move on even when nobody edits anything. */
export function nextNightlyRun(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3));
}

// Waking the worker lives with the queue, so that code which enqueues (the DAL) needs only the
// queue: the worker (lib/jobs/worker.ts) registers itself here when it starts. On globalThis, like
// the worker's own state, so that it survives module reloads in development.
const g = globalThis as typeof globalThis & { __industrivejWakeJobs?: () => void };

/** Called by this instance's worker when it starts: how to wake it. */
export function setJobWaker(wake: () => void) {
  g.__industrivejWakeJobs = wake;
}

/** Wakes this instance's worker after a request enqueued work (no-op where none runs). */
export function kickJobs() {
  const wake = g.__industrivejWakeJobs;
  if (wake) setImmediate(wake);
}
