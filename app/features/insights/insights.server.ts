import { markStepStarted, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { InsightTable } from '~/lib/db/schema';
import { nextUpdatedAt } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';

// The insights board: what parents told us, with its source, theme and quote, and whether it
// goes back to them in step 6. Same table as the short insights of step 5 (insight). Every query
// is filtered by organisation and plan.

type PlanScope = Scope & { planId: string };

export type BoardInsightFields = {
  kind: InsightTable['kind'];
  text: string;
  theme: string;
  quote: string;
  sourceKind: string;
  sourceText: string;
  sessionId: string | null;
  reportBack: boolean;
};

export async function listBoardInsights(db: Db, { organisationId, planId }: PlanScope) {
  const rows = await db
    .selectFrom('insight')
    .leftJoin('workSession', (join) =>
      join
        .onRef('workSession.id', '=', 'insight.sessionId')
        .on('workSession.organisationId', '=', organisationId),
    )
    .select([
      'insight.id',
      'insight.kind',
      'insight.text',
      'insight.theme',
      'insight.quote',
      'insight.sourceKind',
      'insight.sourceText',
      'insight.sessionId',
      'insight.reportBack',
      'insight.createdAt',
      'insight.updatedAt',
      'workSession.title as sessionTitle',
      'workSession.method as sessionMethod',
      'workSession.date as sessionDate',
    ])
    .where('insight.planId', '=', planId)
    .where('insight.organisationId', '=', organisationId)
    .orderBy('insight.createdAt')
    .orderBy('insight.id')
    .execute();
  return rows.map((row) => ({ ...row, reportBack: Number(row.reportBack) === 1 }));
}

export type BoardInsight = Awaited<ReturnType<typeof listBoardInsights>>[number];

/** Whether a session belongs to this plan, so an insight can name it as its source. */
export async function isPlanSession(
  db: Db,
  { organisationId, planId, sessionId }: PlanScope & { sessionId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('workSession')
    .select('id')
    .where('id', '=', sessionId)
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function createBoardInsight(
  db: Db,
  input: PlanScope & { fields: BoardInsightFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const { reportBack, ...fields } = input.fields;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('insight')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        workMethodId: null,
        ...fields,
        reportBack: reportBack ? 1 : 0,
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
 * Saves the board's fields of an insight, only when nobody saved it since the form was opened
 * (`updatedAt` is the form's token). Returns false when it was changed or removed meanwhile.
 */
export async function updateBoardInsight(
  db: Db,
  input: PlanScope & { insightId: string; updatedAt: string; fields: BoardInsightFields },
): Promise<boolean> {
  const { reportBack, ...fields } = input.fields;
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('insight')
      .set({ ...fields, reportBack: reportBack ? 1 : 0, updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.insightId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await touchPlan(trx, input);
    return true;
  });
}

/** Marks an insight to report back to the parents in step 6, or takes the mark away. */
export async function markInsightReportBack(
  db: Db,
  input: PlanScope & { insightId: string; reportBack: boolean },
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('insight')
      .set({ reportBack: input.reportBack ? 1 : 0, updatedAt: nowIso() })
      .where('id', '=', input.insightId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}
