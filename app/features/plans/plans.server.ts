import type { Db } from '~/lib/db/database.server';
import { binCutoffIso, newId, nowIso } from '~/lib/db/ids';
import type { PlanStatus, StepStatus } from '~/lib/db/schema';
import { notFound } from '~/lib/http.server';
import { readStepStatus, type StepNumber } from './domain';

// Every function takes the organisation id and filters on it: a plan of another organisation
// is simply not found (404), so a forgotten check in a route cannot leak data.

export type Scope = { organisationId: string };

export type AreaInput = { kind: 'wijk' | 'buurt'; code: string | null; name: string };

export async function listPlans(db: Db, { organisationId }: Scope) {
  const rows = await db
    .selectFrom('plan')
    .select(['id', 'title', 'municipalityName', 'status', 'stepStatus', 'updatedAt'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .orderBy('updatedAt', 'desc')
    .execute();
  const areas = await db
    .selectFrom('planArea')
    .innerJoin('plan', 'plan.id', 'planArea.planId')
    .select(['planArea.planId', 'planArea.name', 'planArea.kind'])
    .where('planArea.organisationId', '=', organisationId)
    .where('plan.deletedAt', 'is', null)
    .orderBy('planArea.position')
    .execute();
  return rows.map((row) => ({
    ...row,
    steps: readStepStatus(row.stepStatus),
    areas: areas.filter((a) => a.planId === row.id).map((a) => a.name),
  }));
}

export async function getPlan(db: Db, { organisationId, planId }: Scope & { planId: string }) {
  const plan = await db
    .selectFrom('plan')
    .selectAll()
    .where('id', '=', planId)
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!plan) notFound();
  return { ...plan, steps: readStepStatus(plan.stepStatus) };
}

export type Plan = Awaited<ReturnType<typeof getPlan>>;

export async function listPlanAreas(
  db: Db,
  { organisationId, planId }: Scope & { planId: string },
) {
  return db
    .selectFrom('planArea')
    .select(['id', 'kind', 'code', 'name', 'why', 'notes', 'position'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('position')
    .execute();
}

export async function createPlan(
  db: Db,
  input: Scope & {
    userId: string | null;
    title: string;
    municipalityCode: string;
    municipalityName: string;
    areas: AreaInput[];
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('plan')
      .values({
        id,
        organisationId: input.organisationId,
        title: input.title,
        municipalityCode: input.municipalityCode,
        municipalityName: input.municipalityName,
        status: 'actief',
        learnWhat: '',
        needFor: '',
        ages: '[]',
        circumstances: '[]',
        targetNotes: '',
        stepStatus: '{}',
        planningDiscussedOn: null,
        version: 1,
        createdBy: input.userId,
        responsibleId: input.userId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })
      .execute();
    await insertAreas(trx, {
      organisationId: input.organisationId,
      planId: id,
      areas: input.areas,
      startAt: 0,
    });
  });
  return id;
}

export async function addPlanAreas(db: Db, input: Scope & { planId: string; areas: AreaInput[] }) {
  await getPlan(db, input);
  const existing = await listPlanAreas(db, input);
  const known = new Set(existing.map((a) => `${a.kind}:${a.code ?? a.name.toLowerCase()}`));
  const fresh = input.areas.filter(
    (a) => !known.has(`${a.kind}:${a.code ?? a.name.toLowerCase()}`),
  );
  await db.transaction().execute(async (trx) => {
    await insertAreas(trx, { ...input, areas: fresh, startAt: existing.length });
    await touchPlan(trx, input);
  });
  return fresh.length;
}

async function insertAreas(
  db: Db,
  input: Scope & { planId: string; areas: AreaInput[]; startAt: number },
) {
  if (input.areas.length === 0) return;
  const now = nowIso();
  await db
    .insertInto('planArea')
    .values(
      input.areas.map((area, index) => ({
        id: newId(),
        planId: input.planId,
        organisationId: input.organisationId,
        kind: area.kind,
        code: area.code,
        name: area.name,
        why: '',
        notes: '',
        position: input.startAt + index,
        createdAt: now,
      })),
    )
    .execute();
}

export async function updatePlanArea(
  db: Db,
  input: Scope & { planId: string; areaId: string; why: string; notes: string },
) {
  const result = await db
    .updateTable('planArea')
    .set({ why: input.why, notes: input.notes })
    .where('id', '=', input.areaId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
  await touchPlan(db, input);
}

export async function removePlanArea(db: Db, input: Scope & { planId: string; areaId: string }) {
  await db
    .deleteFrom('planArea')
    .where('id', '=', input.areaId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .execute();
  await touchPlan(db, input);
}

export async function renamePlan(db: Db, input: Scope & { planId: string; title: string }) {
  await updatePlanRow(db, input, { title: input.title });
}

export async function setPlanStatus(db: Db, input: Scope & { planId: string; status: PlanStatus }) {
  await updatePlanRow(db, input, { status: input.status });
  // The retention period counts from when the plan stopped being actief (features/privacy).
  const now = nowIso();
  await db
    .updateTable('plan')
    .set((eb) =>
      input.status === 'actief'
        ? // Reopened: what is added from now on counts again when the plan closes again.
          { closedAt: null, personalDataRemovedAt: null }
        : { closedAt: eb.fn.coalesce('closedAt', eb.val(now)) },
    )
    .where('id', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .execute();
}

export async function setStepStatus(
  db: Db,
  input: Scope & { planId: string; step: StepNumber; status: StepStatus },
) {
  const plan = await getPlan(db, input);
  const steps = { ...plan.steps, [input.step]: input.status };
  await updatePlanRow(db, input, { stepStatus: JSON.stringify(steps) });
}

/** Marks a step "bezig" when the user saves something in it and had not set a status yet. */
export async function markStepStarted(db: Db, input: Scope & { planId: string; step: StepNumber }) {
  const plan = await getPlan(db, input);
  if (plan.steps[input.step] !== 'niet-begonnen') return;
  await setStepStatus(db, { ...input, status: 'bezig' });
}

export async function updateStepOne(
  db: Db,
  input: Scope & {
    planId: string;
    learnWhat: string;
    needFor: string;
    ages: string[];
    circumstances: string[];
    targetNotes: string;
  },
) {
  await updatePlanRow(db, input, {
    learnWhat: input.learnWhat,
    needFor: input.needFor,
    ages: JSON.stringify(input.ages),
    circumstances: JSON.stringify(input.circumstances),
    targetNotes: input.targetNotes,
  });
}

export async function setPlanningDiscussed(
  db: Db,
  input: Scope & { planId: string; discussedOn: string | null },
) {
  await updatePlanRow(db, input, { planningDiscussedOn: input.discussedOn });
}

type PlanChanges = Partial<{
  title: string;
  status: PlanStatus;
  stepStatus: string;
  learnWhat: string;
  needFor: string;
  ages: string;
  circumstances: string;
  targetNotes: string;
  planningDiscussedOn: string | null;
}>;

async function updatePlanRow(db: Db, scope: Scope & { planId: string }, changes: PlanChanges) {
  const result = await db
    .updateTable('plan')
    .set((eb) => ({ ...changes, updatedAt: nowIso(), version: eb('version', '+', 1) }))
    .where('id', '=', scope.planId)
    .where('organisationId', '=', scope.organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

/** Records that something in the plan changed, for the "last changed" order of the list. */
export async function touchPlan(db: Db, scope: Scope & { planId: string }) {
  await db
    .updateTable('plan')
    .set({ updatedAt: nowIso() })
    .where('id', '=', scope.planId)
    .where('organisationId', '=', scope.organisationId)
    .execute();
}

export async function movePlanToBin(db: Db, input: Scope & { planId: string }) {
  await getPlan(db, input);
  await db
    .updateTable('plan')
    .set({ deletedAt: nowIso() })
    .where('id', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .execute();
}

export async function restorePlan(db: Db, input: Scope & { planId: string }) {
  const result = await db
    .updateTable('plan')
    .set({ deletedAt: null, updatedAt: nowIso() })
    .where('id', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is not', null)
    .where('deletedAt', '>=', binCutoffIso())
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

export async function listBinnedPlans(db: Db, { organisationId }: Scope) {
  return db
    .selectFrom('plan')
    .select(['id', 'title', 'municipalityName', 'deletedAt'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is not', null)
    .where('deletedAt', '>=', binCutoffIso())
    .orderBy('deletedAt', 'desc')
    .execute();
}

/** Removes for good what lay in the bin longer than 30 days. */
export async function emptyExpiredBin(db: Db, { organisationId }: Scope) {
  const cutoff = binCutoffIso();
  await db
    .deleteFrom('plan')
    .where('organisationId', '=', organisationId)
    .where('deletedAt', '<', cutoff)
    .execute();
  await db
    .deleteFrom('place')
    .where('organisationId', '=', organisationId)
    .where('deletedAt', '<', cutoff)
    .execute();
}
