import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/feed-ics';
import { buildCalendar, calendarResponse } from './calendar.server';
import { findCalendarFeed, isCalendarFeedMember } from './calendar-feed.server';
import { listOrganisationPlanningItems } from './planning-items.server';

const FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

/**
 * The private subscription `/agenda/{token}.ics`. Calendar programs fetch it without a session,
 * so the token is the only key; an unknown or renewed token, or one of a person who is no longer
 * a member of the organisation, answers 404.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const match = FILE.exec(params.file);
  if (!match?.[1]) return new Response('Dit agenda-adres bestaat niet (meer).', { status: 404 });
  const { database } = await getRuntime();
  const feed = await findCalendarFeed(database.db, { token: match[1] });
  if (!feed || !(await isCalendarFeedMember(database.raw, feed))) {
    return new Response('Dit agenda-adres bestaat niet (meer).', { status: 404 });
  }

  const items = await listOrganisationPlanningItems(database.db, {
    organisationId: feed.organisationId,
  });
  const body = buildCalendar({ name: 'Ouders in de wijk', items });
  return calendarResponse(body, null);
}
