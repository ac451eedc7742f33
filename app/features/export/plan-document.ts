import { z } from 'zod';
import {
  AGE_GROUP_KEYS,
  CATEGORY_KEYS,
  CIRCUMSTANCE_KEYS,
  CONTACT_MOMENT_STATUSES,
  FEEDBACK_CHANNELS,
  INSIGHT_KINDS,
  INSIGHT_SOURCES,
  METHODS,
  PLAN_STATUSES,
  RELIABILITY_POINTS,
  STEP_STATUSES,
  VISIT_STATUSES,
} from '../plans/domain.ts';
import { BUURT_CODE, WIJK_CODE } from '../regions/codes.ts';
import { findMunicipality } from '../regions/regions.server.ts';

// The plan document (export.json): everything in one plan, readable by people and by a later
// version of this app. Keys are English camelCase; ids are local to the document ("place-1") and
// references use them, so a document never carries database ids.
//
// Compatibility rule: adding an optional field keeps version 1 (readers ignore keys they do not
// know). A change old readers cannot ignore raises PLAN_DOCUMENT_VERSION, and readPlanDocument
// keeps reading every older version by upgrading it step by step.
//
// Imports use relative paths with `.ts` so that `npm run demo` (plain Node) can load this file.

export const PLAN_DOCUMENT_FORMAT = 'ouders-in-de-wijk/plan';
export const PLAN_DOCUMENT_VERSION = 1;

/** Bytes of an uploaded plan document (and of the whole upload) we accept. */
export const MAX_PLAN_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const PERSONAL_DATA_NOTICE =
  'Dit bestand bevat persoonsgegevens, zoals namen, telefoonnummers en e-mailadressen van ' +
  'contactpersonen. Bewaar het op een veilige plek. Deel het alleen met mensen die aan dit plan ' +
  'werken. Heb je het niet meer nodig? Verwijder het dan.';

/**
 * Maxima of texts and lists. The texts have the same maxima as the forms of the steps (a test
 * checks that none of the forms allows more), so whatever a person typed can be imported again.
 */
export const DOCUMENT_LIMITS = {
  id: 100,
  code: 20,
  plan: { title: 150, municipalityName: 100, learnWhat: 2000, needFor: 2000, targetNotes: 1000 },
  area: { name: 100, why: 2000, notes: 4000 },
  category: { name: 80 },
  place: {
    name: 150,
    address: 200,
    postcode: 10,
    city: 100,
    whenParents: 500,
    organisationName: 150,
    contactPerson: 150,
    phone: 40,
    email: 254,
    socialMedia: 300,
    notes: 4000,
    tipFrom: 200,
    topReason: 1000,
  },
  contactMoment: { withWhom: 200, purpose: 1000 },
  visit: { placeText: 200, withWhom: 200, parentsBusyWith: 2000, notes: 4000 },
  reliabilityCheck: { notes: 2000 },
  workMethod: { whenText: 200, withWhom: 500, learnGoal: 2000, notes: 4000 },
  insight: { text: 2000, theme: 100, quote: 1000, sourceText: 300 },
  feedbackAction: { what: 1000, toWhom: 300, heard: 2000, willDo: 2000, cannotDo: 2000 },
  feedbackPoster: { title: 120, intro: 600, closing: 600 },
  translation: { language: 20, text: 5000 },
  session: {
    title: 200,
    place: 300,
    languageSupport: 500,
    childcare: 500,
    accessibility: 500,
    compensation: 500,
    invitationText: 5000,
    notesAfter: 4000,
    checklistItem: 300,
    checklistItems: 100,
    parents: 1000,
  },
  lists: {
    areas: 1000,
    categories: 200,
    places: 2000,
    contactMoments: 2000,
    visits: 2000,
    reliabilityChecks: 20,
    workMethods: 500,
    insights: 5000,
    feedbackActions: 1000,
    sessions: 1000,
    translations: 1000,
    questionnaires: 200,
    questions: 100,
    questionnaireTranslations: 50,
    responses: 20000,
  },
} as const;

const L = DOCUMENT_LIMITS;

// Control characters other than tab and line breaks never belong in a typed text (and
// PostgreSQL refuses NUL), so they are dropped; everything else is kept exactly.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function text(max: number) {
  return z
    .string()
    .max(max)
    .default('')
    .transform((value) => value.replace(CONTROL, ''));
}

