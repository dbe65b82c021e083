// npm run db:backup / db:restore: back up a seeded database, wipe it, restore it, and compare every
// table (row count and a digest of every row's contents), on PGlite and (TEST_DB=postgres) on
// PostgreSQL, plus the refusals: missing file, wrong kind of file, non-empty target without --force.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, queryRows, type DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { notifications, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { detectBackupKind, runBackupCli, runRestoreCli, type BackupTarget } from '@/scripts/cli/backup';
import { testTarget } from './helpers/db';

type Snapshot = Record<string, { rows: number; digest: string }>;

/** Every table of the application and of the migration history: its row count and a digest of
 * all its rows (each row's text form, sorted). */
async function snapshot(handle: DbHandle): Promise<Snapshot> {
  const tables = await queryRows<{ schema: string; name: string }>(
    handle.db,
    sql`select schemaname as schema, tablename as name from pg_tables where schemaname in ('public', 'drizzle') order by 1, 2`,
  );
  const out: Snapshot = {};
  for (const t of tables) {
    const ident = `"${t.schema}"."${t.name}"`;
    const [row] = await queryRows<{ n: number; digest: string }>(
      handle.db,
      sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest from ${ident} t`),
    );
    out[`${t.schema}.${t.name}`] = { rows: row!.n, digest: row!.digest };
  }
  return out;
}

async function wipe(handle: DbHandle) {
  const tables = await queryRows<{ name: string }>(handle.db, sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`);
  await handle.db.execute(sql.raw(`truncate table ${tables.map((t) => t.name).join(', ')} cascade`));
}

/** Seeds the demo area plus rows in the tables the demo leaves empty (notifications, sessions …). */
async function fill(handle: DbHandle) {
  await runMigrations(handle);
  await seedDemo(handle.db);
  const [user] = await handle.db.select({ id: users.id }).from(users).limit(1);
  await handle.db.insert(notifications).values({ userId: user!.id, type: 'test', data: { æøå: 'Ærø' } });
  await handle.db.execute(sql`insert into sessions (session_token, user_id, expires) values ('tok', ${user!.id}, now() + interval '1 day')`);
  await handle.db.execute(sql`insert into rate_limits (key, window_start, count) values ('signin:x', now(), 3)`);
}

function capture() {
  const lines: string[] = [];
  return { io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) }, text: () => lines.join('\n') };
}

