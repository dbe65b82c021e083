// The bodies of `npm run db:backup` and `npm run db:restore` (scripts/db-backup.ts, db-restore.ts),
// separate from the scripts so that the tests can run them against their own databases.
//
// Embedded database (PGlite): the backup is PGlite's own dump of its data folder (dumpDataDir, a
// gzipped tar of the whole cluster: every table, index, sequence, function and the migration
// history), restored by opening a new folder with loadDataDir and swapping it in.
// PostgreSQL: pg_dump's custom format, restored with pg_restore piped into psql in ONE
// transaction that first drops the `public` and `drizzle` schemas, so a failed restore leaves the
// target as it was and a restored database holds exactly what the backup held.
import { PGlite } from '@electric-sql/pglite';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { PGLITE_EXTENSIONS } from '@/db/client';
import { env } from '@/lib/env';
import type { CliIo } from './exchange';

export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
export type BackupKind = 'postgres' | 'pglite';

const USAGE_BACKUP = 'usage: npm run db:backup -- FILE [--force] [--pg-bin DIR]';
const USAGE_RESTORE = 'usage: npm run db:restore -- FILE [--force] [--pg-bin DIR]';

const describe = (t: BackupTarget) => (t.kind === 'postgres' ? `PostgreSQL ${redact(t.url)}` : `the embedded database in ${t.dir}`);

/** The URL without its password, for messages. */
export function redact(url: string) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

interface Parsed {
  file: string;
  force: boolean;
  pgBin?: string;
}

function parseArgs(args: string[], usage: string, io: CliIo): Parsed | null {
  const files: string[] = [];
  let force = false;
  let pgBin: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--force') force = true;
    else if (a === '--pg-bin' && args[i + 1]) pgBin = args[++i];
    else if (a.startsWith('--')) {
      io.err(`unknown option ${a}\n${usage}`);
      return null;
    } else files.push(a);
  }
  if (files.length !== 1) {
    io.err(usage);
    return null;
  }
  return { file: files[0]!, force, pgBin };
}

// ---------------------------------------------------------------- what a file is

/**
 * What kind of backup a file holds, from its first bytes: pg_dump's custom format starts with
 * "PGDMP"; a PGlite dump is a gzipped tar whose first entry is the cluster's PG_VERSION.
 */
export async function detectBackupKind(file: string): Promise<BackupKind | 'unknown'> {
  const fd = await open(file, 'r');
  const head = Buffer.alloc(5);
  try {
    await fd.read(head, 0, 5, 0);
  } finally {
    await fd.close();
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] !== 0x1f || head[1] !== 0x8b) return 'unknown';
  const first = await firstBytesGunzipped(file, 512).catch(() => null);
  if (!first) return 'unknown';
  const name = first.subarray(0, 100).toString('latin1').replace(/\0.*$/s, '');
  return /^\/?(\.\/)?PG_VERSION$/.test(name) ? 'pglite' : 'unknown';
}

function firstBytesGunzipped(file: string, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const input = createReadStream(file);
    const gunzip = createGunzip();
    const done = (error?: Error) => {
      input.destroy();
      gunzip.destroy();
      if (error && size < n) reject(error);
      else resolve(Buffer.concat(chunks).subarray(0, n));
    };
    gunzip.on('data', (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size >= n) done();
    });
    gunzip.on('error', done);
    gunzip.on('end', () => done());
    input.on('error', done);
    input.pipe(gunzip);
  });
}

// ---------------------------------------------------------------- is the target empty?

const COUNT_ROWS = `select coalesce(sum((xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint), 0)::text as n
  from pg_tables where schemaname = 'public'`;

/** Rows in the application's tables (0 for a database with no tables or only empty ones). */
async function countRows(query: (text: string) => Promise<{ rows: { n: string }[] }>) {
  const { rows } = await query(COUNT_ROWS);
  return Number(rows[0]?.n ?? 0);
}

const isPgliteDir = (dir: string) => existsSync(path.join(dir, 'PG_VERSION'));

// ---------------------------------------------------------------- PostgreSQL tools

/** Connection settings for pg_dump/psql: the URL without its password (which goes in PGPASSWORD,
 * so that it never shows in the process list). */
function pgConnection(url: string) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

