import { markStepStarted, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { type GuardedUpdate, nextUpdatedAt, whyNotSaved } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';

// How the results go back to the parents (feedback_action). A plan can only be set to
// "afgerond" once one of these is done; the plan page checks that.

type PlanScope = Scope & { planId: string };

export type FeedbackActionFields = {
  what: string;
  toWhom: string;
  heard: string;
  willDo: string;
  cannotDo: string;
  channel: string;
  plannedOn: string;
  done: boolean;
  doneOn: string | null;
};

export async function listFeedbackActions(db: Db, { organisationId, planId }: PlanScope) {
  const rows = await db
    .selectFrom('feedbackAction')
    .select([
      'id',
      'what',
      'toWhom',
      'heard',
      'willDo',
      'cannotDo',
      'channel',
      'plannedOn',
      'done',
      'doneOn',
      'createdAt',
      'updatedAt',
    ])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .execute();
  return rows.map((row) => ({ ...row, done: Number(row.done) === 1 })).sort(byPlannedDate);
}

export type FeedbackAction = Awaited<ReturnType<typeof listFeedbackActions>>[number];

type Sortable = { plannedOn: string; createdAt: string };

/** Planned ones first, by date; those without a date after them, in the order they were made. */
function byPlannedDate(a: Sortable, b: Sortable): number {
  if (a.plannedOn && b.plannedOn && a.plannedOn !== b.plannedOn) {
    return a.plannedOn < b.plannedOn ? -1 : 1;
  }
  if (Boolean(a.plannedOn) !== Boolean(b.plannedOn)) return a.plannedOn ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

function toRow(fields: FeedbackActionFields) {
  return {
    what: fields.what,
    toWhom: fields.toWhom,
    heard: fields.heard,
    willDo: fields.willDo,
    cannotDo: fields.cannotDo,
    channel: fields.channel,
    plannedOn: fields.plannedOn,
    done: fields.done ? 1 : 0,
    doneOn: fields.done ? fields.doneOn : null,
  };
}

export async function createFeedbackAction(
  db: Db,
  input: PlanScope & { fields: FeedbackActionFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('feedbackAction')
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
    await markStepStarted(trx, { ...input, step: 6 });
  });
  return id;
}

/** Saves only when nobody saved it since the form was opened (`updatedAt` is the form's token). */
export async function updateFeedbackAction(
  db: Db,
  input: PlanScope & { feedbackActionId: string; updatedAt: string; fields: FeedbackActionFields },
): Promise<GuardedUpdate> {
  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('feedbackAction')
      .set({ ...toRow(input.fields), updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.feedbackActionId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'feedbackAction', { ...input, id: input.feedbackActionId });
    }
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 6 });
    return { ok: true };
  });
}

/** Marks one action as done on the given day (the parents heard back). */
export async function markFeedbackActionDone(
  db: Db,
  input: PlanScope & { feedbackActionId: string; doneOn: string },
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('feedbackAction')
      .set({ done: 1, doneOn: input.doneOn, updatedAt: nowIso() })
      .where('id', '=', input.feedbackActionId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 6 });
  });
}

export async function deleteFeedbackAction(
  db: Db,
  input: PlanScope & { feedbackActionId: string },
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('feedbackAction')
      .where('id', '=', input.feedbackActionId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}
