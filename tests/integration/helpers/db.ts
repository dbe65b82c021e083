// A fresh database per test file: in-memory PGlite by default, or — when TEST_DB=postgres — a new
// PostgreSQL database created on the server named by DATABASE_URL and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDb, setDbHandle, type Db, type DbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';

export const testTarget = (): 'postgres' | 'pglite' => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export async function createTestDb(): Promise<DbHandle> {
  if (testTarget() === 'pglite') {
    const handle = openDb({ pgliteDir: 'memory://' });
    await runMigrations(handle);
    return handle;
  }
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DB=postgres needs DATABASE_URL');
  const name = `iv_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = openDb({ databaseUrl: url.toString() });
  await runMigrations(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      // pool.end() can resolve while a socket is still closing: wait for the server to see the
      // last session go rather than terminating it (which surfaces as an uncaught client error).
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      for (let attempt = 0; ; attempt++) {
        try {
          await dropper.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await dropper.end();
    },
  };
}

/**
 * Installs a fresh database as the app's database for the current test file and returns a getter.
 * Usage: `const db = setupTestDb();` then `db()` inside tests.
 */
export function setupTestDb(): () => Db {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
    setDbHandle(handle);
  });
  afterAll(async () => {
    setDbHandle(undefined);
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error('test database not ready');
    return handle.db;
  };
}
