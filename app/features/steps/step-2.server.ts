import {
  type AreaInput,
  addPlanAreas,
  listPlanAreas,
  markStepStarted,
  removePlanArea,
  type Scope,
  updatePlanArea,
} from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { notFound } from '~/lib/http.server';

type PlanScope = Scope & { planId: string };

export type AreaNotes = { areaId: string; why: string; notes: string };

/** Adds areas that are not on the plan yet; returns how many were new. */
export async function addAreasToPlan(db: Db, input: PlanScope & { areas: AreaInput[] }) {
  const added = await addPlanAreas(db, input);
  if (added > 0) await markStepStarted(db, { ...input, step: 2 });
  return added;
}

/** Saves "why this area" and the notes of several areas at once (404 if one is not the plan's). */
export async function saveAreaNotes(db: Db, input: PlanScope & { notes: AreaNotes[] }) {
  await db.transaction().execute(async (trx) => {
    for (const area of input.notes) {
      await updatePlanArea(trx, { ...input, ...area });
    }
    await markStepStarted(trx, { ...input, step: 2 });
  });
}

/** Takes an area off the plan; 404 when it is not one of the plan's areas. */
export async function removeAreaFromPlan(db: Db, input: PlanScope & { areaId: string }) {
  const areas = await listPlanAreas(db, input);
  const area = areas.find((a) => a.id === input.areaId);
  if (!area) notFound();
  await db.transaction().execute(async (trx) => {
    await removePlanArea(trx, input);
    await markStepStarted(trx, { ...input, step: 2 });
  });
  return area.name;
}
