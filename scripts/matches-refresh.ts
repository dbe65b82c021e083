// npm run matches:refresh — recomputes and stores the suggestions of every open listing (the app also does this nightly and after imports).
import { openDb } from '@/db/client';
import { consoleIo } from '@/scripts/cli/exchange';
import { runRefreshCli } from '@/scripts/cli/matches';

const handle = openDb();
let code = 1;
try {
  code = await runRefreshCli(process.argv.slice(2), handle, consoleIo());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await handle.close();
}
process.exit(code);
