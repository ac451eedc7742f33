import type { Db } from '~/lib/db/database.server';
import { binCutoffIso, nowIso } from '~/lib/db/ids';
import { notFound } from '~/lib/http.server';

// The bin of the organisation's shared records (meeting places, contact persons): removing sets
// `deletedAt`; for 30 days the record can be put back, after that it is removed for good. One
// helper, so places and persons follow the same rules. Every query is filtered on the organisation.

/** The tables whose records go to the bin (each has id, name, organisationId and deletedAt). */
export type BinTable = 'place' | 'contactPerson';

type Target = { organisationId: string; id: string };

/** Puts a record in the bin; 404 when it is not the organisation's or already in the bin. */
export async function moveToBin(db: Db, table: BinTable, { organisationId, id }: Target) {
  const result = await db
    .updateTable(table as 'place')
    .set({ deletedAt: nowIso() })
    .where('id', '=', id)
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

/** Takes a record out of the bin, while its 30 days have not passed. */
export async function restoreFromBin(db: Db, table: BinTable, { organisationId, id }: Target) {
  const result = await db
    .updateTable(table as 'place')
    .set({ deletedAt: null, updatedAt: nowIso() })
    .where('id', '=', id)
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is not', null)
    .where('deletedAt', '>=', binCutoffIso())
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

/** What lies in the bin now, the most recently removed first. */
export async function listBinned(
  db: Db,
  table: BinTable,
  { organisationId }: { organisationId: string },
) {
  return db
    .selectFrom(table as 'place')
    .select(['id', 'name', 'deletedAt'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is not', null)
    .where('deletedAt', '>=', binCutoffIso())
    .orderBy('deletedAt', 'desc')
    .execute();
}