function requiredText(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .transform((value) => value.replace(CONTROL, ''))
    .refine((value) => value.trim() !== '', { message: 'empty' });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T12:00:00Z`);
  return DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date yyyy-mm-dd, or '' when not filled in. */
const optionalDate = z
  .string()
  .default('')
  .refine((value) => value === '' || isRealDate(value), { message: 'date' });

/** A calendar date yyyy-mm-dd, or null (or '' as a form may store it) when not filled in. */
const nullableDate = z
  .string()
  .nullable()
  .default(null)
  .refine((value) => value === null || value === '' || isRealDate(value), { message: 'date' });

const time = z
  .string()
  .default('')
  .refine((value) => value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), {
    message: 'time',
  });

const localId = z.string().min(1).max(L.id);
const reference = localId.nullable().default(null);
const flag = z.boolean().default(false);

function keys<T extends { key: string }>(list: readonly T[]): [T['key'], ...T['key'][]] {
  return list.map((item) => item.key) as [T['key'], ...T['key'][]];
}

const stepKey = z.enum(['1', '2', '3', '4', '5', '6']);

const planSchema = z.object({
  title: requiredText(L.plan.title),
  municipalityCode: requiredText(L.code).refine((code) => findMunicipality(code) !== undefined, {
    message: 'municipality',
  }),
  municipalityName: requiredText(L.plan.municipalityName),
  status: z.enum(PLAN_STATUSES).default('actief'),
  learnWhat: text(L.plan.learnWhat),
  needFor: text(L.plan.needFor),
  ages: z
    .array(z.enum(AGE_GROUP_KEYS as [string, ...string[]]))
    .max(10)
    .default([]),
  circumstances: z
    .array(z.enum(CIRCUMSTANCE_KEYS as [string, ...string[]]))
    .max(20)
    .default([]),
  targetNotes: text(L.plan.targetNotes),
  stepStatus: z.partialRecord(stepKey, z.enum(STEP_STATUSES)).default({}),
  planningDiscussedOn: nullableDate,
});

const areaSchema = z.object({
  id: localId.optional(),
  kind: z.enum(['wijk', 'buurt']),
  code: z.string().max(L.code).nullable().default(null),
  name: requiredText(L.area.name),
  why: text(L.area.why),
  notes: text(L.area.notes),
});

const categorySchema = z.object({
  id: localId,
  name: requiredText(L.category.name),
});

const placeSchema = z.object({
  id: localId,
  /** A built-in category key or the id of an entry in `categories`. */
  category: z.string().min(1).max(L.id),
  name: requiredText(L.place.name),
  address: text(L.place.address),
  postcode: text(L.place.postcode),
  city: text(L.place.city),
  whenParents: text(L.place.whenParents),
  organisationName: text(L.place.organisationName),
  contactPerson: text(L.place.contactPerson),
  phone: text(L.place.phone),
  email: text(L.place.email),
  socialMedia: text(L.place.socialMedia),
  notes: text(L.place.notes),
  tipFrom: text(L.place.tipFrom),
  /** False for a place the plan refers to (a visit, a contact) that is not on its card. */
  onCard: z.boolean().default(true),
  topRank: z.number().int().min(1).max(3).nullable().default(null),
  topReason: text(L.place.topReason),
  // Where the address lies (optional: from geocoding; documents without them stay valid).
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  wijkCode: z.string().regex(WIJK_CODE).optional(),
  buurtCode: z.string().regex(BUURT_CODE).optional(),
});

/** Optional since issue 4: how long it takes and a weekly repeat (absent in older files). */
const schedule = {
  durationMinutes: z.number().int().min(1).max(1440).nullable().default(null),
  repeatWeeks: z.number().int().min(1).max(52).nullable().default(null),
  repeatUntil: nullableDate,
};

const contactMomentSchema = z.object({
  id: localId.optional(),
  placeRef: reference,
  withWhom: requiredText(L.contactMoment.withWhom),
  plannedOn: optionalDate,
  plannedTime: time,
  purpose: text(L.contactMoment.purpose),
  status: z.enum(keys(CONTACT_MOMENT_STATUSES)).default('gepland'),
  discussedWithManager: flag,
  discussedOn: nullableDate,
  ...schedule,
});

const visitSchema = z.object({
  id: localId.optional(),
  placeRef: reference,
  placeText: text(L.visit.placeText),
  // Optional since the visit got a person (older documents have none): version stays 1.
  withWhom: text(L.visit.withWhom),
  visitOn: optionalDate,
  visitTime: time,
  ...schedule,
  status: z.enum(keys(VISIT_STATUSES)).default('gepland'),
  parentsBusyWith: text(L.visit.parentsBusyWith),
  notes: text(L.visit.notes),
  discussedWithManager: flag,
  discussedOn: nullableDate,
});

const reliabilityCheckSchema = z.object({
  point: z.enum(keys(RELIABILITY_POINTS)),
  checked: flag,
  notes: text(L.reliabilityCheck.notes),
});

const workMethodSchema = z.object({
  id: localId,
  method: z.enum(keys(METHODS)),
  whenText: text(L.workMethod.whenText),
  withWhom: text(L.workMethod.withWhom),
  learnGoal: text(L.workMethod.learnGoal),
  notes: text(L.workMethod.notes),
});

const insightSchema = z.object({
  id: localId.optional(),
  workMethodRef: reference,
  kind: z.enum(keys(INSIGHT_KINDS)),
  text: requiredText(L.insight.text),
  theme: text(L.insight.theme),
  // The fields below were added with the insights board; older documents have none of them.
  quote: text(L.insight.quote),
  sourceKind: z.enum(['', ...keys(INSIGHT_SOURCES)]).default(''),
  sourceText: text(L.insight.sourceText),
  sessionRef: reference,
  reportBack: flag,
});

const feedbackActionSchema = z.object({
  id: localId.optional(),
  what: requiredText(L.feedbackAction.what),
  toWhom: text(L.feedbackAction.toWhom),
  heard: text(L.feedbackAction.heard),
  willDo: text(L.feedbackAction.willDo),
  cannotDo: text(L.feedbackAction.cannotDo),
  channel: z.enum(keys(FEEDBACK_CHANNELS)),
  plannedOn: optionalDate,
  done: flag,
  doneOn: nullableDate,
});

/** The poster or letter of step 6 (added in version 1 as an optional part). */
const feedbackPosterSchema = z.object({
  form: z.enum(['poster', 'brief']),
  title: text(L.feedbackPoster.title),
  intro: text(L.feedbackPoster.intro),
  closing: text(L.feedbackPoster.closing),
});

/** A poster or invitation in another language (added in version 1 as an optional list). */
const translationSchema = z.object({
  subject: z.enum(['poster', 'uitnodiging']),
  sessionRef: reference,
  language: z
    .string()
    .min(2)
    .max(L.translation.language)
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/),
  text: requiredText(L.translation.text),
});

/** A session of step 5 (added in version 1 as an optional list). */
const sessionSchema = z.object({
  id: localId.optional(),
  method: z.enum(keys(METHODS)),
  title: text(L.session.title),
  date: z.string().refine(isRealDate, { message: 'date' }),
  startTime: time,
  endTime: time,
  place: text(L.session.place),
  expectedParents: z.number().int().min(0).max(L.session.parents).nullable().default(null),
  languageSupport: text(L.session.languageSupport),
  childcare: text(L.session.childcare),
  accessibility: text(L.session.accessibility),
  compensation: text(L.session.compensation),
  invitationText: text(L.session.invitationText),
  checklist: z
    .array(z.string().max(L.session.checklistItem))
    .max(L.session.checklistItems)
    .default([]),
  attendedParents: z.number().int().min(0).max(L.session.parents).nullable().default(null),
  notesAfter: text(L.session.notesAfter),
});

const languageCode = z
  .string()
  .min(2)
  .max(L.translation.language)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/);

/**
 * A questionnaire with its questions, its texts in other languages and the answers. Inside it,
 * a question is known by its number (1 = the first): translation keys say `vraag.{n}` and
 * `vraag.{n}.keuze.{i}`, an answer says `question: n`.
 */
const questionnaireSchema = z.object({
  title: requiredText(200),
  intro: text(2000),
  closesOn: z.string().refine(isRealDate, { message: 'date' }),
  questions: z
    .array(
      z.object({
        kind: z.enum(['smiley', 'ja-nee', 'keuze', 'open']),
        text: requiredText(500),
        options: z.array(requiredText(200)).max(8).default([]),
      }),
    )
    .max(L.lists.questions)
    .default([]),
  translations: z
    .array(
      z.object({
        language: languageCode,
        texts: z.record(z.string().max(60), z.string().max(2000)).default({}),
      }),
    )
    .max(L.lists.questionnaireTranslations)
    .default([]),
  responses: z
    .array(
      z.object({
        language: z.union([z.literal('nl'), languageCode]).default('nl'),
        source: z.enum(['online', 'papier']).default('online'),
        contact: text(200),
        createdAt: z.string().max(40).optional(),
        answers: z
          .array(z.object({ question: z.number().int().min(1), value: text(2000) }))
          .max(L.lists.questions)
          .default([]),
      }),
    )
    .max(L.lists.responses)
    .default([]),
});

/** Version 1 of the plan document. Unknown keys are ignored, so optional additions stay 1. */
export const planDocumentV1Schema = z.object({
  format: z.literal(PLAN_DOCUMENT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().max(40).optional(),
  personalDataNotice: z.string().max(2000).optional(),
  plan: planSchema,
  areas: z.array(areaSchema).max(L.lists.areas).default([]),
  categories: z.array(categorySchema).max(L.lists.categories).default([]),
  places: z.array(placeSchema).max(L.lists.places).default([]),
  contactMoments: z.array(contactMomentSchema).max(L.lists.contactMoments).default([]),
  visits: z.array(visitSchema).max(L.lists.visits).default([]),
  reliabilityChecks: z.array(reliabilityCheckSchema).max(L.lists.reliabilityChecks).default([]),
  workMethods: z.array(workMethodSchema).max(L.lists.workMethods).default([]),
  insights: z.array(insightSchema).max(L.lists.insights).default([]),
  feedbackActions: z.array(feedbackActionSchema).max(L.lists.feedbackActions).default([]),
  sessions: z.array(sessionSchema).max(L.lists.sessions).default([]),
  feedbackPoster: feedbackPosterSchema.nullable().default(null),
  translations: z.array(translationSchema).max(L.lists.translations).default([]),
  questionnaires: z.array(questionnaireSchema).max(L.lists.questionnaires).default([]),
});

/** A document as read (defaults filled in). */
export type PlanDocument = z.output<typeof planDocumentV1Schema>;
/** A document as written: what export produces and what the demo builds. */
export type PlanDocumentInput = z.input<typeof planDocumentV1Schema>;
export type PlanDocumentPlace = PlanDocument['places'][number];
type EntryOf<K extends keyof PlanDocument> = PlanDocument[K] extends (infer E)[] ? E : never;
export type ReliabilityPointKey = EntryOf<'reliabilityChecks'>['point'];
export type MethodKey = EntryOf<'workMethods'>['method'];
export type FeedbackChannelKey = EntryOf<'feedbackActions'>['channel'];
export type InsightSourceKey = EntryOf<'insights'>['sourceKind'];
export type PlanDocumentSession = EntryOf<'sessions'>;
export type PlanDocumentQuestionnaire = EntryOf<'questionnaires'>;

export type ReadResult = { ok: true; document: PlanDocument } | { ok: false; errors: string[] };

/** How many problems we list at most; a broken file would otherwise give thousands. */
const MAX_ERRORS = 10;

/** Reads the text of an uploaded file: JSON first, then the document itself. */
export function readPlanDocumentText(content: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const where = jsonErrorPlace(error);
    return {
      ok: false,
      errors: [
        `Dit bestand is geen geldig plandocument: de inhoud is geen leesbare JSON${where}. ` +
          'Kies het bestand dat je kreeg met de knop "Plandocument downloaden".',
      ],
    };
  }
  return readPlanDocument(json);
}

function jsonErrorPlace(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (de fout zit in regel ${lineColumn[1]}, teken ${lineColumn[2]})`;
  return '';
}

