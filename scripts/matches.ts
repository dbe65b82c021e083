// npm run matches -- [--listing REF] [--top N] [--locale da|en|fi] [--json] — prints the ranked suggestions of one or every open listing, computed from the database chosen by DATABASE_URL / PGLITE_DIR.
import { openDb } from '@/db/client';
import { consoleIo } from '@/scripts/cli/exchange';
import { runMatchesCli } from '@/scripts/cli/matches';

const handle = openDb();
let code = 1;
try {
  code = await runMatchesCli(process.argv.slice(2), handle, consoleIo());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await handle.close();
}
process.exit(code);
