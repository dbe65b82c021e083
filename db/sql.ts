// SQL fragments shared by queries (db/queries/*) and the visibility rules (lib/policy/*).
import { sql, type SQL } from 'drizzle-orm';

/** A short list of uuids as `array[$1, $2, …]::uuid[]`: one bind parameter per id, so the planner
 * sees how many there are (a viewer's firms and networks in the visibility rules). */
export const uuidArray = (ids: readonly string[]): SQL =>
  ids.length === 0
    ? sql`array[]::uuid[]`
    : sql`array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`;

/** A long list of uuids as ONE bind parameter (`$1::uuid[]`): batches of thousands (a refresh's
 * listings) stay far from the protocol's parameter limit and keep one prepared statement. */
export const uuidArrayParam = (ids: readonly string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;