/**
 * Checks a parsed JSON value and returns the document in the current version.
 *
 * Every version ever written stays readable: when version 2 comes, `case 1` upgrades a version 1
 * document to version 2 (a pure function, tested) and falls through to `case 2`, which validates.
 */
export function readPlanDocument(json: unknown): ReadResult {
  if (!isRecord(json) || json.format !== PLAN_DOCUMENT_FORMAT) {
    return {
      ok: false,
      errors: [
        'Dit bestand is geen plandocument van Ouders in de wijk. Kies het bestand dat je kreeg met de knop "Plandocument downloaden".',
      ],
    };
  }
  switch (json.version) {
    case 1:
      return validateCurrent(json);
    default:
      return { ok: false, errors: [versionProblem(json.version)] };
  }
}

function versionProblem(version: unknown): string {
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_DOCUMENT_VERSION) {
    return `Dit plandocument heeft versie ${version}. Deze app kan versie ${PLAN_DOCUMENT_VERSION} lezen. Het bestand is gemaakt met een nieuwere versie van Ouders in de wijk. Vraag de beheerder om de app bij te werken.`;
  }
  if (typeof version === 'number') {
    return `Dit plandocument heeft versie ${version}. Die versie bestaat niet. Deze app kan versie ${PLAN_DOCUMENT_VERSION} lezen.`;
  }
  if (typeof version === 'string' && version.length <= 20) {
    return `Dit plandocument heeft versie "${version}". De versie moet een getal zijn, zoals ${PLAN_DOCUMENT_VERSION}. Deze app kan versie ${PLAN_DOCUMENT_VERSION} lezen.`;
  }
  return 'In dit plandocument staat niet welke versie het heeft. Daarom kan het niet worden gelezen.';
}

