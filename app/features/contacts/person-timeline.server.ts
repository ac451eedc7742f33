import { DateTime } from 'luxon';
import { ZONE } from '~/features/planning/occurrences';
import { CONTACT_MOMENT_STATUSES, labelOf, VISIT_STATUSES } from '~/features/plans/domain';
import { CHANNELS } from '~/features/trust/trust-schemas';
import type { Db } from '~/lib/db/database.server';
import { EVENT_KINDS } from './contact-schemas';
import { listContactEvents } from './contacts.server';
import { mentionsName } from './names';

// A person's timeline: what was logged by hand on the person's page, together with the contact
// moments (step 3), visits (step 4) and incoming contacts (trust page) of the organisation's
// plans that name the person in "met wie" or "wie". Nothing is copied: the planning stays the
// one place where an appointment is kept, and its changes show here at once.

type Scope = { organisationId: string };

export type TimelineEntry = {
  key: string;
  /** yyyy-mm-dd in Europe/Amsterdam. */
  date: string;
  time: string;
  label: string;
  summary: string;
  /** Where the entry is kept, when it is not the person's own page. */
  link: { to: string; text: string } | null;
};

export async function listPersonTimeline(
  db: Db,
  input: Scope & { personId: string; personName: string },
): Promise<TimelineEntry[]> {
  const { organisationId, personName } = input;
  const names = (text: string) => mentionsName(text, personName);

  const events = (await listContactEvents(db, input)).map(
    (event): TimelineEntry => ({
      key: `event-${event.id}`,
      date: event.happenedOn,
      time: '',
      label: EVENT_KINDS.find((k) => k.key === event.kind)?.label ?? event.kind,
      summary: event.summary,
      link: null,
    }),
  );

  const moments = await db
    .selectFrom('contactMoment')
    .innerJoin('plan', 'plan.id', 'contactMoment.planId')
    .select([
      'contactMoment.id',
      'contactMoment.planId',
      'contactMoment.withWhom',
      'contactMoment.plannedOn',
      'contactMoment.plannedTime',
      'contactMoment.purpose',
      'contactMoment.status',
      'plan.title as planTitle',
    ])
    .where('contactMoment.organisationId', '=', organisationId)
    .where('plan.organisationId', '=', organisationId)
    .where('plan.deletedAt', 'is', null)
    .execute();

  const visits = await db
    .selectFrom('visit')
    .innerJoin('plan', 'plan.id', 'visit.planId')
    .select([
      'visit.id',
      'visit.planId',
      'visit.withWhom',
      'visit.placeText',
      'visit.visitOn',
      'visit.visitTime',
      'visit.status',
      'plan.title as planTitle',
    ])
    .where('visit.organisationId', '=', organisationId)
    .where('plan.organisationId', '=', organisationId)
    .where('plan.deletedAt', 'is', null)
    .execute();

  const incoming = await db
    .selectFrom('incomingContact')
    .innerJoin('plan', 'plan.id', 'incomingContact.planId')
    .select([
      'incomingContact.id',
      'incomingContact.planId',
      'incomingContact.fromWhom',
      'incomingContact.receivedAt',
      'incomingContact.channel',
      'incomingContact.about',
      'plan.title as planTitle',
    ])
    .where('incomingContact.organisationId', '=', organisationId)
    .where('plan.organisationId', '=', organisationId)
    .where('plan.deletedAt', 'is', null)
    .execute();

  const entries: TimelineEntry[] = [
    ...events,
    ...moments
      .filter((m) => names(m.withWhom))
      .map((m) => ({
        key: `contactmoment-${m.id}`,
        date: m.plannedOn,
        time: m.plannedTime,
        label: `Contactmoment (${labelOf(CONTACT_MOMENT_STATUSES, m.status).toLowerCase()})`,
        summary: m.purpose,
        link: {
          to: `/plannen/${m.planId}/stap/3#contactmoment-${m.id}`,
          text: `Plan: ${m.planTitle}`,
        },
      })),
    ...visits
      .filter((v) => names(v.withWhom))
      .map((v) => ({
        key: `bezoek-${v.id}`,
        date: v.visitOn,
        time: v.visitTime,
        label: `Bezoek (${labelOf(VISIT_STATUSES, v.status).toLowerCase()})`,
        summary: v.placeText,
        link: { to: `/plannen/${v.planId}/stap/4#bezoek-${v.id}`, text: `Plan: ${v.planTitle}` },
      })),
    ...incoming
      .filter((i) => names(i.fromWhom))
      .map((i) => {
        const at = DateTime.fromISO(i.receivedAt, { zone: 'utc' }).setZone(ZONE);
        const channel = CHANNELS.find((c) => c.key === i.channel)?.label ?? i.channel;
        return {
          key: `binnen-${i.id}`,
          date: at.toISODate() ?? '',
          time: at.toFormat('HH:mm'),
          label: `Zocht contact: ${channel.toLowerCase()}`,
          summary: i.about,
          link: {
            to: `/plannen/${i.planId}/vertrouwen#binnengekomen`,
            text: `Plan: ${i.planTitle}`,
          },
        };
      }),
  ];
  // Newest first; within a day the later time first, an entry without time last.
  return entries.sort((a, b) =>
    `${b.date} ${b.time || '00:00'}`.localeCompare(`${a.date} ${a.time || '00:00'}`),
  );
}
