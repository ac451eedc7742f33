import { markStepStarted, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { nextUpdatedAt } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';
import { readChecklist } from './session-checklist';
import type { SessionFields } from './session-schema';

// Sessions of step 5. Every query is filtered by organisation and plan: another organisation's
// ids are simply not found.

type PlanScope = Scope & { planId: string };

const COLUMNS = [
  'id',
  'method',
  'title',
  'date',
  'startTime',
  'endTime',
  'place',
  'expectedParents',
  'languageSupport',
  'childcare',
  'accessibility',
  'compensation',
  'invitationText',
  'checklist',
  'attendedParents',
  'notesAfter',
  'updatedAt',
] as const;

export async function listSessions(db: Db, { organisationId, planId }: PlanScope) {
  const rows = await db
    .selectFrom('workSession')
    .select(COLUMNS)
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('date')
    .orderBy('startTime')
    .orderBy('id')
    .execute();
  return rows.map(readRow);
}

export type Session = Awaited<ReturnType<typeof listSessions>>[number];

export async function getSession(
  db: Db,
  { organisationId, planId, sessionId }: PlanScope & { sessionId: string },
): Promise<Session> {
  const row = await db
    .selectFrom('workSession')
    .select(COLUMNS)
    .where('id', '=', sessionId)
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  if (!row) notFound();
  return readRow(row);
}

export async function createSession(
  db: Db,
  input: PlanScope & { fields: SessionFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('workSession')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        ...toRow(input.fields),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 5 });
  });
  return id;
}

/**
 * Saves only when nobody saved the session since the form was opened (`updatedAt` is the form's
 * token). Answers 'changed' otherwise; a session that is gone is a 404.
 */
export async function updateSession(
  db: Db,
  input: PlanScope & { sessionId: string; updatedAt: string; fields: SessionFields },
): Promise<{ ok: true } | { ok: false; reason: 'changed' }> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('workSession')
      .set({ ...toRow(input.fields), updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.sessionId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      await getSession(trx, input);
      return { ok: false as const, reason: 'changed' as const };
    }
    await touchPlan(trx, input);
    return { ok: true as const };
  });
}

export async function deleteSession(db: Db, input: PlanScope & { sessionId: string }) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('workSession')
      .where('id', '=', input.sessionId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

function toRow(fields: SessionFields) {
  return { ...fields, checklist: JSON.stringify(fields.checklist) };
}

function readRow<
  T extends { checklist: string; expectedParents: unknown; attendedParents: unknown },
>(row: T) {
  return {
    ...row,
    checklist: readChecklist(row.checklist),
    // PostgreSQL may hand integers back as strings through some drivers; keep numbers.
    expectedParents: row.expectedParents === null ? null : Number(row.expectedParents),
    attendedParents: row.attendedParents === null ? null : Number(row.attendedParents),
  };
}
