import type { Db } from './database.server';

/** Runs `work` in a transaction, or in the caller's transaction when `db` already is one. */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
