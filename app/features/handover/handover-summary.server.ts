import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import { listPlanPlaces } from '~/features/overzichtskaart/places.server';
import { ZONE } from '~/features/planning/occurrences';
import { listPlanningItems } from '~/features/planning/planning-items.server';
import { daysBetween, lateItems } from '~/features/planning/planning-views';
import { readStepStatus } from '~/features/plans/domain';
import { listPlanAreas } from '~/features/plans/plans.server';
import { listSessions } from '~/features/sessions/sessions.server';
import { listContactMoments } from '~/features/steps/step-3.server';
import { listVisits } from '~/features/steps/step-4.server';
import { listInsights, listWorkMethods } from '~/features/steps/step-5.server';
import { listFeedbackActions } from '~/features/steps/step-6.server';
import { composeTargetStatement } from '~/features/steps/target-statement';
import { getAnswerTarget, listIncomingContacts, listPromises } from '~/features/trust/trust.server';
import { answerDueAt, answerState } from '~/features/trust/working-days';
import type { Db } from '~/lib/db/database.server';
import type { AuthDatabase } from '~/lib/db/schema';
import { notFound } from '~/lib/http.server';
import { listHandovers, personName } from './handover.server';
import { type HandoverSummary, stepLines } from './handover-summary';

type Raw = Kysely<AuthDatabase>;

/** How far ahead "what comes next" looks. */
export const COMING_WEEKS = 4;

/**
 * Everything the one-page handover summary shows, from the data the plan's own pages use:
 * where each step stands, the top 3 and the contact persons, open and late promises, questions
 * that wait too long for an answer, and the planning of the coming weeks.
 */
export async function loadHandoverSummary(
  db: Db,
  raw: Raw,
  input: { organisationId: string; planId: string; now: Date; today: string },
): Promise<HandoverSummary> {
  const scope = { organisationId: input.organisationId, planId: input.planId };
  const plan = await db
    .selectFrom('plan')
    .selectAll()
    .where('id', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!plan) notFound();
  const organisation = await raw
    .selectFrom('organization')
    .select('name')
    .where('id', '=', input.organisationId)
    .executeTakeFirst();

  const areas = await listPlanAreas(db, scope);
  const places = await listPlanPlaces(db, scope);
  const contactMoments = await listContactMoments(db, scope);
  const visits = await listVisits(db, scope);
  const methods = await listWorkMethods(db, scope);
  const sessions = await listSessions(db, scope);
  const insights = await listInsights(db, scope);
  const feedback = await listFeedbackActions(db, scope);
  const promises = (await listPromises(db, scope)).filter((p) => p.status === 'open');
  const targetDays = await getAnswerTarget(db, { organisationId: input.organisationId });
  const incoming = await listIncomingContacts(db, scope);
  const items = await listPlanningItems(db, scope);
  const handovers = await listHandovers(db, scope);
  const persons = await listPlacePersons(db, {
    organisationId: input.organisationId,
    placeIds: places.map((p) => p.id),
  });

  const placeNames = new Map(places.map((p) => [p.id, p.name]));
  const target = composeTargetStatement({
    learnWhat: plan.learnWhat,
    needFor: plan.needFor,
    ages: JSON.parse(plan.ages) as string[],
    circumstances: JSON.parse(plan.circumstances) as string[],
    targetNotes: plan.targetNotes,
  });
  const until =
    DateTime.fromISO(input.today, { zone: ZONE })
      .plus({ weeks: COMING_WEEKS })
      .minus({ days: 1 })
      .toISODate() ?? input.today;
  const coming = daysBetween(items, input.today, until, input.today).flatMap((day) =>
    day.entries.map((entry) => ({
      date: entry.date,
      time: entry.time,
      kind: entry.item.kind,
      summary: entry.item.summary,
      done: entry.item.status === 'gedaan',
    })),
  );

  return {
    plan: {
      id: plan.id,
      title: plan.title,
      municipalityName: plan.municipalityName,
      status: plan.status,
      areas: areas.map((a) => a.name),
      organisationName: organisation?.name ?? '',
      responsibleName: await personName(raw, plan.responsibleId),
      updatedAt: plan.updatedAt,
    },
    lastHandover: handovers[0] ?? null,
    steps: stepLines({
      status: readStepStatus(plan.stepStatus),
      target: target.ready ? (target.paragraphs[0] ?? '') : '',
      areas: areas.map((a) => a.name),
      places: places.length,
      topThree: places.filter((p) => p.topRank !== null).length,
      contactMoments: countDone(contactMoments),
      visits: countDone(visits),
      methods: methods.length,
      sessions: sessions.length,
      insights: insights.length,
      feedback: { total: feedback.length, done: feedback.filter((f) => f.done).length },
    }),
    topThree: places
      .filter((p) => p.topRank !== null)
      .sort((a, b) => (a.topRank ?? 0) - (b.topRank ?? 0))
      .map((p) => ({
        rank: p.topRank ?? 0,
        placeName: p.name,
        contactPerson: p.contactPerson,
        phone: p.phone,
        email: p.email,
        reason: p.topReason,
      })),
    contactPersons: persons.map((p) => ({
      name: p.name,
      role: p.role,
      phone: p.phone,
      email: p.email,
      placeName: (p.placeId && placeNames.get(p.placeId)) || '',
    })),
    promises: promises.map((p) => ({
      what: p.what,
      toWhom: p.toWhom,
      dueOn: p.dueOn,
      late: p.dueOn < input.today,
    })),
    lateAnswers: incoming
      .filter((entry) => answerState(entry, targetDays, input.now) === 'te-laat')
      .map((entry) => ({
        receivedAt: entry.receivedAt,
        fromWhom: entry.fromWhom,
        about: entry.about,
        dueOn: answerDueAt(entry.receivedAt, targetDays).toISODate() ?? '',
      })),
    coming,
    latePlanning: lateItems(items, input.today).map((item) => ({
      date: item.date,
      kind: item.kind,
      summary: item.summary,
    })),
    comingWeeks: COMING_WEEKS,
    today: input.today,
  };
}

function countDone(rows: { status: string }[]) {
  return { total: rows.length, done: rows.filter((r) => r.status === 'gedaan').length };
}

/** The organisation's contact persons and key figures at the plan's meeting places. */
async function listPlacePersons(
  db: Db,
  { organisationId, placeIds }: { organisationId: string; placeIds: string[] },
) {
  if (placeIds.length === 0) return [];
  return db
    .selectFrom('contactPerson')
    .select(['id', 'name', 'role', 'phone', 'email', 'placeId'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .where('placeId', 'in', placeIds)
    .orderBy('name')
    .execute();
}
