import { labelOf, METHODS } from '~/features/plans/domain';
import type { Db } from '~/lib/db/database.server';
import { notFound } from '~/lib/http.server';
import type { CalendarItem } from './calendar.server';

// The plan's appointments as calendar items: contact moments (step 3), visits (step 4) and
// sessions (step 5). One shape for the calendar files and the planning views. Every query is
// filtered on organisation.

export type PlanningKind = 'contactmoment' | 'bezoek' | 'bijeenkomst';

export type PlanningItem = CalendarItem & {
  kind: PlanningKind;
  id: string;
  planId: string;
  planTitle: string;
  status: string;
  withWhom: string;
  placeName: string;
  purpose: string;
  discussedOn: string | null;
};

type Filter = { organisationId: string; planId?: string; kind?: PlanningKind; id?: string };

const UID_DOMAIN = 'ouders-in-de-wijk';

function placeLocation(place: {
  placeName: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
}) {
  if (!place.placeName) return '';
  const street = [place.address, [place.postcode, place.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return street ? `${place.placeName}, ${street}` : place.placeName;
}

async function contactMomentItems(db: Db, filter: Filter): Promise<PlanningItem[]> {
  let query = db
    .selectFrom('contactMoment')
    .innerJoin('plan', (join) =>
      join
        .onRef('plan.id', '=', 'contactMoment.planId')
        .on('plan.organisationId', '=', filter.organisationId)
        .on('plan.deletedAt', 'is', null),
    )
    .leftJoin('place', (join) =>
      join
        .onRef('place.id', '=', 'contactMoment.placeId')
        .on('place.organisationId', '=', filter.organisationId)
        .on('place.deletedAt', 'is', null),
    )
    .select([
      'contactMoment.id',
      'contactMoment.planId',
      'contactMoment.withWhom',
      'contactMoment.plannedOn',
      'contactMoment.plannedTime',
      'contactMoment.durationMinutes',
      'contactMoment.repeatWeeks',
      'contactMoment.repeatUntil',
      'contactMoment.purpose',
      'contactMoment.status',
      'contactMoment.discussedOn',
      'contactMoment.updatedAt',
      'plan.title as planTitle',
      'place.name as placeName',
      'place.address',
      'place.postcode',
      'place.city',
    ])
    .where('contactMoment.organisationId', '=', filter.organisationId);
  if (filter.planId) query = query.where('contactMoment.planId', '=', filter.planId);
  else query = query.where('plan.status', '=', 'actief');
  if (filter.id) query = query.where('contactMoment.id', '=', filter.id);
  const rows = await query.execute();
  return rows.map((row) => ({
    kind: 'contactmoment',
    id: row.id,
    planId: row.planId,
    planTitle: row.planTitle,
    uid: `contactmoment-${row.id}@${UID_DOMAIN}`,
    summary: `Contact met ${row.withWhom}`,
    description: [row.purpose, `Plan: ${row.planTitle}`].filter(Boolean).join('\n\n'),
    location: placeLocation(row),
    cancelled: row.status === 'afgezegd',
    updatedAt: row.updatedAt,
    date: row.plannedOn,
    time: row.plannedTime,
    durationMinutes: row.durationMinutes,
    repeatWeeks: row.repeatWeeks,
    repeatUntil: row.repeatUntil,
    status: row.status,
    withWhom: row.withWhom,
    placeName: row.placeName ?? '',
    purpose: row.purpose,
    discussedOn: row.discussedOn,
  }));
}

async function visitItems(db: Db, filter: Filter): Promise<PlanningItem[]> {
  let query = db
    .selectFrom('visit')
    .innerJoin('plan', (join) =>
      join
        .onRef('plan.id', '=', 'visit.planId')
        .on('plan.organisationId', '=', filter.organisationId)
        .on('plan.deletedAt', 'is', null),
    )
    .leftJoin('place', (join) =>
      join
        .onRef('place.id', '=', 'visit.placeId')
        .on('place.organisationId', '=', filter.organisationId)
        .on('place.deletedAt', 'is', null),
    )
    .select([
      'visit.id',
      'visit.planId',
      'visit.placeText',
      'visit.withWhom',
      'visit.visitOn',
      'visit.visitTime',
      'visit.durationMinutes',
      'visit.repeatWeeks',
      'visit.repeatUntil',
      'visit.status',
      'visit.discussedOn',
      'visit.updatedAt',
      'plan.title as planTitle',
      'place.name as placeName',
      'place.address',
      'place.postcode',
      'place.city',
    ])
    .where('visit.organisationId', '=', filter.organisationId);
  if (filter.planId) query = query.where('visit.planId', '=', filter.planId);
  else query = query.where('plan.status', '=', 'actief');
  if (filter.id) query = query.where('visit.id', '=', filter.id);
  const rows = await query.execute();
  return rows.map((row) => {
    const where = row.placeName ?? row.placeText;
    const location = row.placeName ? placeLocation(row) : row.placeText;
    const visit = where ? `Bezoek: ${where}` : 'Bezoek in de wijk';
    return {
      kind: 'bezoek',
      id: row.id,
      planId: row.planId,
      planTitle: row.planTitle,
      uid: `bezoek-${row.id}@${UID_DOMAIN}`,
      summary: row.withWhom ? `${visit} (met ${row.withWhom})` : visit,
      description: [row.withWhom ? `Met: ${row.withWhom}` : '', `Plan: ${row.planTitle}`]
        .filter(Boolean)
        .join('\n\n'),
      location,
      cancelled: false,
      updatedAt: row.updatedAt,
      date: row.visitOn,
      time: row.visitTime,
      durationMinutes: row.durationMinutes,
      repeatWeeks: row.repeatWeeks,
      repeatUntil: row.repeatUntil,
      status: row.status,
      withWhom: row.withWhom,
      placeName: where,
      purpose: '',
      discussedOn: row.discussedOn,
    };
  });
}

/** Minutes from start to end on the same day; null (one hour) when the end is missing or earlier. */
function sessionMinutes(startTime: string, endTime: string): number | null {
  const minutes = (hhmm: string) => {
    const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  };
  const start = minutes(startTime);
  const end = minutes(endTime);
  return start !== null && end !== null && end > start ? end - start : null;
}

async function sessionItems(db: Db, filter: Filter): Promise<PlanningItem[]> {
  let query = db
    .selectFrom('workSession')
    .innerJoin('plan', (join) =>
      join
        .onRef('plan.id', '=', 'workSession.planId')
        .on('plan.organisationId', '=', filter.organisationId)
        .on('plan.deletedAt', 'is', null),
    )
    .select([
      'workSession.id',
      'workSession.planId',
      'workSession.method',
      'workSession.title',
      'workSession.date',
      'workSession.startTime',
      'workSession.endTime',
      'workSession.place',
      'workSession.attendedParents',
      'workSession.updatedAt',
      'plan.title as planTitle',
    ])
    .where('workSession.organisationId', '=', filter.organisationId);
  if (filter.planId) query = query.where('workSession.planId', '=', filter.planId);
  else query = query.where('plan.status', '=', 'actief');
  if (filter.id) query = query.where('workSession.id', '=', filter.id);
  const rows = await query.execute();
  return rows.map((row) => {
    const method = labelOf(METHODS, row.method);
    return {
      kind: 'bijeenkomst',
      id: row.id,
      planId: row.planId,
      planTitle: row.planTitle,
      uid: `bijeenkomst-${row.id}@${UID_DOMAIN}`,
      summary: row.title ? `Bijeenkomst: ${row.title} (${method})` : `Bijeenkomst: ${method}`,
      description: `Plan: ${row.planTitle}`,
      location: row.place,
      cancelled: false,
      updatedAt: row.updatedAt,
      date: row.date,
      time: row.startTime,
      durationMinutes: row.startTime ? sessionMinutes(row.startTime, row.endTime) : null,
      repeatWeeks: null,
      repeatUntil: null,
      status: row.attendedParents === null ? 'gepland' : 'geweest',
      withWhom: '',
      placeName: row.place,
      purpose: '',
      discussedOn: null,
    };
  });
}

function byStart(a: PlanningItem, b: PlanningItem) {
  return `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`);
}

async function allItems(db: Db, filter: Filter): Promise<PlanningItem[]> {
  return [
    ...(await contactMomentItems(db, filter)),
    ...(await visitItems(db, filter)),
    ...(await sessionItems(db, filter)),
  ].sort(byStart);
}

/** All contact moments, visits and sessions of one plan, by first date and time. */
export async function listPlanningItems(
  db: Db,
  { organisationId, planId }: { organisationId: string; planId: string },
): Promise<PlanningItem[]> {
  return allItems(db, { organisationId, planId });
}

/** The appointments of every active plan of the organisation (for the subscription). */
export async function listOrganisationPlanningItems(
  db: Db,
  { organisationId }: { organisationId: string },
): Promise<PlanningItem[]> {
  return allItems(db, { organisationId });
}

/** One contact moment, visit or session of the plan; 404 when it is not there. */
export async function getPlanningItem(
  db: Db,
  input: { organisationId: string; planId: string; kind: PlanningKind; id: string },
): Promise<PlanningItem> {
  const filter = { organisationId: input.organisationId, planId: input.planId, id: input.id };
  const byKind = {
    contactmoment: contactMomentItems,
    bezoek: visitItems,
    bijeenkomst: sessionItems,
  };
  const items = await byKind[input.kind](db, filter);
  const item = items[0];
  if (!item) notFound();
  return item;
}
