// npm run db:backup -- FILE [--force] [--pg-bin DIR] — a complete backup of the database chosen by
// DATABASE_URL (pg_dump, custom format) or PGLITE_DIR (PGlite's dump of its data folder). Stop the
// app first when it uses the same embedded database (PGlite is single-process). See README.
import { consoleIo } from '@/scripts/cli/exchange';
import { backupTargetFromEnv, runBackupCli } from '@/scripts/cli/backup';

let code = 1;
try {
  code = await runBackupCli(process.argv.slice(2), backupTargetFromEnv(), consoleIo());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
}
process.exit(code);
