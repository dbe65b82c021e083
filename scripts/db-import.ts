// npm run db:import -- FILE.json [--dry-run] — imports an `industrivej/v1` exchange file into the
// database chosen by DATABASE_URL / PGLITE_DIR (applying pending migrations first). The whole file
// is validated before anything is written; any error → nothing written, every error printed with
// its JSON path, exit code 1. Re-importing updates records by ref, never duplicates them.
// PGlite is single-process: stop the app before importing into the same PGLITE_DIR.
import { openDb } from '@/db/client';
import { runImportCli } from '@/scripts/cli/exchange';

const handle = openDb();
let code = 1;
try {
  code = await runImportCli(process.argv.slice(2), handle);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await handle.close();
}
process.exit(code);
