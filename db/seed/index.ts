import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client';

export async function isDatabaseEmpty(db: Db) {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from networks`);
  return rows[0]?.n === 0;
}

/** Placeholder: the demo area is built in db/seed/demo.ts. */
export async function seedDemo(_db: Db) {
  return { companies: 0, listings: 0 };
}
