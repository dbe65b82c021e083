// The bodies of `npm run db:import` and `npm run db:export` (scripts/db-import.ts, db-export.ts),
// separate from the scripts so that tests can run them against a test database and capture output.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { buildExport, exchangeFileChunks, UnknownNetworkError } from '@/lib/exchange/export';
import { formatSummary, importExchange, type ImportProgress } from '@/lib/exchange/import';
import { MAX_FILE_BYTES, readJsonFile } from '@/lib/exchange/read';
import { formatExchangeIssues } from '@/lib/exchange/schema';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress is drawn only on an interactive terminal (never into logs or pipes). */
  progress?: (text: string) => void;
}

export const consoleIo = (): CliIo => ({
  out: (l) => console.log(l),
  err: (l) => console.error(l),
  progress: process.stdout.isTTY ? (t) => process.stdout.write(`\r\x1b[2K${t}`) : undefined,
});

const USAGE_IMPORT = 'usage: npm run db:import -- FILE.json [--dry-run]';
const USAGE_EXPORT = 'usage: npm run db:export -- FILE.json [--network REF]';

function progressText(p: ImportProgress) {
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  return `${p.phase}: ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} (${pct} %)`;
}

/** Returns the process exit code: 0 imported, 1 the file has errors (nothing written), 2 usage. */
export async function runImportCli(args: string[], handle: DbHandle, io: CliIo = consoleIo(), maxBytes = MAX_FILE_BYTES): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (files.length !== 1 || unknown.length) {
    io.err(USAGE_IMPORT);
    return 2;
  }
  const file = files[0]!;
  const dryRun = args.includes('--dry-run');
  let read;
  try {
    read = await readJsonFile(file, maxBytes);
  } catch (error) {
    io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!read.ok) {
    io.err(`${file}: not imported, nothing was written.\n${formatExchangeIssues(read.issues)}`);
    return 1;
  }
  await runMigrations(handle);
  const started = Date.now();
  io.progress?.(`validating ${file} …`);
  const result = await importExchange(handle.db, read.value, {
    dryRun,
    onProgress: io.progress ? (p) => io.progress!(progressText(p)) : undefined,
  });
  io.progress?.('');
  if (!result.ok) {
    io.err(`${file}: ${result.issues.length} error(s), nothing was written.\n${formatExchangeIssues(result.issues)}`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(`${dryRun ? 'Dry run (rolled back)' : 'Imported'} ${file} into ${handle.driver} in ${seconds} s:\n${formatSummary(result.summary)}`);
  return 0;
}

export async function runExportCli(args: string[], handle: DbHandle, io: CliIo = consoleIo()): Promise<number> {
  const networkAt = args.indexOf('--network');
  const networkRef = networkAt >= 0 ? args[networkAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && !(networkAt >= 0 && i === networkAt + 1));
  if (files.length !== 1 || (networkAt >= 0 && !networkRef)) {
    io.err(USAGE_EXPORT);
    return 2;
  }
  await runMigrations(handle);
  let file;
  try {
    file = await buildExport(handle.db, { networkRef });
  } catch (error) {
    if (error instanceof UnknownNetworkError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  const out = createWriteStream(files[0]!);
  for (const chunk of exchangeFileChunks(file)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await finished(out);
  io.out(
    `Exported ${file.networks.length} network(s), ${file.companies.length} companies, ${file.listings.length} listings, ${file.themes?.length ?? 0} themes to ${files[0]}.`,
  );
  return 0;
}
