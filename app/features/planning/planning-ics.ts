import { loadPlanContext } from '~/features/plans/plan-context.server';
import type { Route } from './+types/planning-ics';
import { buildCalendar, calendarFileName, calendarResponse } from './calendar.server';
import { listPlanningItems } from './planning-items.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);

  const items = await listPlanningItems(db, scope);
  const body = buildCalendar({ name: `Planning: ${plan.title}`, items });
  return calendarResponse(body, calendarFileName(`planning ${plan.title}`));
}
