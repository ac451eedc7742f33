import type { Db } from '../../lib/db/database.server.ts';
import { newId, nowIso } from '../../lib/db/ids.ts';
import { normalisePhone, normalisePostcode } from '../../lib/normalise.ts';
import { importQuestionnaires } from '../questionnaires/questionnaire-import.server.ts';
import type { PlanDocument } from './plan-document.ts';

// Imports use relative paths with `.ts` so that `npm run demo` (plain Node) can use this too.

/** Rows per insert: keeps SQLite and PostgreSQL well under their bound-parameter limits. */
const BATCH = 100;

/**
 * Creates a new plan from a checked plan document (see readPlanDocument), in one transaction:
 * either everything is written or nothing. Everything gets a new id; places are created as new
 * places of the organisation (never merged with existing ones); own categories with the same
 * name are reused, as when a person types one. Returns the new plan's id.
 */
export async function importPlanDocument(
  db: Db,
  input: {
    organisationId: string;
    userId: string | null;
    document: PlanDocument;
    /** Runs first, inside the same transaction (the demo clears its organisation here). */
    beforeWrite?: (trx: Db) => Promise<void>;
  },
): Promise<string> {
  const { organisationId, document } = input;
  const planId = newId();
  const now = nowIso();
  // Creation times follow the document's order, so the pages (and a new export) keep it.
  const base = Date.now();
  const createdAt = (index: number) => new Date(base + index).toISOString();
  const owned = { planId, organisationId };

  await db.transaction().execute(async (trx) => {
    await input.beforeWrite?.(trx);
    const categoryIds = await resolveCategories(trx, organisationId, document.categories);
    const placeIds = new Map(document.places.map((place) => [place.id, newId()]));
    const methodIds = new Map(document.workMethods.map((method) => [method.id, newId()]));
    const sessionIds = new Map(
      document.sessions.flatMap((entry) => (entry.id ? [[entry.id, newId()] as const] : [])),
    );
    const placeId = (ref: string | null) => (ref === null ? null : (placeIds.get(ref) ?? null));

    await trx
      .insertInto('plan')
      .values({
        id: planId,
        organisationId,
        title: document.plan.title,
        municipalityCode: document.plan.municipalityCode,
        municipalityName: document.plan.municipalityName,
        status: document.plan.status,
        closedAt: document.plan.status === 'actief' ? null : now,
        learnWhat: document.plan.learnWhat,
        needFor: document.plan.needFor,
        ages: JSON.stringify(document.plan.ages),
        circumstances: JSON.stringify(document.plan.circumstances),
        targetNotes: document.plan.targetNotes,
        stepStatus: JSON.stringify(document.plan.stepStatus),
        planningDiscussedOn: document.plan.planningDiscussedOn,
        version: 1,
        createdBy: input.userId,
        responsibleId: input.userId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })
      .execute();

    await insertBatches(
      document.areas.map((area, index) => ({
        id: newId(),
        ...owned,
        kind: area.kind,
        code: area.code,
        name: area.name,
        why: area.why,
        notes: area.notes,
        position: index,
        createdAt: createdAt(index),
      })),
      (rows) => trx.insertInto('planArea').values(rows).execute(),
    );

    await insertBatches(
      document.places.map((place, index) => ({
        id: placeIds.get(place.id) as string,
        organisationId,
        category: categoryIds.get(place.category) ?? place.category,
        name: place.name,
        address: place.address,
        postcode: normalisePostcode(place.postcode),
        city: place.city,
        whenParents: place.whenParents,
        organisationName: place.organisationName,
        contactPerson: place.contactPerson,
        phone: place.phone,
        phoneNormalized: normalisePhone(place.phone),
        email: place.email,
        socialMedia: place.socialMedia,
        notes: place.notes,
        tipFrom: place.tipFrom,
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
        wijkCode: place.wijkCode ?? null,
        buurtCode: place.buurtCode ?? null,
        geocodeStatus: place.latitude !== undefined ? ('gevonden' as const) : null,
        version: 1,
        createdAt: createdAt(index),
        updatedAt: now,
        deletedAt: null,
      })),
      (rows) => trx.insertInto('place').values(rows).execute(),
    );
    await insertBatches(
      document.places
        .filter((place) => place.onCard)
        .map((place, index) => ({
          id: newId(),
          ...owned,
          placeId: placeIds.get(place.id) as string,
          topRank: place.topRank,
          topReason: place.topReason,
          createdAt: createdAt(index),
        })),
      (rows) => trx.insertInto('planPlace').values(rows).execute(),
    );

    await insertBatches(
      document.contactMoments.map((entry, index) => ({
        id: newId(),
        ...owned,
        placeId: placeId(entry.placeRef),
        withWhom: entry.withWhom,
        plannedOn: entry.plannedOn,
        plannedTime: entry.plannedTime,
        purpose: entry.purpose,
        status: entry.status,
        discussedWithManager: entry.discussedWithManager ? 1 : 0,
        discussedOn: entry.discussedOn,
        durationMinutes: entry.durationMinutes,
        repeatWeeks: entry.repeatWeeks,
        repeatUntil: entry.repeatWeeks ? entry.repeatUntil || null : null,
        createdAt: createdAt(index),
        updatedAt: now,
      })),
      (rows) => trx.insertInto('contactMoment').values(rows).execute(),
    );

    await insertBatches(
      document.visits.map((entry, index) => ({
        id: newId(),
        ...owned,
        placeId: placeId(entry.placeRef),
        placeText: entry.placeText,
        withWhom: entry.withWhom,
        visitOn: entry.visitOn,
        visitTime: entry.visitTime,
        durationMinutes: entry.durationMinutes,
        repeatWeeks: entry.repeatWeeks,
        repeatUntil: entry.repeatWeeks ? entry.repeatUntil || null : null,
        status: entry.status,
        parentsBusyWith: entry.parentsBusyWith,
        notes: entry.notes,
        discussedWithManager: entry.discussedWithManager ? 1 : 0,
        discussedOn: entry.discussedOn,
        createdAt: createdAt(index),
        updatedAt: now,
      })),
      (rows) => trx.insertInto('visit').values(rows).execute(),
    );

    await insertBatches(
      document.reliabilityChecks.map((entry) => ({
        ...owned,
        point: entry.point,
        checked: entry.checked ? 1 : 0,
        notes: entry.notes,
        updatedAt: now,
      })),
      (rows) => trx.insertInto('reliabilityCheck').values(rows).execute(),
    );

    await insertBatches(
      document.workMethods.map((method, index) => ({
        id: methodIds.get(method.id) as string,
        ...owned,
        method: method.method,
        whenText: method.whenText,
        withWhom: method.withWhom,
        learnGoal: method.learnGoal,
        notes: method.notes,
        createdAt: createdAt(index),
        updatedAt: now,
      })),
      (rows) => trx.insertInto('workMethod').values(rows).execute(),
    );

    await insertBatches(
      document.insights.map((entry, index) => ({
        id: newId(),
        ...owned,
        workMethodId:
          entry.workMethodRef === null ? null : (methodIds.get(entry.workMethodRef) ?? null),
        kind: entry.kind,
        text: entry.text,
        theme: entry.theme,
        quote: entry.quote,
        sourceKind: entry.sourceKind,
        sourceText: entry.sourceText,
        sessionId: entry.sessionRef === null ? null : (sessionIds.get(entry.sessionRef) ?? null),
        reportBack: entry.reportBack ? 1 : 0,
        createdAt: createdAt(index),
        updatedAt: now,
      })),
      (rows) => trx.insertInto('insight').values(rows).execute(),
    );

    await insertBatches(
      document.feedbackActions.map((entry, index) => ({
        id: newId(),
        ...owned,
        what: entry.what,
        toWhom: entry.toWhom,
        heard: entry.heard,
        willDo: entry.willDo,
        cannotDo: entry.cannotDo,
        channel: entry.channel,
        plannedOn: entry.plannedOn,
        done: entry.done ? 1 : 0,
        doneOn: entry.doneOn,
        createdAt: createdAt(index),
        updatedAt: now,
      })),
      (rows) => trx.insertInto('feedbackAction').values(rows).execute(),
    );

    await insertBatches(
      document.sessions.map((entry, index) => ({
        id: sessionIds.get(entry.id ?? '') ?? newId(),
        ...owned,
        method: entry.method,
        title: entry.title,
        date: entry.date,
        startTime: entry.startTime,
        endTime: entry.endTime,
        place: entry.place,
        expectedParents: entry.expectedParents,
        languageSupport: entry.languageSupport,
        childcare: entry.childcare,
        accessibility: entry.accessibility,
        compensation: entry.compensation,
        invitationText: entry.invitationText,
        checklist: JSON.stringify(entry.checklist),
        attendedParents: entry.attendedParents,
        notesAfter: entry.notesAfter,
        createdAt: createdAt(index),
        updatedAt: now,
      })),
      (rows) => trx.insertInto('workSession').values(rows).execute(),
    );

    await insertBatches(
      document.translations.flatMap((entry, index) => {
        const sessionId =
          entry.sessionRef === null ? null : (sessionIds.get(entry.sessionRef) ?? null);
        // An invitation belongs to a session; without one it has nowhere to go.
        if (entry.subject === 'uitnodiging' && sessionId === null) return [];
        return [
          {
            id: newId(),
            ...owned,
            subject: entry.subject,
            sessionId: entry.subject === 'poster' ? null : sessionId,
            language: entry.language,
            text: entry.text,
            createdAt: createdAt(index),
            updatedAt: now,
          },
        ];
      }),
      (rows) => trx.insertInto('parentTextTranslation').values(rows).execute(),
    );

    await importQuestionnaires(trx, owned, document.questionnaires);

    if (document.feedbackPoster) {
      await trx
        .insertInto('feedbackPoster')
        .values({ ...owned, ...document.feedbackPoster, updatedAt: now })
        .execute();
    }
  });
  return planId;
}

/** Local category ids → the organisation's own categories (existing by name, or new). */
async function resolveCategories(
  db: Db,
  organisationId: string,
  categories: PlanDocument['categories'],
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (categories.length === 0) return result;
  const existing = await db
    .selectFrom('category')
    .select(['id', 'name'])
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .execute();
  const byName = new Map<string, string>();
  for (const category of existing) {
    const key = category.name.toLocaleLowerCase('nl');
    if (!byName.has(key)) byName.set(key, category.id);
  }
  const base = Date.now();
  for (const [index, category] of categories.entries()) {
    const key = category.name.toLocaleLowerCase('nl');
    let id = byName.get(key);
    if (!id) {
      id = newId();
      await db
        .insertInto('category')
        .values({
          id,
          organisationId,
          name: category.name,
          createdAt: new Date(base + index).toISOString(),
        })
        .execute();
      byName.set(key, id);
    }
    result.set(category.id, id);
  }
  return result;
}

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await insert(rows.slice(start, start + BATCH));
  }
}
