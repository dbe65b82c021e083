// npm run db:export -- FILE.json [--network REF] — writes the database (or one network) as an
// `industrivej/v1` exchange file. The file contains firms' contact details (under `extensions`):
// treat it as confidential.
import { openDb } from '@/db/client';
import { runExportCli } from '@/scripts/cli/exchange';

const handle = openDb();
let code = 1;
try {
  code = await runExportCli(process.argv.slice(2), handle);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await handle.close();
}
process.exit(code);