function validateCurrent(json: Record<string, unknown>): ReadResult {
  const result = planDocumentV1Schema.safeParse(json);
  if (!result.success) {
    const errors = result.error.issues.map((issue) =>
      describeIssue(json, issue.path as (string | number)[], issue),
    );
    return { ok: false, errors: limitErrors(unique(errors)) };
  }
  const referenceErrors = checkReferences(result.data);
  if (referenceErrors.length > 0) return { ok: false, errors: limitErrors(referenceErrors) };
  return { ok: true, document: result.data };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function limitErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [
    ...errors.slice(0, MAX_ERRORS),
    rest === 1 ? 'En nog 1 ander probleem.' : `En nog ${rest} andere problemen.`,
  ];
}

// --- readable messages ---------------------------------------------------------------------

type Collection =
  | 'areas'
  | 'categories'
  | 'places'
  | 'contactMoments'
  | 'visits'
  | 'reliabilityChecks'
  | 'workMethods'
  | 'insights'
  | 'feedbackActions'
  | 'sessions'
  | 'translations';

const COLLECTIONS: Record<Collection, { one: string; list: string }> = {
  areas: { one: 'Wijk of buurt', list: 'de lijst met wijken en buurten' },
  categories: { one: 'Eigen soort plek', list: 'de lijst met eigen soorten plekken' },
  places: { one: 'Ontmoetingsplek', list: 'de lijst met ontmoetingsplekken' },
  contactMoments: { one: 'Contactmoment', list: 'de lijst met contactmomenten' },
  visits: { one: 'Bezoek', list: 'de lijst met bezoeken' },
  reliabilityChecks: {
    one: 'Punt over betrouwbaar zijn',
    list: 'de lijst met punten over betrouwbaar zijn',
  },
  workMethods: { one: 'Werkvorm', list: 'de lijst met werkvormen' },
  insights: { one: 'Inzicht', list: 'de lijst met inzichten' },
  feedbackActions: { one: 'Terugkoppeling', list: 'de lijst met terugkoppelingen' },
  sessions: { one: 'Bijeenkomst', list: 'de lijst met bijeenkomsten' },
  translations: { one: 'Tekst in een andere taal', list: 'de lijst met teksten in andere talen' },
};

