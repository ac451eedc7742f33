import { CATEGORY_KEYS, RELIABILITY_POINTS, readStepStatus } from '~/features/plans/domain';
import { getPlan, type Scope } from '~/features/plans/plans.server';
import { exportQuestionnaires } from '~/features/questionnaires/questionnaire-document.server';
import { readChecklist } from '~/features/sessions/session-checklist';
import { todayInAmsterdam } from '~/lib/dates';
import type { Db } from '~/lib/db/database.server';
import {
  type FeedbackChannelKey,
  type InsightSourceKey,
  type MethodKey,
  PERSONAL_DATA_NOTICE,
  PLAN_DOCUMENT_FORMAT,
  PLAN_DOCUMENT_VERSION,
  type PlanDocumentInput,
  type ReliabilityPointKey,
} from './plan-document';

// Collections are written in a fixed order (the order the pages show them, ties broken by
// creation time) so that export → import → export gives the same document.

/** The whole plan as a plan document, with ids local to the document. */
export async function exportPlanDocument(
  db: Db,
  scope: Scope & { planId: string },
  now = new Date(),
): Promise<PlanDocumentInput & { exportedAt: string }> {
  const plan = await getPlan(db, scope);
  const byPlan = { planId: plan.id, organisationId: scope.organisationId };

  const areas = await db
    .selectFrom('planArea')
    .select(['kind', 'code', 'name', 'why', 'notes'])
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('position')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

  const contactMoments = await db
    .selectFrom('contactMoment')
    .selectAll()
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('plannedOn')
    .orderBy('plannedTime')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const visits = await db
    .selectFrom('visit')
    .selectAll()
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('visitOn')
    .orderBy('visitTime')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

  const places = await listDocumentPlaces(db, {
    ...byPlan,
    referenced: [...contactMoments, ...visits]
      .map((entry) => entry.placeId)
      .filter((id): id is string => id !== null),
  });
  const placeRefs = new Map(places.map((place, index) => [place.id, `place-${index + 1}`]));

  const ownCategories = await db
    .selectFrom('category')
    .select(['id', 'name'])
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('createdAt')
    .orderBy('name')
    .orderBy('id')
    .execute();
  const builtIn = new Set<string>(CATEGORY_KEYS);
  const used = new Set(places.map((p) => p.category).filter((c) => !builtIn.has(c)));
  const categories = ownCategories.filter((c) => used.has(c.id));
  // A place whose own category no longer exists keeps a category of its own in the document.
  const missing = [...used].filter((id) => !categories.some((c) => c.id === id));
  const documentCategories = [...categories, ...missing.map((id) => ({ id, name: 'Andere plek' }))];
  const categoryRefs = new Map(
    documentCategories.map((category, index) => [category.id, `category-${index + 1}`]),
  );

  const checks = await db
    .selectFrom('reliabilityCheck')
    .select(['point', 'checked', 'notes'])
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .execute();
  const pointOrder = RELIABILITY_POINTS.map((p) => p.key as string);
  checks.sort((a, b) => rankOf(pointOrder, a.point) - rankOf(pointOrder, b.point));

  const workMethods = await db
    .selectFrom('workMethod')
    .selectAll()
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const methodRefs = new Map(
    workMethods.map((method, index) => [method.id, `method-${index + 1}`]),
  );
  const insights = await db
    .selectFrom('insight')
    .selectAll()
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const feedbackActions = await db
    .selectFrom('feedbackAction')
    .selectAll()
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('plannedOn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const sessions = await db
    .selectFrom('workSession')
    .selectAll()
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('date')
    .orderBy('startTime')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

  const sessionRefs = new Map(sessions.map((entry, index) => [entry.id, `session-${index + 1}`]));
  const poster = await db
    .selectFrom('feedbackPoster')
    .select(['form', 'title', 'intro', 'closing'])
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .executeTakeFirst();

  const translations = await db
    .selectFrom('parentTextTranslation')
    .select(['subject', 'sessionId', 'language', 'text'])
    .where('planId', '=', byPlan.planId)
    .where('organisationId', '=', byPlan.organisationId)
    .orderBy('subject')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

  return {
    format: PLAN_DOCUMENT_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    exportedAt: now.toISOString(),
    personalDataNotice: PERSONAL_DATA_NOTICE,
    plan: {
      title: plan.title,
      municipalityCode: plan.municipalityCode,
      municipalityName: plan.municipalityName,
      status: plan.status,
      learnWhat: plan.learnWhat,
      needFor: plan.needFor,
      ages: readList(plan.ages),
      circumstances: readList(plan.circumstances),
      targetNotes: plan.targetNotes,
      stepStatus: Object.fromEntries(
        Object.entries(readStepStatus(plan.stepStatus)).map(([step, status]) => [step, status]),
      ),
      planningDiscussedOn: plan.planningDiscussedOn,
    },
    areas: areas.map((area, index) => ({ id: `area-${index + 1}`, ...area })),
    categories: documentCategories.map((category) => ({
      id: categoryRefs.get(category.id) as string,
      name: category.name,
    })),
    places: places.map((place) => ({
      id: placeRefs.get(place.id) as string,
      category: categoryRefs.get(place.category) ?? place.category,
      name: place.name,
      address: place.address,
      postcode: place.postcode,
      city: place.city,
      whenParents: place.whenParents,
      organisationName: place.organisationName,
      contactPerson: place.contactPerson,
      phone: place.phone,
      email: place.email,
      socialMedia: place.socialMedia,
      notes: place.notes,
      tipFrom: place.tipFrom,
      onCard: place.onCard,
      topRank: place.topRank,
      topReason: place.topReason,
      // Only what geocoding found: a document without location stays as it was.
      ...(place.latitude != null && place.longitude != null
        ? { latitude: place.latitude, longitude: place.longitude }
        : {}),
      ...(place.wijkCode ? { wijkCode: place.wijkCode } : {}),
      ...(place.buurtCode ? { buurtCode: place.buurtCode } : {}),
    })),
    contactMoments: contactMoments.map((entry, index) => ({
      id: `contact-${index + 1}`,
      placeRef: entry.placeId ? (placeRefs.get(entry.placeId) ?? null) : null,
      withWhom: entry.withWhom,
      plannedOn: entry.plannedOn,
      plannedTime: entry.plannedTime,
      purpose: entry.purpose,
      status: entry.status,
      discussedWithManager: Boolean(entry.discussedWithManager),
      discussedOn: entry.discussedOn,
      durationMinutes: entry.durationMinutes,
      repeatWeeks: entry.repeatWeeks,
      repeatUntil: entry.repeatUntil,
    })),
    visits: visits.map((entry, index) => ({
      id: `visit-${index + 1}`,
      placeRef: entry.placeId ? (placeRefs.get(entry.placeId) ?? null) : null,
      placeText: entry.placeText,
      withWhom: entry.withWhom,
      visitOn: entry.visitOn,
      visitTime: entry.visitTime,
      durationMinutes: entry.durationMinutes,
      repeatWeeks: entry.repeatWeeks,
      repeatUntil: entry.repeatUntil,
      status: entry.status,
      parentsBusyWith: entry.parentsBusyWith,
      notes: entry.notes,
      discussedWithManager: Boolean(entry.discussedWithManager),
      discussedOn: entry.discussedOn,
    })),
    reliabilityChecks: checks.map((check) => ({
      point: check.point as ReliabilityPointKey,
      checked: Boolean(check.checked),
      notes: check.notes,
    })),
    workMethods: workMethods.map((method) => ({
      id: methodRefs.get(method.id) as string,
      method: method.method as MethodKey,
      whenText: method.whenText,
      withWhom: method.withWhom,
      learnGoal: method.learnGoal,
      notes: method.notes,
    })),
    insights: insights.map((entry, index) => ({
      id: `insight-${index + 1}`,
      workMethodRef: entry.workMethodId ? (methodRefs.get(entry.workMethodId) ?? null) : null,
      kind: entry.kind,
      text: entry.text,
      theme: entry.theme,
      quote: entry.quote,
      sourceKind: entry.sourceKind as InsightSourceKey,
      sourceText: entry.sourceText,
      sessionRef: entry.sessionId ? (sessionRefs.get(entry.sessionId) ?? null) : null,
      reportBack: Boolean(entry.reportBack),
    })),
    feedbackActions: feedbackActions.map((entry, index) => ({
      id: `feedback-${index + 1}`,
      what: entry.what,
      toWhom: entry.toWhom,
      heard: entry.heard,
      willDo: entry.willDo,
      cannotDo: entry.cannotDo,
      channel: entry.channel as FeedbackChannelKey,
      plannedOn: entry.plannedOn,
      done: Boolean(entry.done),
      doneOn: entry.doneOn,
    })),
    sessions: sessions.map((entry, index) => ({
      id: `session-${index + 1}`,
      method: entry.method as MethodKey,
      title: entry.title,
      date: entry.date,
      startTime: entry.startTime,
      endTime: entry.endTime,
      place: entry.place,
      expectedParents: entry.expectedParents === null ? null : Number(entry.expectedParents),
      languageSupport: entry.languageSupport,
      childcare: entry.childcare,
      accessibility: entry.accessibility,
      compensation: entry.compensation,
      invitationText: entry.invitationText,
      checklist: readChecklist(entry.checklist),
      attendedParents: entry.attendedParents === null ? null : Number(entry.attendedParents),
      notesAfter: entry.notesAfter,
    })),
    feedbackPoster: poster ?? null,
    translations: translations.map((entry) => ({
      subject: entry.subject,
      sessionRef: entry.sessionId ? (sessionRefs.get(entry.sessionId) ?? null) : null,
      language: entry.language,
      text: entry.text,
    })),
    questionnaires: await exportQuestionnaires(db, byPlan),
  };
}

/**
 * The places on the plan's card, plus places that a visit or contact moment of the plan points
 * to without being on the card, so that no reference is lost. Places in the bin are left out.
 */
async function listDocumentPlaces(
  db: Db,
  input: { organisationId: string; planId: string; referenced: string[] },
) {
  const onCard = await db
    .selectFrom('planPlace')
    .innerJoin('place', 'place.id', 'planPlace.placeId')
    .selectAll('place')
    .select(['planPlace.topRank', 'planPlace.topReason'])
    .where('planPlace.planId', '=', input.planId)
    .where('planPlace.organisationId', '=', input.organisationId)
    .where('place.organisationId', '=', input.organisationId)
    .where('place.deletedAt', 'is', null)
    .execute();
  const onCardIds = new Set(onCard.map((p) => p.id));
  const extraIds = [...new Set(input.referenced)].filter((id) => !onCardIds.has(id));
  const extra =
    extraIds.length === 0
      ? []
      : await db
          .selectFrom('place')
          .selectAll()
          .where('organisationId', '=', input.organisationId)
          .where('deletedAt', 'is', null)
          .where('id', 'in', extraIds)
          .execute();
  const all = [
    ...onCard.map((p) => ({ ...p, onCard: true })),
    ...extra.map((p) => ({ ...p, onCard: false, topRank: null, topReason: '' })),
  ];
  return all.sort(
    (a, b) =>
      Number(b.onCard) - Number(a.onCard) ||
      compareText(a.name, b.name) ||
      compareText(a.createdAt, b.createdAt) ||
      compareText(a.id, b.id),
  );
}

// Plain code-point comparison: the same order on SQLite and PostgreSQL, whatever their collation.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rankOf(order: string[], key: string): number {
  const at = order.indexOf(key);
  return at < 0 ? order.length : at;
}

function readList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** `plan-meer-bewegen-in-overvecht-2026-03-14.json`: ASCII only, safe in every header. */
export function planDocumentFileName(title: string, now = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `plan-${slug || 'zonder-naam'}-${todayInAmsterdam(now)}.json`;
}
