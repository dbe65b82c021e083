// One database client for the whole app: embedded PGlite by default, PostgreSQL when DATABASE_URL
// is set. Both speak the same SQL and run the same migrations (db/migrate.ts).
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { env } from '@/lib/env';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DbHandle {
  db: Db;
  driver: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

export const PGLITE_EXTENSIONS = { cube, earthdistance, pg_trgm, unaccent };

/** Opens a new connection; most code wants getDb() instead. */
export function openDb(options: { databaseUrl?: string; pgliteDir?: string } = {}): DbHandle {
  // An explicit pgliteDir asks for PGlite even when DATABASE_URL is set (tests, benchmarks).
  const url = options.databaseUrl ?? (options.pgliteDir ? undefined : env().DATABASE_URL);
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client can be cut off by the server (restart, failover, admin command); without a
    // listener that error would crash the process. The pool replaces the client on next use.
    pool.on('error', (error) => console.error('PostgreSQL idle client error:', error.message));
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    // A few connections whose sessions never plan bitmap scans, for the one query that must walk
    // a GiST index in distance order (the matching candidates, db/queries/matching.ts). Setting it
    // per statement instead would cost a transaction: four round trips rather than one. Their
    // prepared statements use the generic plan from the first call: the walk's plan does not depend
    // on the values, and PostgreSQL would otherwise plan each connection's first five calls anew
    // (~1-2 ms each) and might keep doing so.
    const walkPool = new pg.Pool({ connectionString: url, max: 3, options: '-c enable_bitmapscan=off -c plan_cache_mode=force_generic_plan' });
    walkPool.on('error', (error) => console.error('PostgreSQL idle client error:', error.message));
    const walkDb = drizzlePg(walkPool, { schema, casing: 'snake_case' }) as unknown as Db;
    nearestFirst.set(db, walkDb);
    pools.set(db, pool);
    pools.set(walkDb, walkPool);
    return { db, driver: 'postgres', close: async () => void (await Promise.all([pool.end(), walkPool.end()])) };
  }
  const dir = options.pgliteDir ?? env().PGLITE_DIR ?? '.data/pglite';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: PGLITE_EXTENSIONS });
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, driver: 'pglite', close: () => client.close() };
}

const nearestFirst = new WeakMap<Db | Tx, Db>();
const pools = new WeakMap<Db | Tx, pg.Pool>();

/** The database's connections that plan without bitmap scans (PostgreSQL), or null (PGlite, or
 * inside a transaction): see openDb. */
export function nearestFirstDb(db: Db | Tx): Db | null {
  return nearestFirst.get(db) ?? null;
}

const globalForDb = globalThis as unknown as { __industrivejDb?: DbHandle };

/** The process-wide handle (cached on globalThis so dev reloads keep one PGlite instance). */
export function getDbHandle(): DbHandle {
  globalForDb.__industrivejDb ??= openDb();
  return globalForDb.__industrivejDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

/** Tests and scripts install their own handle (e.g. an in-memory PGlite). */
export function setDbHandle(handle: DbHandle | undefined) {
  globalForDb.__industrivejDb = handle;
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * The generic plan PostgreSQL makes for `query` as a prepared statement (what queryRowsPrepared's
 * statements run once PostgreSQL stops planning them per call, and from the first call on the
 * connections that force it): prepared and explained in a transaction with `settings`, with its
 * parameters bound only at EXECUTE, then deallocated. Lines of EXPLAIN's output; with `analyze`,
 * run once. Tests use it to check that a hot statement's plan does not depend on its values.
 */
export async function explainGenericPlan(db: Db, query: SQL, opts: { analyze?: boolean; settings?: Record<string, string> } = {}): Promise<string[]> {
  const { sql: text, params } = (db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(query);
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
    if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
    throw new Error(`explainGenericPlan: unsupported parameter ${typeof v}`);
  };
  const name = `iv_explain_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
  return db.transaction(async (tx) => {
    for (const [k, v] of Object.entries({ ...opts.settings, plan_cache_mode: 'force_generic_plan' })) {
      if (!/^[a-z_]+$/.test(k) || !/^[\w.]+$/.test(v)) throw new Error(`explainGenericPlan: bad setting ${k}`);
      await tx.execute(sql.raw(`set local ${k} = ${v}`));
    }
    await tx.execute(sql.raw(`prepare ${name} as ${text}`));
    try {
      const rows = await queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql.raw(`explain ${opts.analyze ? '(analyze, buffers, timing off) ' : ''}execute ${name}(${params.map(literal).join(', ')})`),
      );
      return rows.map((r) => r['QUERY PLAN']);
    } finally {
      await tx.execute(sql.raw(`deallocate ${name}`));
    }
  });
}

// Dates and times as text, as drizzle's node-postgres driver returns them (so rows look the same
// whichever of queryRows and queryRowsPrepared read them).
const AS_TEXT = new Set<number>([
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.DATE,
  pg.types.builtins.INTERVAL,
  1115,
  1182,
  1185,
  1187,
  1231,
]);
const asText = (v: string) => v;
const textTypes = {
  getTypeParser: ((typeId: number, format?: 'text' | 'binary') =>
    AS_TEXT.has(typeId) ? asText : (pg.types.getTypeParser(typeId, format) as (v: string) => unknown)) as typeof pg.types.getTypeParser,
};
const statementNames = new Map<string, string>();

/**
 * queryRows for the few statements run on every ranking: on PostgreSQL a named (prepared)
 * statement, parsed and planned once per connection rather than on every call (~1 ms of the
 * candidate walk's time went to planning). The name is derived from the statement's text, so the
 * same text always meets its own prepared statement. PGlite and transactions run it as queryRows.
 */
export async function queryRowsPrepared<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return queryRows<T>(db, query);
  const { sql: text, params } = (db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(query);
  let name = statementNames.get(text);
  if (!name) {
    name = `iv_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (statementNames.size > 1000) statementNames.clear();
    statementNames.set(text, name);
  }
  const result = await pool.query({ name, text, values: params, types: textTypes });
  return result.rows as T[];
}
