import 'server-only';
// Runs queued jobs. In the app, every server instance starts one worker (instrumentation.ts) that
// polls the queue and is woken at once (kickJobs, in ./queue) when its own requests enqueue
// something; the CLI and the tests call drainJobs directly.
import type { Db } from '@/db/client';
import { getDb } from '@/db/client';
import { claimJobs, completeJob, enqueueJob, failJob, nextNightlyRun, setJobWaker, type Job } from './queue';
import { JOB_HANDLERS } from './handlers';

export async function runJob(db: Db, job: Job) {
  const handler = JOB_HANDLERS[job.type];
  if (!handler) throw new Error(`Unknown job type: ${job.type}`);
  await handler(db, job.payload);
}

/** Runs due jobs until none is left (or `max` were run); returns how many ran. */
export async function drainJobs(db: Db, opts: { max?: number; now?: () => Date } = {}): Promise<number> {
  let ran = 0;
  const max = opts.max ?? Infinity;
  while (ran < max) {
    const claimed = await claimJobs(db, Math.min(10, max - ran), opts.now?.() ?? new Date());
    if (!claimed.length) break;
    for (const job of claimed) {
      try {
        await runJob(db, job);
        await completeJob(db, job.id);
      } catch (error) {
        console.error(`Job ${job.type} ${job.id} failed (attempt ${job.attempts}):`, error);
        await failJob(db, job, error);
      }
      ran++;
    }
  }
  return ran;
}

interface WorkerState {
  timer?: ReturnType<typeof setInterval>;
  running: boolean;
  again: boolean;
}
const g = globalThis as typeof globalThis & { __industrivejWorker?: WorkerState };

async function tick(state: WorkerState) {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await drainJobs(getDb());
    } while (state.again);
  } catch (error) {
    console.error('Job worker:', error);
  } finally {
    state.running = false;
  }
}

/** Starts this instance's worker (idempotent) and plans the nightly full refresh. */
export async function startJobWorker(intervalMs = 2000) {
  if (g.__industrivejWorker) return;
  const state: WorkerState = { running: false, again: false };
  g.__industrivejWorker = state;
  setJobWaker(() => void tick(state));
  await enqueueJob(getDb(), 'matches.refreshAll', { nightly: true }, nextNightlyRun(new Date()));
  state.timer = setInterval(() => void tick(state), intervalMs);
  state.timer.unref();
}
