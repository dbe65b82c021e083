// npm run db:restore -- FILE [--force] [--pg-bin DIR] — replaces the database chosen by
// DATABASE_URL / PGLITE_DIR with a backup made by db:backup. Refuses a database that has data
// unless --force; a failed restore leaves it unchanged. Stop the app first. See README.
import { consoleIo } from '@/scripts/cli/exchange';
import { backupTargetFromEnv, runRestoreCli } from '@/scripts/cli/backup';

let code = 1;
try {
  code = await runRestoreCli(process.argv.slice(2), backupTargetFromEnv(), consoleIo());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
}
process.exit(code);
