import {
  listOrganisationPlanningItems,
  type PlanningItem,
} from '~/features/planning/planning-items.server';
import { weekDays } from '~/features/planning/planning-views';
import { listPlans } from '~/features/plans/plans.server';
import {
  getAnswerTarget,
  listOrganisationAnswerTimes,
  listOrganisationOpenPromises,
} from '~/features/trust/trust.server';
import { answerState } from '~/features/trust/working-days';
import type { Db } from '~/lib/db/database.server';

function byPlan<T extends { planId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.planId);
    if (group) group.push(row);
    else groups.set(row.planId, [row]);
  }
  return groups;
}

/**
 * Per active plan of the organisation: the steps, this week's contacts and visits, incoming
 * contacts waiting too long for an answer, and open promises (the trust page's own data).
 */
export async function listPlanOverview(
  db: Db,
  { organisationId, today, now }: { organisationId: string; today: string; now: Date },
) {
  const plans = (await listPlans(db, { organisationId })).filter((p) => p.status === 'actief');
  const targetDays = await getAnswerTarget(db, { organisationId });
  // Three queries for the whole organisation instead of five per plan.
  const itemsByPlan = byPlan<PlanningItem>(
    await listOrganisationPlanningItems(db, { organisationId }),
  );
  const incomingByPlan = byPlan(await listOrganisationAnswerTimes(db, { organisationId }));
  const promisesByPlan = byPlan(await listOrganisationOpenPromises(db, { organisationId }));
  const rows = [];
  for (const plan of plans) {
    const items = itemsByPlan.get(plan.id) ?? [];
    const thisWeek = weekDays(items, today, today).flatMap((day) =>
      day.entries.map((entry) => ({
        key: `${entry.item.kind}-${entry.item.id}-${entry.date}`,
        date: entry.date,
        time: entry.time,
        summary: entry.item.summary,
        kind: entry.item.kind,
        purpose: entry.item.purpose,
        cancelled: entry.item.cancelled,
      })),
    );
    const incoming = incomingByPlan.get(plan.id) ?? [];
    const lateAnswers = incoming.filter(
      (entry) => answerState(entry, targetDays, now) === 'te-laat',
    ).length;
    const promises = promisesByPlan.get(plan.id) ?? [];
    rows.push({
      id: plan.id,
      title: plan.title,
      municipalityName: plan.municipalityName,
      areas: plan.areas,
      steps: plan.steps,
      thisWeek,
      lateAnswers,
      openPromises: promises.length,
      latePromises: promises.filter((p) => p.dueOn < today).length,
    });
  }
  return rows;
}
