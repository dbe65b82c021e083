import { getDbHandle } from './client';
import { runMigrations } from './migrate';
import { env } from '@/lib/env';

/** Migrations always; demo data when the database is empty and seeding applies (see README).
 * Returns whether the demo was loaded. */
export async function prepareDatabase(): Promise<boolean> {
  const handle = getDbHandle();
  await runMigrations(handle);
  const seed = env().SEED_DEMO;
  const wantSeed = seed === 'true' || (seed !== 'false' && handle.driver === 'pglite');
  if (!wantSeed) return false;
  const { isDatabaseEmpty, seedDemo } = await import('./seed');
  if (await isDatabaseEmpty(handle.db)) {
    console.log('Empty database: loading the Regstrup/Holbæk demo area …');
    const summary = await seedDemo(handle.db);
    console.log(`Demo data loaded: ${JSON.stringify(summary)}`);
    return true;
  }
  return false;
}