const FIELD_LABELS: Record<string, string> = {
  id: 'het kenmerk (id)',
  title: 'de naam van het plan',
  municipalityCode: 'de code van de gemeente',
  municipalityName: 'de naam van de gemeente',
  status: 'de status',
  learnWhat: 'wat je wilt leren',
  needFor: 'waarvoor je de ouders nodig hebt',
  ages: 'de leeftijd van de kinderen',
  circumstances: 'de omstandigheden van de ouders',
  targetNotes: 'de toelichting op de doelgroep',
  stepStatus: 'de status van de stappen',
  planningDiscussedOn: 'de datum waarop de planning is besproken',
  kind: 'de soort',
  code: 'de CBS-code',
  name: 'de naam',
  why: 'waarom je deze wijk kiest',
  notes: 'de aantekeningen',
  category: 'de soort plek',
  address: 'het adres',
  postcode: 'de postcode',
  city: 'de plaats',
  whenParents: 'wanneer ouders er zijn',
  organisationName: 'de organisatie',
  contactPerson: 'de contactpersoon',
  phone: 'het telefoonnummer',
  email: 'het e-mailadres',
  socialMedia: 'de sociale media',
  tipFrom: 'van wie de tip komt',
  onCard: 'of de plek op de overzichtskaart staat',
  topRank: 'de plaats in de top 3',
  topReason: 'de reden voor de top 3',
  latitude: 'de breedtegraad',
  longitude: 'de lengtegraad',
  wijkCode: 'de CBS-code van de wijk',
  buurtCode: 'de CBS-code van de buurt',
  placeRef: 'de ontmoetingsplek',
  withWhom: 'met wie',
  plannedOn: 'de datum',
  plannedTime: 'de tijd',
  purpose: 'het doel',
  discussedWithManager: 'of het is besproken met de leidinggevende',
  discussedOn: 'de datum van de bespreking',
  placeText: 'de plek',
  visitOn: 'de datum van het bezoek',
  parentsBusyWith: 'waar ouders mee bezig zijn',
  point: 'het punt',
  checked: 'of het punt is afgevinkt',
  method: 'de werkvorm',
  whenText: 'wanneer',
  learnGoal: 'wat je wilt leren',
  workMethodRef: 'de werkvorm',
  sessionRef: 'de bijeenkomst',
  text: 'de tekst',
  theme: 'het thema',
  what: 'wat je terugkoppelt',
  toWhom: 'aan wie',
  channel: 'de manier van terugkoppelen',
  done: 'of het is gedaan',
  doneOn: 'de datum waarop het is gedaan',
  date: 'de datum',
  startTime: 'de begintijd',
  endTime: 'de eindtijd',
  place: 'de plek',
  expectedParents: 'hoeveel ouders je verwacht',
  languageSupport: 'de tolk of taalhulp',
  childcare: 'de oppas',
  accessibility: 'de toegankelijkheid',
  compensation: 'de vergoeding',
  invitationText: 'de uitnodiging',
  checklist: 'wat al geregeld is',
  attendedParents: 'hoeveel ouders er kwamen',
  notesAfter: 'de aantekeningen na afloop',
  plan: 'het onderdeel "plan"',
};

