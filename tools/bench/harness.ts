// What every database benchmark (scripts/bench-{search,map,match}.ts) shares: its size (full, or
// tiny for the smoke run inside `npm test`), progress on a terminal, percentiles, and the two
// databases it measures on — a temporary PostgreSQL database on the DATABASE_URL server (created
// for the run and always dropped, also on Ctrl-C) and an in-memory PGlite. Each benchmark prints
// its figures, then one JSON object as its last line: `{ postgres: …, pglite: … }`.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, setDbHandle, type DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';

/**
 * `--tiny` or BENCH_SIZE=tiny: a few hundred listings instead of 100,000, so that `npm test` runs
 * every benchmark end to end in seconds and a broken one fails the run. Its figures mean nothing.
 */
export const TINY = process.argv.includes('--tiny') || process.env.BENCH_SIZE === 'tiny';

export const flag = (name: string) => process.argv.includes(`--${name}`);

/** `--name N` when given (a positive number), else the full or the tiny default. */
export function sizeArg(name: string, full: number, tiny: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : TINY ? tiny : full;
}

export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
export const round = (n: number) => Math.round(n * 10) / 10;
export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

const tty = process.stdout.isTTY;

/** A progress line on a terminal (nothing when piped), redrawn at most four times a second. */
export function progress(label: string) {
  let last = 0;
  return (done: number, total?: number, what = 'listings') => {
    if (!tty) return;
    const now = Date.now();
    if (now - last < 250 && done !== total) return;
    last = now;
    process.stdout.write(`\r  ${label}: ${what} ${done.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''}   `);
  };
}
export const clearProgress = () => tty && process.stdout.write('\r\x1b[K');

export type Half<F> = F | { skipped: string };

export interface BenchDatabases<F> {
  /** Measures one database; the handle is migrated and set as the app's database. `url` is the
   * PostgreSQL connection string of the temporary database (undefined on PGlite). */
  run: (label: 'postgres' | 'pglite', handle: DbHandle, url?: string) => Promise<F>;
  /** Skip the PGlite half, with the reason printed. */
  skipPglite?: string;
  /** PostgreSQL: use and keep this database (created when missing) instead of a temporary one. */
  keepDatabase?: string | null;
}

/** Runs the benchmark on PostgreSQL (when DATABASE_URL is set), then on PGlite. */
export async function onDatabases<F>(opts: BenchDatabases<F>): Promise<{ postgres: Half<F>; pglite: Half<F> }> {
  const databaseUrl = process.env.DATABASE_URL;
  let postgres: Half<F>;
  if (databaseUrl) {
    postgres = await withPostgresDatabase(databaseUrl, opts.keepDatabase ?? null, (handle, url) => prepared(handle, () => opts.run('postgres', handle, url)));
  } else {
    console.log('  postgres: skipped (set DATABASE_URL=postgres://… to run the PostgreSQL half)');
    postgres = { skipped: 'DATABASE_URL not set' };
  }
  let pglite: Half<F>;
  if (opts.skipPglite) {
    console.log(`  pglite: skipped (${opts.skipPglite})`);
    pglite = { skipped: opts.skipPglite };
  } else {
    const handle = openDb({ pgliteDir: 'memory://' });
    try {
      pglite = await prepared(handle, () => opts.run('pglite', handle));
    } finally {
      await handle.close();
    }
  }
  setDbHandle(undefined);
  return { postgres, pglite };
}

async function prepared<T>(handle: DbHandle, fn: () => Promise<T>): Promise<T> {
  setDbHandle(handle);
  await runMigrations(handle);
  return fn();
}

/**
 * A database of its own on the server at `serverUrl`: `iv_bench_<random>`, dropped afterwards
 * (also when the run fails or is interrupted), or `keep` (created when missing, never dropped).
 */
export async function withPostgresDatabase<T>(serverUrl: string, keep: string | null, fn: (handle: DbHandle, url: string) => Promise<T>): Promise<T> {
  if (keep !== null && !/^[a-z_][a-z0-9_]*$/.test(keep)) throw new Error(`database name ${keep}: lower-case letters, digits and _ only`);
  const name = keep ?? `iv_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`create database ${name}`);
  console.log(`  postgres: ${keep ? 'kept' : 'temporary'} database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDb({ databaseUrl: url.toString() });
  let dropped = false;
  const drop = async () => {
    if (dropped || keep) return;
    dropped = true;
    await admin.query(`drop database if exists ${name} with (force)`);
  };
  // Ctrl-C or a kill during a long run: drop the database before leaving.
  const onSignal = (signal: NodeJS.Signals) => {
    void handle
      .close()
      .catch(() => undefined)
      .then(drop)
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(handle, url.toString());
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await handle.close();
    await drop();
    await admin.end();
  }
}
