// npm run db:seed [-- --reset] — applies migrations, then loads the Regstrup/Holbæk demo area into
// the database chosen by DATABASE_URL / PGLITE_DIR. Refuses a database that already has data,
// unless --reset, which first empties every application table (not the migration history).
// PGlite is single-process: stop the app before running this against the same PGLITE_DIR.
import { sql } from 'drizzle-orm';
import { openDb, queryRows } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { isDatabaseEmpty, seedDemo } from '@/db/seed';

const reset = process.argv.includes('--reset');
const handle = openDb();
let exitCode = 0;
try {
  await runMigrations(handle);
  if (reset) {
    const tables = await queryRows<{ name: string }>(handle.db, sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`);
    if (tables.length) {
      await handle.db.execute(sql.raw(`truncate table ${tables.map((t) => t.name).join(', ')} restart identity cascade`));
    }
    console.log(`Emptied ${tables.length} tables.`);
  } else if (!(await isDatabaseEmpty(handle.db))) {
    console.error('The database already has data; not seeding. Run `npm run db:seed -- --reset` to replace everything with the demo area.');
    exitCode = 1;
  }
  if (exitCode === 0) {
    const summary = await seedDemo(handle.db);
    console.log(`Demo area loaded (${handle.driver}): ${JSON.stringify(summary)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await handle.close();
}
process.exit(exitCode);