const tool = (name: string, pgBin?: string) => (pgBin ? path.join(pgBin, name) : name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const major = (versionText: string) => Number(/(\d+)(?:\.\d+)?/.exec(versionText)?.[1] ?? NaN);

/**
 * The client tool's major version must be at least the server's (pg_dump refuses a newer server);
 * on Debian/Ubuntu every installed version lives in /usr/lib/postgresql/NN/bin, chosen with --pg-bin.
 */
async function checkTool(name: string, pgBin: string | undefined, serverMajor: number): Promise<string | null> {
  let out;
  try {
    out = await run(tool(name, pgBin), ['--version'], process.env);
  } catch {
    return `${tool(name, pgBin)} was not found. Install the PostgreSQL client tools of version ${serverMajor} or newer (Debian/Ubuntu: apt-get install postgresql-client-${serverMajor}) or name their folder with --pg-bin /usr/lib/postgresql/${serverMajor}/bin.`;
  }
  const clientMajor = major(out.stdout);
  if (!(clientMajor >= serverMajor)) {
    return `${name} is version ${clientMajor} but the server runs PostgreSQL ${serverMajor}: use ${name} ${serverMajor} or newer (apt-get install postgresql-client-${serverMajor}, then --pg-bin /usr/lib/postgresql/${serverMajor}/bin).`;
  }
  return null;
}

async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- backup

/** Returns the exit code: 0 written, 1 failed, 2 usage. */
export async function runBackupCli(args: string[], target: BackupTarget, io: CliIo): Promise<number> {
  const opts = parseArgs(args, USAGE_BACKUP, io);
  if (!opts) return 2;
  const file = path.resolve(opts.file);
  if (existsSync(file) && !opts.force) {
    io.err(`${opts.file} already exists; not overwritten (add --force to replace it).`);
    return 1;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // Written beside the target and renamed at the end: a failed or interrupted backup never leaves a
  // half file under the backup's name (or destroys the previous one).
  const partial = `${file}.partial`;
  const started = Date.now();
  try {
    if (target.kind === 'pglite') {
      if (target.dir.startsWith('memory://')) {
        io.err('PGLITE_DIR is memory://: an in-memory database lives only inside its own process and cannot be backed up from here.');
        return 1;
      }
      if (!isPgliteDir(target.dir)) {
        io.err(`There is no embedded database in ${target.dir} (no PG_VERSION): nothing to back up. Set PGLITE_DIR, or DATABASE_URL for PostgreSQL.`);
        return 1;
      }
      const db = new PGlite(target.dir, { extensions: PGLITE_EXTENSIONS });
      try {
        const rows = await countRows((t) => db.query<{ n: string }>(t));
        const blob = await db.dumpDataDir('gzip');
        writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
        io.out(`Backed up ${describe(target)} (${rows.toLocaleString('en')} rows).`);
      } finally {
        await db.close();
      }
    } else {
      const conn = pgConnection(target.url);
      const { serverMajor, rows } = await withPgClient(target.url, async (c) => ({
        serverMajor: Math.floor(Number((await c.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]!.v) / 10000),
        rows: await countRows((t) => c.query<{ n: string }>(t)),
      }));
      const problem = await checkTool('pg_dump', opts.pgBin, serverMajor);
      if (problem) {
        io.err(problem);
        return 1;
      }
      const result = await run(
        tool('pg_dump', opts.pgBin),
        ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${conn.url}`],
        conn.env,
      );
      if (result.code !== 0) {
        io.err(`pg_dump failed: ${result.stderr.trim()}`);
        return 1;
      }
      io.out(`Backed up ${describe(target)} (${rows.toLocaleString('en')} rows) with pg_dump (custom format).`);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    io.err(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.out(`${opts.file}: ${(statSync(file).size / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

// ---------------------------------------------------------------- restore

const KIND_NAME: Record<BackupKind, string> = { postgres: 'a PostgreSQL backup (pg_dump custom format)', pglite: 'an embedded-database (PGlite) backup' };

/** Returns the exit code: 0 restored, 1 refused or failed (the target is unchanged), 2 usage. */
export async function runRestoreCli(args: string[], target: BackupTarget, io: CliIo): Promise<number> {
  const opts = parseArgs(args, USAGE_RESTORE, io);
  if (!opts) return 2;
  const file = path.resolve(opts.file);
  if (!existsSync(file) || !statSync(file).isFile()) {
    io.err(`${opts.file}: no such file.`);
    return 1;
  }
  const kind = await detectBackupKind(file);
  if (kind === 'unknown') {
    io.err(
      `${opts.file} is not a backup made by npm run db:backup (neither a pg_dump custom-format file nor an embedded-database dump). An exchange file (.json) is loaded with npm run db:import.`,
    );
    return 1;
  }
  if (kind !== target.kind) {
    const hint =
      target.kind === 'postgres'
        ? 'To restore it, unset DATABASE_URL and set PGLITE_DIR to the folder to restore into.'
        : 'To restore it, set DATABASE_URL to the PostgreSQL database to restore into.';
    io.err(
      `${opts.file} is ${KIND_NAME[kind]}, but the target is ${describe(target)}. ${hint} To move data between the two kinds of database, use npm run db:export and db:import.`,
    );
    return 1;
  }
  const started = Date.now();
  try {
    return target.kind === 'pglite' ? await restorePglite(file, target.dir, opts, io, started) : await restorePostgres(file, target.url, opts, io, started);
  } catch (error) {
    io.err(`Restore failed, the database was not changed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function refuseNonEmpty(io: CliIo, target: BackupTarget, rows: number) {
  io.err(
    `${describe(target)} is not empty (${rows.toLocaleString('en')} rows); not restored. A restore replaces everything in it: add --force to do so (make a backup of it first).`,
  );
  return 1;
}

async function restorePglite(file: string, dir: string, opts: Parsed, io: CliIo, started: number) {
  if (dir.startsWith('memory://')) {
    io.err('PGLITE_DIR is memory://: there is no folder to restore into.');
    return 1;
  }
  const target: BackupTarget = { kind: 'pglite', dir };
  let rows = 0;
  if (isPgliteDir(dir)) {
    const current = new PGlite(dir, { extensions: PGLITE_EXTENSIONS });
    try {
      rows = await countRows((t) => current.query<{ n: string }>(t));
    } finally {
      await current.close();
    }
    if (rows > 0 && !opts.force) return refuseNonEmpty(io, target, rows);
  } else if (existsSync(dir) && (await readdir(dir)).length > 0) {
    io.err(`${dir} is not empty and holds no embedded database; not restored into it.`);
    return 1;
  }
  // Unpacked and opened in a new folder first: only a backup that opens replaces the database.
  const fresh = `${dir}.restoring-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    const db = new PGlite(fresh, { extensions: PGLITE_EXTENSIONS, loadDataDir: new Blob([await readFile(file)]) });
    try {
      const restored = await countRows((t) => db.query<{ n: string }>(t));
      io.out(`Unpacked ${restored.toLocaleString('en')} rows.`);
    } finally {
      await db.close();
    }
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  let kept: string | null = null;
  if (existsSync(dir)) {
    const aside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, aside);
    // The replaced data stay beside it until the operator deletes them: a restore over the wrong
    // database is then not final. An empty database is not worth keeping.
    if (rows > 0) kept = aside;
    else rmSync(aside, { recursive: true, force: true });
  }
  renameSync(fresh, dir);
  io.out(`Restored ${describe(target)} from ${opts.file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (kept) io.out(`The replaced database was moved to ${kept}; delete it once the restore is checked.`);
  return 0;
}

/**
 * pg_dump's script empties search_path, but earthdistance's ll_to_earth() (in the GiST expression
 * indexes) names its `earth` type unqualified, so creating those indexes fails ("type earth does
 * not exist", a known earthdistance problem). Restoring with `public` on the path fixes it; every
 * object in the script is schema-qualified anyway.
 */
async function patchSearchPath(from: string, to: string) {
  const lines = createInterface({ input: createReadStream(from), crlfDelay: Infinity });
  const out = createWriteStream(to);
  for await (const line of lines) {
    const text =
      line === "SELECT pg_catalog.set_config('search_path', '', false);" ? "SELECT pg_catalog.set_config('search_path', 'public, pg_catalog', false);" : line;
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}

async function restorePostgres(file: string, url: string, opts: Parsed, io: CliIo, started: number) {
  const target: BackupTarget = { kind: 'postgres', url };
  const { serverMajor, rows } = await withPgClient(url, async (c) => ({
    serverMajor: Math.floor(Number((await c.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]!.v) / 10000),
    rows: await countRows((t) => c.query<{ n: string }>(t)),
  }));
  if (rows > 0 && !opts.force) return refuseNonEmpty(io, target, rows);
  for (const name of ['pg_restore', 'psql']) {
    const problem = await checkTool(name, opts.pgBin, serverMajor);
    if (problem) {
      io.err(problem);
      return 1;
    }
  }
  const conn = pgConnection(url);
  // pg_restore turns the archive into an SQL script (in full first: a truncated script must never
  // run); psql runs it after emptying the schemas, all in one transaction (--single-transaction,
  // ON_ERROR_STOP): afterwards the database holds the backup's data, or nothing changed.
  const work = mkdtempSync(path.join(tmpdir(), 'iv-restore-'));
  try {
    const script = path.join(work, 'restore.sql');
    const preamble = path.join(work, 'preamble.sql');
    writeFileSync(preamble, 'drop schema if exists drizzle cascade;\ndrop schema if exists public cascade;\ncreate schema public;\n');
    const unpacked = await run(tool('pg_restore', opts.pgBin), ['--no-owner', '--no-privileges', `--file=${script}`, file], conn.env);
    if (unpacked.code !== 0) {
      io.err(`pg_restore could not read ${opts.file}, the database was not changed: ${unpacked.stderr.trim()}`);
      return 1;
    }
    await patchSearchPath(script, `${script}.patched`);
    const applied = await run(
      tool('psql', opts.pgBin),
      ['--quiet', '--no-psqlrc', '--single-transaction', '--set=ON_ERROR_STOP=1', `--file=${preamble}`, `--file=${script}.patched`, `--dbname=${conn.url}`],
      { ...conn.env, PGOPTIONS: '-c client_min_messages=warning' },
    );
    if (applied.code !== 0) {
      io.err(`Restore failed, the database was not changed: ${applied.stderr.trim()}`);
      return 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const restored = await withPgClient(url, (c) => countRows((t) => c.query<{ n: string }>(t)));
  io.out(`Restored ${describe(target)} from ${opts.file}: ${restored.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

/** The database the app would use: DATABASE_URL, else the embedded one in PGLITE_DIR. */
export function backupTargetFromEnv(): BackupTarget {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) return { kind: 'postgres', url: DATABASE_URL };
  const dir = PGLITE_DIR ?? '.data/pglite';
  return { kind: 'pglite', dir: dir.startsWith('memory://') ? dir : path.resolve(dir) };
}
