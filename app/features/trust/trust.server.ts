import { getPlan, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { CompensationForm, IncomingChannel, PromiseStatus } from '~/lib/db/schema';
import { type GuardedUpdate, nextUpdatedAt, whyNotSaved } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';

// Trust: incoming contacts and their answer time, and promises. Every query is filtered on the
// organisation and the plan, so another organisation's id is simply not found (404).

type Scope = { organisationId: string };
type PlanScope = Scope & { planId: string };

export const DEFAULT_ANSWER_TARGET_DAYS = 1;

export async function getAnswerTarget(db: Db, { organisationId }: Scope): Promise<number> {
  const row = await db
    .selectFrom('organisationSetting')
    .select('answerTargetDays')
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row?.answerTargetDays ?? DEFAULT_ANSWER_TARGET_DAYS;
}

export async function setAnswerTarget(db: Db, input: Scope & { days: number }) {
  const now = nowIso();
  await db
    .insertInto('organisationSetting')
    .values({ organisationId: input.organisationId, answerTargetDays: input.days, updatedAt: now })
    .onConflict((oc) =>
      oc.column('organisationId').doUpdateSet({ answerTargetDays: input.days, updatedAt: now }),
    )
    .execute();
}

export async function listIncomingContacts(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('incomingContact')
    .select(['id', 'receivedAt', 'channel', 'fromWhom', 'about', 'answeredAt'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('receivedAt', 'desc')
    .execute();
}

/** When each incoming contact of the organisation came in and was answered, per plan. */
export async function listOrganisationAnswerTimes(
  db: Db,
  { organisationId }: { organisationId: string },
) {
  return db
    .selectFrom('incomingContact')
    .select(['planId', 'receivedAt', 'answeredAt'])
    .where('organisationId', '=', organisationId)
    .execute();
}

export async function createIncomingContact(
  db: Db,
  input: PlanScope & {
    fields: { receivedAt: string; channel: IncomingChannel; fromWhom: string; about: string };
  },
) {
  await getPlan(db, input);

  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('incomingContact')
      .values({
        id: newId(),
        planId: input.planId,
        organisationId: input.organisationId,
        ...input.fields,
        answeredAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
  });
}

export async function answerIncomingContact(
  db: Db,
  input: PlanScope & { incomingId: string; answeredAt: string },
) {
  const result = await db
    .updateTable('incomingContact')
    .set({ answeredAt: input.answeredAt, updatedAt: nowIso() })
    .where('id', '=', input.incomingId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

export async function listPromises(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('promise')
    .select(['id', 'what', 'toWhom', 'dueOn', 'status', 'howKept', 'updatedAt'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('dueOn')
    .orderBy('createdAt')
    .execute();
}

/** The open promises of the organisation, per plan, with their dates. */
export async function listOrganisationOpenPromises(
  db: Db,
  { organisationId }: { organisationId: string },
) {
  return db
    .selectFrom('promise')
    .select(['planId', 'dueOn'])
    .where('organisationId', '=', organisationId)
    .where('status', '=', 'open')
    .execute();
}

export type PromiseFields = { what: string; toWhom: string; dueOn: string };

export async function createPromise(db: Db, input: PlanScope & { fields: PromiseFields }) {
  await getPlan(db, input);

  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('promise')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        ...input.fields,
        status: 'open',
        howKept: '',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
  });
  return id;
}

/** Saves what was promised, to whom and by when, while the token still matches. */
export async function updatePromise(
  db: Db,
  input: PlanScope & { promiseId: string; updatedAt: string; fields: PromiseFields },
): Promise<GuardedUpdate> {
  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('promise')
      .set({ ...input.fields, updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.promiseId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'promise', { ...input, id: input.promiseId });
    }
    await touchPlan(trx, input);
    return { ok: true };
  });
}

export async function deletePromise(db: Db, input: PlanScope & { promiseId: string }) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('promise')
      .where('id', '=', input.promiseId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

export async function closePromise(
  db: Db,
  input: PlanScope & { promiseId: string; status: PromiseStatus; howKept: string },
) {
  const result = await db
    .updateTable('promise')
    .set({ status: input.status, howKept: input.howKept, updatedAt: nowIso() })
    .where('id', '=', input.promiseId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

export async function listCompensations(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('compensation')
    .select(['id', 'activity', 'form', 'amountCents', 'agreedWith', 'paidOn', 'updatedAt'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .execute();
}

export type CompensationFields = {
  activity: string;
  form: CompensationForm;
  amountCents: number;
  agreedWith: string;
  paidOn: string | null;
};

export async function createCompensation(
  db: Db,
  input: PlanScope & { fields: CompensationFields },
): Promise<string> {
  await getPlan(db, input);

  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('compensation')
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
  });
  return id;
}

/** Saves a compensation agreement while the token still matches. */
export async function updateCompensation(
  db: Db,
  input: PlanScope & { compensationId: string; updatedAt: string; fields: CompensationFields },
): Promise<GuardedUpdate> {
  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('compensation')
      .set({ ...input.fields, updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.compensationId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'compensation', { ...input, id: input.compensationId });
    }
    await touchPlan(trx, input);
    return { ok: true };
  });
}

export async function deleteCompensation(db: Db, input: PlanScope & { compensationId: string }) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('compensation')
      .where('id', '=', input.compensationId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

export async function markCompensationPaid(
  db: Db,
  input: PlanScope & { compensationId: string; paidOn: string },
) {
  const result = await db
    .updateTable('compensation')
    .set({ paidOn: input.paidOn, updatedAt: nowIso() })
    .where('id', '=', input.compensationId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}
