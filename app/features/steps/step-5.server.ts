import { markStepStarted, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { InsightTable } from '~/lib/db/schema';
import { type GuardedUpdate, nextUpdatedAt, whyNotSaved } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';

// Ways of working together (work_method) and what was learned (insight) in step 5. Every query
// is filtered by organisation and plan: another organisation's ids are simply not found.

type PlanScope = Scope & { planId: string };

export type WorkMethodFields = {
  method: string;
  whenText: string;
  withWhom: string;
  learnGoal: string;
  notes: string;
};

export type InsightFields = {
  kind: InsightTable['kind'];
  text: string;
  theme: string;
  workMethodId: string | null;
};

export async function listWorkMethods(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('workMethod')
    .select(['id', 'method', 'whenText', 'withWhom', 'learnGoal', 'notes', 'updatedAt'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export type WorkMethod = Awaited<ReturnType<typeof listWorkMethods>>[number];

export async function createWorkMethod(
  db: Db,
  input: PlanScope & { fields: WorkMethodFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('workMethod')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        ...input.fields,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 5 });
  });
  return id;
}

/** Saves only when nobody saved it since the form was opened (`updatedAt` is the form's token). */
export async function updateWorkMethod(
  db: Db,
  input: PlanScope & { workMethodId: string; updatedAt: string; fields: WorkMethodFields },
): Promise<GuardedUpdate> {
  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('workMethod')
      .set({ ...input.fields, updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.workMethodId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'workMethod', { ...input, id: input.workMethodId });
    }
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 5 });
    return { ok: true };
  });
}

/** Deletes a work method; its insights stay, without the link to it. */
export async function deleteWorkMethod(db: Db, input: PlanScope & { workMethodId: string }) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('insight')
      .set({ workMethodId: null })
      .where('workMethodId', '=', input.workMethodId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .execute();
    const result = await trx
      .deleteFrom('workMethod')
      .where('id', '=', input.workMethodId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

export async function listInsights(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('insight')
    .select(['id', 'kind', 'text', 'theme', 'workMethodId', 'updatedAt'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export type Insight = Awaited<ReturnType<typeof listInsights>>[number];

/** Whether a work method id belongs to this plan, so an insight can link to it. */
export async function hasWorkMethod(
  db: Db,
  { organisationId, planId, workMethodId }: PlanScope & { workMethodId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('workMethod')
    .select('id')
    .where('id', '=', workMethodId)
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function createInsight(
  db: Db,
  input: PlanScope & { fields: InsightFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('insight')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        ...input.fields,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 5 });
  });
  return id;
}

/** Saves only when nobody saved it since the form was opened (`updatedAt` is the form's token). */
export async function updateInsight(
  db: Db,
  input: PlanScope & { insightId: string; updatedAt: string; fields: InsightFields },
): Promise<GuardedUpdate> {
  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('insight')
      .set({ ...input.fields, updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.insightId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'insight', { ...input, id: input.insightId });
    }
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 5 });
    return { ok: true };
  });
}

export async function deleteInsight(db: Db, input: PlanScope & { insightId: string }) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('insight')
      .where('id', '=', input.insightId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}