type Issue = z.core.$ZodIssue;

function describeIssue(json: unknown, path: (string | number)[], issue: Issue): string {
  const technical = formatPath(path);
  const value = valueAt(json, path);
  const [first, index, field] = path;
  let subject: string;
  let where: string;
  if (first === 'plan') {
    where = 'Plan';
    subject = FIELD_LABELS[String(index ?? 'plan')] ?? `het veld "${String(index)}"`;
    if (index === 'stepStatus' && path[2] !== undefined) {
      subject = `de status van stap ${String(path[2])}`;
    }
  } else if (typeof first === 'string' && first in COLLECTIONS) {
    const collection = COLLECTIONS[first as Collection];
    if (typeof index === 'number') {
      where = `${collection.one} ${index + 1}${entryName(json, first, index)}`;
      subject = FIELD_LABELS[String(field ?? '')] ?? 'deze regel';
      if (field === 'ages' || field === 'circumstances') subject = FIELD_LABELS[field] ?? subject;
    } else {
      where = 'Plandocument';
      subject = collection.list;
    }
  } else {
    where = 'Plandocument';
    subject = FIELD_LABELS[String(first ?? '')] ?? `het veld "${String(first ?? '')}"`;
  }
  return `${where}: ${subject} ${problem(issue, value)} (${technical})`;
}

function problem(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'ontbreekt.';
      return `heeft de verkeerde vorm: verwacht ${typeName(issue.expected)}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is te lang: gebruik hoogstens ${issue.maximum} tekens.`;
      if (issue.origin === 'array')
        return `is te lang: hoogstens ${issue.maximum} regels zijn toegestaan.`;
      return `is te groot: hoogstens ${issue.maximum}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'ontbreekt.';
      return `is te klein: minstens ${issue.minimum}.`;
    case 'invalid_value': {
      const options = issue.values.map((v) => `"${String(v)}"`);
      const shown = typeof value === 'string' ? ` "${value.slice(0, 40)}"` : '';
      return options.length <= 10
        ? `heeft een onbekende waarde${shown}. Kies uit: ${options.join(', ')}.`
        : `heeft een onbekende waarde${shown}.`;
    }
    case 'unrecognized_keys':
      return `bevat iets wat niet bestaat: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'custom':
      if (issue.message === 'date') return 'is geen geldige datum. Schrijf die als jjjj-mm-dd.';
      if (issue.message === 'time') return 'is geen geldige tijd. Schrijf die als uu:mm.';
      if (issue.message === 'empty') return 'ontbreekt.';
      if (issue.message === 'municipality') return 'is geen Nederlandse gemeente die wij kennen.';
      return 'klopt niet.';
    default:
      return 'klopt niet.';
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    int: 'een heel getal',
    boolean: 'true of false',
    array: 'een lijst',
    object: 'een object',
    null: 'null',
  };
  return names[expected] ?? expected;
}

