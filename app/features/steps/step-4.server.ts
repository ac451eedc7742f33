import { getPlace } from '~/features/overzichtskaart/places.server';
import { RELIABILITY_POINTS } from '~/features/plans/domain';
import { getPlan, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { VisitTable } from '~/lib/db/schema';
import { type GuardedUpdate, nextUpdatedAt, whyNotSaved } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';

// Step 4: visits in the neighbourhood and the reliability checklist. Every query is filtered on
// the organisation and the plan, so an id of another organisation or plan is not found (404).

type PlanScope = Scope & { planId: string };

export type VisitFields = {
  placeId: string | null;
  placeText: string;
  withWhom: string;
  visitOn: string;
  visitTime: string;
  durationMinutes: number | null;
  repeatWeeks: number | null;
  repeatUntil: string | null;
  status: VisitTable['status'];
  parentsBusyWith: string;
  notes: string;
  discussedWithManager: boolean;
  discussedOn: string | null;
};

function rowValues(fields: VisitFields) {
  return {
    ...fields,
    repeatUntil: fields.repeatWeeks ? fields.repeatUntil : null,
    discussedWithManager: fields.discussedWithManager ? 1 : 0,
    discussedOn: fields.discussedWithManager ? fields.discussedOn : null,
  };
}

/** The plan's visits by date, with the name of the linked place. */
export async function listVisits(db: Db, { organisationId, planId }: PlanScope) {
  const rows = await db
    .selectFrom('visit')
    .leftJoin('place', (join) =>
      join
        .onRef('place.id', '=', 'visit.placeId')
        .on('place.organisationId', '=', organisationId)
        .on('place.deletedAt', 'is', null),
    )
    .select([
      'visit.id',
      'visit.placeId',
      'visit.placeText',
      'visit.withWhom',
      'visit.visitOn',
      'visit.visitTime',
      'visit.durationMinutes',
      'visit.repeatWeeks',
      'visit.repeatUntil',
      'visit.discussedWithManager',
      'visit.discussedOn',
      'visit.status',
      'visit.parentsBusyWith',
      'visit.notes',
      'visit.updatedAt',
      'place.name as placeName',
    ])
    .where('visit.planId', '=', planId)
    .where('visit.organisationId', '=', organisationId)
    .orderBy('visit.visitOn')
    .orderBy('visit.visitTime')
    .orderBy('visit.createdAt')
    .execute();
  return rows.map((row) => ({ ...row, discussedWithManager: row.discussedWithManager === 1 }));
}

export type Visit = Awaited<ReturnType<typeof listVisits>>[number];

async function checkPlace(db: Db, organisationId: string, placeId: string | null) {
  if (placeId) await getPlace(db, { organisationId, placeId });
}

export async function createVisit(
  db: Db,
  input: PlanScope & { fields: VisitFields },
): Promise<string> {
  await getPlan(db, input);
  await checkPlace(db, input.organisationId, input.fields.placeId);

  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('visit')
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
 * Saves a visit only when nobody saved it since the form was opened (`updatedAt` is the form's
 * token). Otherwise says whether it was changed or removed meanwhile.
 */
export async function updateVisit(
  db: Db,
  input: PlanScope & { visitId: string; updatedAt: string; fields: VisitFields },
): Promise<GuardedUpdate> {
  await checkPlace(db, input.organisationId, input.fields.placeId);

  return db.transaction().execute(async (trx): Promise<GuardedUpdate> => {
    const result = await trx
      .updateTable('visit')
      .set({ ...rowValues(input.fields), updatedAt: nextUpdatedAt(input.updatedAt) })
      .where('id', '=', input.visitId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .where('updatedAt', '=', input.updatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      return whyNotSaved(trx, 'visit', { ...input, id: input.visitId });
    }
    await touchPlan(trx, input);
    return { ok: true };
  });
}

export async function markVisitDone(db: Db, input: PlanScope & { visitId: string }) {
  await changeVisit(db, input, { status: 'gedaan' });
}

async function changeVisit(
  db: Db,
  input: PlanScope & { visitId: string },
  changes: { status: VisitTable['status'] },
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('visit')
      .set({ ...changes, updatedAt: nowIso() })
      .where('id', '=', input.visitId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

export async function deleteVisit(db: Db, input: PlanScope & { visitId: string }) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('visit')
      .where('id', '=', input.visitId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

export type ReliabilityCheck = { point: string; checked: boolean; notes: string };

/** One entry per reliability point, in the fixed order; points never saved come back empty. */
export async function listReliabilityChecks(
  db: Db,
  { organisationId, planId }: PlanScope,
): Promise<ReliabilityCheck[]> {
  const rows = await db
    .selectFrom('reliabilityCheck')
    .select(['point', 'checked', 'notes'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .execute();
  return RELIABILITY_POINTS.map((point) => {
    const row = rows.find((r) => r.point === point.key);
    return { point: point.key, checked: row?.checked === 1, notes: row?.notes ?? '' };
  });
}

/** Saves all points at once; an upsert per point works the same on SQLite and PostgreSQL. */
export async function saveReliabilityChecks(
  db: Db,
  input: PlanScope & { checks: ReliabilityCheck[] },
) {
  await getPlan(db, input);

  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const check of input.checks) {
      await trx
        .insertInto('reliabilityCheck')
        .values({
          planId: input.planId,
          organisationId: input.organisationId,
          point: check.point,
          checked: check.checked ? 1 : 0,
          notes: check.notes,
          updatedAt: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['planId', 'point'])
            .doUpdateSet({ checked: check.checked ? 1 : 0, notes: check.notes, updatedAt: now })
            .where('reliabilityCheck.organisationId', '=', input.organisationId),
        )
        .execute();
    }
    await touchPlan(trx, input);
  });
}
