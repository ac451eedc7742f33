import { listPlanningItems } from '~/features/planning/planning-items.server';
import { weekDays } from '~/features/planning/planning-views';
import { listPlans } from '~/features/plans/plans.server';
import { getAnswerTarget, listIncomingContacts, listPromises } from '~/features/trust/trust.server';
import { answerState } from '~/features/trust/working-days';
import type { Db } from '~/lib/db/database.server';

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
  const rows = [];
  for (const plan of plans) {
    const scope = { organisationId, planId: plan.id };
    const items = await listPlanningItems(db, scope);
    const thisWeek = weekDays(items, today, today).flatMap((day) =>
      day.entries.map((entry) => ({
        key: `${entry.item.kind}-${entry.item.id}-${entry.date}`,
        date: entry.date,
        time: entry.time,
        summary: entry.item.summary,
      })),
    );
    const incoming = await listIncomingContacts(db, scope);
    const lateAnswers = incoming.filter(
      (entry) => answerState(entry, targetDays, now) === 'te-laat',
    ).length;
    const promises = (await listPromises(db, scope)).filter((p) => p.status === 'open');
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
