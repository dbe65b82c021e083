// Row counts of every table of the app's schema, to show that a refused input wrote nothing.
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/** Tables a refusal may still grow: refusals are audited (audit_log) and rate-limited (rate_limits). */
export const GROW_ON_REFUSAL = new Set(['audit_log', 'rate_limits']);

let tables: string[] | undefined;

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  if (!tables) {
    const listed: unknown = await db.execute(
      sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
    );
    tables = (listed as { rows: { table_name: string }[] }).rows.map((r) => r.table_name).filter((t) => !GROW_ON_REFUSAL.has(t) && !t.startsWith('__drizzle'));
  }
  const union = tables.map((t) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(' union all ');
  const counted: unknown = await db.execute(sql.raw(union));
  const { rows } = counted as { rows: { t: string; n: number }[] };
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}
