// Runs once when a server instance starts: apply pending migrations, seed the demo area into an
// empty embedded database so that `npm start` on a fresh clone shows something real, and start
// this instance's job worker (match recomputation off the request path).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/startup');
  const seeded = await prepareDatabase();
  const { drainJobs, startJobWorker } = await import('./lib/jobs/worker');
  const { getDb } = await import('./db/client');
  // A freshly seeded demo shows its suggestions from the first request (about a second of work).
  if (seeded) await drainJobs(getDb());
  await startJobWorker();
}