function formatPath(path: (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out || 'het hele bestand';
}

function valueAt(json: unknown, path: (string | number)[]): unknown {
  let current: unknown = json;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === 'number') current = current[part];
    else if (isRecord(current)) current = current[String(part)];
    else return undefined;
  }
  return current;
}

/** ` ("Bibliotheek Overvecht")` for an entry with a usable name, so people find it. */
function entryName(json: unknown, collection: string, index: number): string {
  const entry = valueAt(json, [collection, index]);
  if (!isRecord(entry)) return '';
  const name = [entry.name, entry.withWhom, entry.what, entry.text].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  );
  if (!name) return '';
  const short = name.trim().length > 40 ? `${name.trim().slice(0, 40)}…` : name.trim();
  return ` ("${short}")`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// --- references ----------------------------------------------------------------------------

function checkReferences(document: PlanDocument): string[] {
  const errors: string[] = [];
  const categoryIds = idsOf(document.categories, 'categories', errors);
  const placeIds = idsOf(document.places, 'places', errors);
  const methodIds = idsOf(document.workMethods, 'workMethods', errors);
  idsOf(document.areas, 'areas', errors);
  idsOf(document.contactMoments, 'contactMoments', errors);
  idsOf(document.visits, 'visits', errors);
  idsOf(document.insights, 'insights', errors);
  idsOf(document.feedbackActions, 'feedbackActions', errors);
  const sessionIds = idsOf(document.sessions, 'sessions', errors);
  const builtIn = new Set<string>(CATEGORY_KEYS);
  document.categories.forEach((category, index) => {
    if (builtIn.has(category.id)) {
      errors.push(
        `${COLLECTIONS.categories.one} ${index + 1} ("${category.name}"): het kenmerk "${category.id}" is de naam van een vaste soort plek. Kies een ander kenmerk, zoals "category-${index + 1}". (categories[${index}].id)`,
      );
    }
  });

  document.places.forEach((place, index) => {
    if (!builtIn.has(place.category) && !categoryIds.has(place.category)) {
      errors.push(
        `${COLLECTIONS.places.one} ${index + 1} ("${place.name}"): de soort plek "${place.category}" bestaat niet. Gebruik een vaste soort of een kenmerk uit "categories". (places[${index}].category)`,
      );
    }
    if ((place.latitude === undefined) !== (place.longitude === undefined)) {
      errors.push(
        `${COLLECTIONS.places.one} ${index + 1} ("${place.name}"): geef de breedtegraad en de lengtegraad allebei, of geen van beide. (places[${index}].latitude)`,
      );
    }
    if (place.topRank !== null && !place.onCard) {
      errors.push(
        `${COLLECTIONS.places.one} ${index + 1} ("${place.name}"): een plek in de top 3 moet op de overzichtskaart staan. (places[${index}].topRank)`,
      );
    }
  });
  const ranks = new Map<number, number>();
  document.places.forEach((place, index) => {
    if (place.topRank === null) return;
    const earlier = ranks.get(place.topRank);
    if (earlier !== undefined) {
      errors.push(
        `${COLLECTIONS.places.one} ${index + 1} ("${place.name}"): plaats ${place.topRank} in de top 3 is al gegeven aan ontmoetingsplek ${earlier + 1}. (places[${index}].topRank)`,
      );
    } else {
      ranks.set(place.topRank, index);
    }
  });

  const checkRef = (
    collection: Collection,
    index: number,
    field: string,
    ref: string | null,
    known: Set<string>,
  ) => {
    if (ref === null || known.has(ref)) return;
    const label = FIELD_LABELS[field] ?? field;
    errors.push(
      `${COLLECTIONS[collection].one} ${index + 1}: ${label} "${ref.slice(0, 40)}" staat niet in het bestand. (${collection}[${index}].${field})`,
    );
  };
  document.contactMoments.forEach((entry, index) => {
    checkRef('contactMoments', index, 'placeRef', entry.placeRef, placeIds);
  });
  document.visits.forEach((entry, index) => {
    checkRef('visits', index, 'placeRef', entry.placeRef, placeIds);
  });
  document.insights.forEach((entry, index) => {
    checkRef('insights', index, 'workMethodRef', entry.workMethodRef, methodIds);
    checkRef('insights', index, 'sessionRef', entry.sessionRef, sessionIds);
  });
  document.translations.forEach((entry, index) => {
    checkRef('translations', index, 'sessionRef', entry.sessionRef, sessionIds);
  });

  const points = new Set<string>();
  document.reliabilityChecks.forEach((entry, index) => {
    if (points.has(entry.point)) {
      errors.push(
        `${COLLECTIONS.reliabilityChecks.one} ${index + 1}: het punt "${entry.point}" staat er twee keer in. (reliabilityChecks[${index}].point)`,
      );
    }
    points.add(entry.point);
  });
  return errors;
}

