import { getPlace } from '~/features/overzichtskaart/places.server';
import { getPlan, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { ContactMomentTable } from '~/lib/db/schema';
import { type GuardedUpdate, nextUpdatedAt, whyNotSaved } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';

// The planning of step 3: whom to contact and when. Every query is filtered on the organisation
// and the plan, so an id of another organisation or plan is simply not found (404).

type PlanScope = Scope & { planId: string };

export type ContactMomentFields = {
  placeId: string | null;
  withWhom: string;
  plannedOn: string;
  plannedTime: string;
  purpose: string;
  status: ContactMomentTable['status'];
  discussedWithManager: boolean;
  discussedOn: string | null;
  durationMinutes: number | null;
  repeatWeeks: number | null;
  repeatUntil: string | null;
};

/** The plan's contact moments by date and time, with the name of the linked place. */
export async function listContactMoments(db: Db, { organisationId, planId }: PlanScope) {
  const rows = await db
    .selectFrom('contactMoment')
    .leftJoin('place', (join) =>
      join
        .onRef('place.id', '=', 'contactMoment.placeId')
        .on('place.organisationId', '=', organisationId)
        .on('place.deletedAt', 'is', null),
    )
    .select([
      'contactMoment.id',
      'contactMoment.placeId',
      'contactMoment.withWhom',
      'contactMoment.plannedOn',
      'contactMoment.plannedTime',
      'contactMoment.purpose',
      'contactMoment.status',
      'contactMoment.discussedWithManager',
      'contactMoment.discussedOn',
      'contactMoment.durationMinutes',
      'contactMoment.repeatWeeks',
      'contactMoment.repeatUntil',
      'contactMoment.updatedAt',
      'place.name as placeName',
    ])
    .where('contactMoment.planId', '=', planId)
    .where('contactMoment.organisationId', '=', organisationId)
    .orderBy('contactMoment.plannedOn')
    .orderBy('contactMoment.plannedTime')
    .orderBy('contactMoment.createdAt')
    .execute();
  return rows.map((row) => ({ ...row, discussedWithManager: row.discussedWithManager === 1 }));
}

export type ContactMoment = Awaited<ReturnType<typeof listContactMoments>>[number];

/** A place linked from a form must be a place of this organisation (else 404). */
async function checkPlace(db: Db, organisationId: string, placeId: string | null) {
  if (placeId) await getPlace(db, { organisationId, placeId });
}

function rowValues(fields: ContactMomentFields) {
  return {
    placeId: fields.placeId,
    withWhom: fields.withWhom,
    plannedOn: fields.plannedOn,
    plannedTime: fields.plannedTime,
    purpose: fields.purpose,
    status: fields.status,
    discussedWithManager: fields.discussedWithManager ? 1 : 0,
    discussedOn: fields.discussedWithManager ? fields.discussedOn : null,
    durationMinutes: fields.durationMinutes,
    repeatWeeks: fields.repeatWeeks,
    repeatUntil: fields.repeatWeeks ? fields.repeatUntil : null,
  };
}

export async function createContactMoment(
  db: Db,
  input: PlanScope & { fields: ContactMomentFields },
): Promise<string> {
  await getPlan(db, input);
  await checkPlace(db, input.organisationId, input.fields.placeId);

  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('contactMoment')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        ...rowValues(input.fields),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
  });
  return id;
}

/**
 * Saves a contact moment only when nobody saved it since the form was opened (`updatedAt` is the
 * form's token). Otherwise says whether it was changed or removed meanwhile.
 */
export async function updateContactMoment(
  db: Db,
  input: PlanScope & { contactMomentId: string; updatedAt: string; fields: ContactMomentFields },
): Promise<GuardedUpdate> {
  await checkPlace(db, input.organisationId, input.fields.placeId);

  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('contactMoment')
      .set({ ...rowValues(input.fields), updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.contactMomentId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'contactMoment', { ...input, id: input.contactMomentId });
    }
    await touchPlan(trx, input);
    return { ok: true };
  });
}

export async function deleteContactMoment(db: Db, input: PlanScope & { contactMomentId: string }) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('contactMoment')
      .where('id', '=', input.contactMomentId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}
