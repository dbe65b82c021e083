import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import path from 'node:path';
import type { DbHandle } from './client';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** Applies pending migrations; safe to call on every start. */
export async function runMigrations(handle: DbHandle) {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.driver === 'postgres') {
    // @ts-expect-error -- both migrators accept any drizzle PgDatabase at run time
    await migratePg(handle.db, config);
  } else {
    // @ts-expect-error -- see above
    await migratePglite(handle.db, config);
  }
}
