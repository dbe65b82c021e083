// Running a transaction without reaching for the query builder: the DAL orchestrates transactions
// and passes the `tx` handle into db/queries functions, which do the SQL.
import { getDb, type Db, type Tx } from './client';

/** Runs `work` in one transaction on `db` (the app's database by default); rolled back if it throws. */
export function inTransaction<T>(work: (tx: Tx) => Promise<T>, db: Db = getDb()): Promise<T> {
  return db.transaction(work);
}
