import type { Db } from '../../lib/db/database.server.ts';
import { nowIso } from '../../lib/db/ids.ts';

/** Months after a plan is afgerond or gearchiveerd before its personal data is removed. */
export const DEFAULT_RETENTION_MONTHS = 12;

export async function getRetentionMonths(
  db: Db,
  { organisationId }: { organisationId: string },
): Promise<number> {
  const row = await db
    .selectFrom('organisationSetting')
    .select('retentionMonths')
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

export async function setRetentionMonths(
  db: Db,
  input: { organisationId: string; months: number },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('organisationSetting')
    .values({
      organisationId: input.organisationId,
      retentionMonths: input.months,
      updatedAt: now,
    })
    .onConflict((oc) =>
      oc.column('organisationId').doUpdateSet({ retentionMonths: input.months, updatedAt: now }),
    )
    .execute();
}