function idsOf(
  entries: readonly { id?: string | undefined }[],
  collection: Collection,
  errors: string[],
): Set<string> {
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.id === undefined) return;
    if (ids.has(entry.id)) {
      errors.push(
        `${COLLECTIONS[collection].one} ${index + 1}: het kenmerk "${entry.id.slice(0, 40)}" komt twee keer voor. Elk kenmerk mag maar één keer voorkomen. (${collection}[${index}].id)`,
      );
    }
    ids.add(entry.id);
  });
  return ids;
}

// --- comparing documents -------------------------------------------------------------------

/**
 * The content of a document without ids and timestamps: each reference is replaced by the
 * content it points to. Two exports of the same plan compare equal with this. `ignoreOrder`
 * also sorts every list, to compare a hand-made document with what the app made of it.
 */
export function comparablePlanDocument(
  document: PlanDocumentInput,
  options: { ignoreOrder?: boolean } = {},
): unknown {
  const withoutId = <T extends { id?: string | undefined }>({ id: _id, ...rest }: T) => rest;
  const categories = new Map((document.categories ?? []).map((c) => [c.id, withoutId(c)]));
  const places = new Map(
    (document.places ?? []).map((place) => [
      place.id,
      {
        ...withoutId(place),
        category: categories.get(place.category) ?? place.category,
      },
    ]),
  );
  const methods = new Map((document.workMethods ?? []).map((m) => [m.id, withoutId(m)]));
  const sessions = new Map(
    (document.sessions ?? []).flatMap((s) => (s.id ? [[s.id, withoutId(s)] as const] : [])),
  );
  const follow = (map: Map<string, unknown>, ref: string | null | undefined) =>
    ref === null || ref === undefined ? null : (map.get(ref) ?? `missing:${ref}`);
  const list = <T>(items: T[]): T[] =>
    options.ignoreOrder
      ? [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : items;
  return {
    format: document.format,
    version: document.version,
    plan: document.plan,
    areas: list((document.areas ?? []).map(withoutId)),
    categories: list([...categories.values()]),
    places: list([...places.values()]),
    contactMoments: list(
      (document.contactMoments ?? []).map((entry) => ({
        ...withoutId(entry),
        placeRef: follow(places, entry.placeRef),
      })),
    ),
    visits: list(
      (document.visits ?? []).map((entry) => ({
        ...withoutId(entry),
        placeRef: follow(places, entry.placeRef),
      })),
    ),
    reliabilityChecks: list(document.reliabilityChecks ?? []),
    workMethods: list([...methods.values()]),
    insights: list(
      (document.insights ?? []).map((entry) => ({
        ...withoutId(entry),
        workMethodRef: follow(methods, entry.workMethodRef),
        sessionRef: follow(sessions, entry.sessionRef),
      })),
    ),
    feedbackActions: list((document.feedbackActions ?? []).map(withoutId)),
    sessions: list((document.sessions ?? []).map(withoutId)),
    feedbackPoster: document.feedbackPoster ?? null,
    translations: list(
      (document.translations ?? []).map((entry) => ({
        ...entry,
        sessionRef: follow(sessions, entry.sessionRef),
      })),
    ),
    questionnaires: list(
      (document.questionnaires ?? []).map((entry) => ({
        ...entry,
        responses: (entry.responses ?? []).map(({ createdAt: _createdAt, ...rest }) => rest),
      })),
    ),
  };
}