const work = mkdtempSync(path.join(tmpdir(), 'iv-backup-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const notABackup = path.join(work, 'area.json');
writeFileSync(notABackup, '{"format":"industrivej/v1"}');

describe.runIf(testTarget() === 'pglite')('backup and restore of the embedded database', () => {
  const dir = path.join(work, 'pglite');
  const target: BackupTarget = { kind: 'pglite', dir };
  const file = path.join(work, 'pglite-backup.tar.gz');
  let before: Snapshot;

  beforeAll(async () => {
    const handle = openDb({ pgliteDir: dir });
    await fill(handle);
    before = await snapshot(handle);
    await handle.close();
  }, 120_000);

  it('backs up, wipes, restores: every table has the same rows', async () => {
    const backup = capture();
    expect(await runBackupCli([file], target, backup.io), backup.text()).toBe(0);
    expect(await detectBackupKind(file)).toBe('pglite');

    let handle = openDb({ pgliteDir: dir });
    await wipe(handle);
    const wiped = await snapshot(handle);
    await handle.close();
    expect(wiped['public.listings']!.rows).toBe(0);

    const restore = capture();
    expect(await runRestoreCli([file], target, restore.io), restore.text()).toBe(0);
    handle = openDb({ pgliteDir: dir });
    const after = await snapshot(handle);
    await handle.close();
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public.listings']!.rows).toBeGreaterThan(100);
    expect(before['public.notifications']!.rows).toBe(1);
    expect(after).toEqual(before);
  }, 120_000);

  it('refuses a non-empty database without --force, and keeps the replaced one aside with it', async () => {
    const refused = capture();
    expect(await runRestoreCli([file], target, refused.io)).toBe(1);
    expect(refused.text()).toMatch(/not empty .*--force/s);
    const forced = capture();
    expect(await runRestoreCli([file, '--force'], target, forced.io), forced.text()).toBe(0);
    expect(forced.text()).toMatch(/moved to .*before-restore/);
  }, 120_000);

  it('refuses a missing file, a file that is no backup, and an existing backup file without --force', async () => {
    const io = capture();
    expect(await runRestoreCli([path.join(work, 'nope.tar.gz')], target, io.io)).toBe(1);
    expect(await runRestoreCli([notABackup], target, io.io)).toBe(1);
    expect(await runBackupCli([file], target, io.io)).toBe(1);
    expect(io.text()).toMatch(/no such file/);
    expect(io.text()).toMatch(/not a backup made by npm run db:backup/);
    expect(io.text()).toMatch(/already exists/);
  });

  it('refuses a PostgreSQL backup for the embedded database', async () => {
    const pgFile = path.join(work, 'fake.dump');
    writeFileSync(pgFile, 'PGDMP\u0001\u000e\u0000');
    const io = capture();
    expect(await runRestoreCli([pgFile], target, io.io)).toBe(1);
    expect(io.text()).toMatch(/PostgreSQL backup .* embedded database/s);
  });
});

describe.runIf(testTarget() === 'postgres')('backup and restore of a PostgreSQL database', () => {
  const baseUrl = process.env.DATABASE_URL ?? '';
  const name = `iv_test_backup_${randomBytes(5).toString('hex')}`;
  const url = (() => {
    const u = new URL(baseUrl || 'postgres://localhost/x');
    u.pathname = `/${name}`;
    return u.toString();
  })();
  const target: BackupTarget = { kind: 'postgres', url };
  const file = path.join(work, 'pg-backup.dump');
  let before: Snapshot;

  const admin = async (query: string) => {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const handle = openDb({ databaseUrl: url });
    await fill(handle);
    before = await snapshot(handle);
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('backs up with pg_dump, wipes, restores: every table has the same rows', async () => {
    const backup = capture();
    expect(await runBackupCli([file], target, backup.io), backup.text()).toBe(0);
    expect(await detectBackupKind(file)).toBe('postgres');

    let handle = openDb({ databaseUrl: url });
    await wipe(handle);
    expect((await snapshot(handle))['public.listings']!.rows).toBe(0);
    await handle.close();

    const restore = capture();
    expect(await runRestoreCli([file], target, restore.io), restore.text()).toBe(0);
    handle = openDb({ databaseUrl: url });
    const after = await snapshot(handle);
    // The restored database still answers the distance queries (earthdistance's functions and the
    // GiST expression indexes came back with it).
    const near = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from listings where earth_box(ll_to_earth(55.6, 11.6), 50000) @> ll_to_earth(lat, lng)`,
    );
    await handle.close();
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public.listings']!.rows).toBeGreaterThan(100);
    expect(after).toEqual(before);
    expect(near[0]!.n).toBeGreaterThan(0);
  }, 120_000);

  it('refuses a non-empty database without --force; with --force replaces it', async () => {
    const refused = capture();
    expect(await runRestoreCli([file], target, refused.io)).toBe(1);
    expect(refused.text()).toMatch(/not empty .*--force/s);
    const forced = capture();
    expect(await runRestoreCli([file, '--force'], target, forced.io), forced.text()).toBe(0);
    const handle = openDb({ databaseUrl: url });
    expect(await snapshot(handle)).toEqual(before);
    await handle.close();
  }, 120_000);

  it('refuses a missing file, a file that is no backup, and an embedded-database backup', async () => {
    const pgliteFile = path.join(work, 'fake.tar.gz');
    // A gzipped tar whose first entry is PG_VERSION, as PGlite's dump is.
    const { gzipSync } = await import('node:zlib');
    const header = Buffer.alloc(512);
    header.write('/PG_VERSION', 0, 'latin1');
    writeFileSync(pgliteFile, gzipSync(Buffer.concat([header, Buffer.alloc(512)])));
    const io = capture();
    expect(await runRestoreCli([path.join(work, 'nope.dump')], target, io.io)).toBe(1);
    expect(await runRestoreCli([notABackup], target, io.io)).toBe(1);
    expect(await runRestoreCli([pgliteFile], target, io.io)).toBe(1);
    expect(io.text()).toMatch(/no such file/);
    expect(io.text()).toMatch(/not a backup made by npm run db:backup/);
    expect(io.text()).toMatch(/embedded-database \(PGlite\) backup, but the target is PostgreSQL/);
  });
});
