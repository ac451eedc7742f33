import { loadPlanContext } from '~/features/plans/plan-context.server';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/item-ics';
import { buildCalendar, calendarFileName, calendarResponse } from './calendar.server';
import { getPlanningItem, type PlanningKind } from './planning-items.server';

const FILE = /^(contactmoment|bezoek|bijeenkomst)-([A-Za-z0-9-]{1,64})\.ics$/;

/** One appointment as its own file: `/plannen/{id}/agenda/contactmoment-{id}.ics`, `bezoek-` or `bijeenkomst-`. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const match = FILE.exec(params.file);
  if (!match) notFound();

  const [, kind, id] = match as unknown as [string, PlanningKind, string];
  const item = await getPlanningItem(db, { ...scope, kind, id });
  const body = buildCalendar({ name: item.summary, items: [item] });
  return calendarResponse(body, calendarFileName(`${item.summary} ${item.date}`));
}
