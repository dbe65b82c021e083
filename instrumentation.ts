// Runs once when a server instance starts: apply pending migrations, and seed the demo area into
// an empty embedded database so that `npm start` on a fresh clone shows something real.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/startup');
  await prepareDatabase();
}
