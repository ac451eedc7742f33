import type { Generated } from 'kysely';

// Table types of our own data. Columns are snake_case in the database and camelCase here
// (Kysely's CamelCasePlugin). better-auth's own tables (user, session, account, verification,
// organization, member, invitation, rateLimit) are managed by better-auth and read through
// `AuthTables` below only where we need them.
//
// Portable between SQLite and PostgreSQL: ids and timestamps are text (ISO 8601 in UTC),
// flags are integers 0/1, lists are JSON text.

export type StepStatus = 'niet-begonnen' | 'bezig' | 'klaar';
export type PlanStatus = 'actief' | 'afgerond' | 'gearchiveerd';

export type PlanTable = {
  id: string;
  organisationId: string;
  title: string;
  municipalityCode: string;
  municipalityName: string;
  status: PlanStatus;
  learnWhat: string;
  needFor: string;
  /** JSON array of age-group keys. */
  ages: string;
  /** JSON array of circumstance keys. */
  circumstances: string;
  targetNotes: string;
  /** JSON object: step number → StepStatus. */
  stepStatus: string;
  planningDiscussedOn: string | null;
  /** When the plan was last set to afgerond or gearchiveerd; null while actief. */
  closedAt: Generated<string | null>;
  /** When the retention job removed the plan's personal data. */
  personalDataRemovedAt: Generated<string | null>;
  version: number;
  createdBy: string | null;
  /** The person responsible for the plan now: its maker, until it is handed over. */
  responsibleId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type PlanAreaTable = {
  id: string;
  planId: string;
  organisationId: string;
  kind: 'wijk' | 'buurt';
  /** CBS code, null when the user typed a name missing from the bundled list. */
  code: string | null;
  name: string;
  why: string;
  notes: string;
  position: number;
  createdAt: string;
};

export type CategoryTable = {
  id: string;
  organisationId: string;
  name: string;
  createdAt: string;
};

export type PlaceTable = {
  id: string;
  organisationId: string;
  /** A built-in category key (see categories.ts) or the id of an own category. */
  category: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  whenParents: string;
  organisationName: string;
  contactPerson: string;
  phone: string;
  phoneNormalized: string;
  email: string;
  socialMedia: string;
  notes: string;
  tipFrom: string;
  /** WGS84, from geocoding; null until an address was found. */
  latitude: number | null;
  longitude: number | null;
  /** CBS codes of the wijk (WK + 6) and buurt (BU + 8) the address lies in. */
  wijkCode: string | null;
  buurtCode: string | null;
  /** null: not looked up yet; 'gevonden' or 'niet-gevonden' after a look-up. */
  geocodeStatus: 'gevonden' | 'niet-gevonden' | null;
  geocodedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type PlanPlaceTable = {
  id: string;
  planId: string;
  placeId: string;
  organisationId: string;
  topRank: number | null;
  topReason: string;
  createdAt: string;
};

export type ContactMomentTable = {
  id: string;
  planId: string;
  organisationId: string;
  placeId: string | null;
  withWhom: string;
  plannedOn: string;
  plannedTime: string;
  purpose: string;
  status: 'gepland' | 'gedaan' | 'afgezegd';
  discussedWithManager: number;
  discussedOn: string | null;
  /** Length in minutes of an item with a time; null means one hour. */
  durationMinutes: number | null;
  /** Repeats every n weeks on the same weekday and local time; null when it happens once. */
  repeatWeeks: number | null;
  /** Last calendar date (yyyy-mm-dd) a repeat may fall on; null repeats without end. */
  repeatUntil: string | null;
  createdAt: string;
  updatedAt: string;
};

export type VisitTable = {
  id: string;
  planId: string;
  organisationId: string;
  placeId: string | null;
  placeText: string;
  /** The person met on the visit, as typed; '' when nobody in particular. */
  withWhom: Generated<string>;
  visitOn: string;
  /** hh:mm local time, or '' for a visit without a set time (an all-day item). */
  visitTime: Generated<string>;
  durationMinutes: number | null;
  repeatWeeks: number | null;
  repeatUntil: string | null;
  status: 'gepland' | 'gedaan';
  parentsBusyWith: string;
  notes: string;
  discussedWithManager: Generated<number>;
  discussedOn: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ReliabilityCheckTable = {
  planId: string;
  organisationId: string;
  point: string;
  checked: number;
  notes: string;
  updatedAt: string;
};

export type WorkMethodTable = {
  id: string;
  planId: string;
  organisationId: string;
  method: string;
  whenText: string;
  withWhom: string;
  learnGoal: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
};

export type InsightTable = {
  id: string;
  planId: string;
  organisationId: string;
  workMethodId: string | null;
  kind: 'ervaring' | 'behoefte' | 'idee';
  text: string;
  theme: string;
  quote: Generated<string>;
  sourceKind: Generated<string>;
  sourceText: Generated<string>;
  sessionId: string | null;
  reportBack: Generated<number>;
  createdAt: string;
  updatedAt: string;
};

export type FeedbackActionTable = {
  id: string;
  planId: string;
  organisationId: string;
  what: string;
  toWhom: string;
  channel: string;
  plannedOn: string;
  done: number;
  doneOn: string | null;
  heard: Generated<string>;
  willDo: Generated<string>;
  cannotDo: Generated<string>;
  createdAt: string;
  updatedAt: string;
};

/** A text for parents in another language, written by the professional (poster or invitation). */
export type ParentTextTranslationTable = {
  id: string;
  planId: string;
  organisationId: string;
  subject: 'poster' | 'uitnodiging';
  sessionId: string | null;
  language: string;
  text: string;
  createdAt: string;
  updatedAt: string;
};

/** The poster or letter of step 6 that tells parents what was done with what they said. */
export type FeedbackPosterTable = {
  planId: string;
  organisationId: string;
  form: 'poster' | 'brief';
  title: string;
  intro: string;
  closing: string;
  updatedAt: string;
};

/** A session of step 5: a meeting with parents with one method (table work_session). */
export type WorkSessionTable = {
  id: string;
  planId: string;
  organisationId: string;
  method: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  expectedParents: number | null;
  languageSupport: string;
  childcare: string;
  accessibility: string;
  compensation: string;
  invitationText: string;
  checklist: string;
  attendedParents: number | null;
  notesAfter: string;
  createdAt: string;
  updatedAt: string;
};

/** A member's private calendar subscription: the address holds a token, stored only as a hash. */
export type CalendarFeedTable = {
  id: string;
  organisationId: string;
  userId: string;
  tokenHash: string;
  createdAt: string;
};

/** An organisation in the register of contacts (a school, a mosque, a community centre). */
export type ContactOrganisationTable = {
  id: string;
  organisationId: string;
  name: string;
  phone: string;
  phoneNormalized: string;
  email: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type ContactPersonKind = 'contactpersoon' | 'sleutelfiguur';

/** A contact person of an organisation, or a key figure: a resident who knows where parents come. */
export type ContactPersonTable = {
  id: string;
  organisationId: string;
  contactOrganisationId: string | null;
  placeId: string | null;
  kind: ContactPersonKind;
  /** The name as the person writes it; sorting and search are derived from it. */
  name: string;
  role: string;
  phone: string;
  phoneNormalized: string;
  email: string;
  activeWhere: string;
  told: string;
  tips: string;
  notes: string;
  /** AVG legal basis (see features/privacy/legal-basis.ts); '' when not recorded yet. */
  legalBasis: Generated<string>;
  /** With the basis "toestemming": when (yyyy-mm-dd), how and for what consent was given. */
  consentOn: string | null;
  consentHow: Generated<string>;
  consentFor: Generated<string>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export type ContactEventKind = 'bezoek' | 'gesprek' | 'telefoon' | 'bericht' | 'email';

/** One entry on a person's timeline: a visit, a conversation, a call or a message. */
export type ContactEventTable = {
  id: string;
  organisationId: string;
  personId: string;
  kind: ContactEventKind;
  happenedOn: string;
  summary: string;
  createdAt: string;
};

/** Settings of an organisation's workspace: the answer-time target in working days. */
export type OrganisationSettingTable = {
  organisationId: string;
  answerTargetDays: Generated<number>;
  /** Months after a plan is afgerond or gearchiveerd before its personal data is removed. */
  retentionMonths: Generated<number>;
  updatedAt: string;
};

/** A school holiday the organisation corrected or added for a region (yyyy-mm-dd, inclusive). */
export type OrganisationSchoolHolidayTable = {
  id: string;
  organisationId: string;
  region: 'noord' | 'midden' | 'zuid';
  name: string;
  fromDate: string;
  toDate: string;
  createdAt: string;
};

export type IncomingChannel = 'telefoon' | 'email' | 'bericht' | 'persoonlijk';

/** A parent or partner who called, mailed or sent a message, and when it was answered. */
export type IncomingContactTable = {
  id: string;
  planId: string;
  organisationId: string;
  /** ISO timestamp in UTC. */
  receivedAt: string;
  channel: IncomingChannel;
  /** Who, without a parent's name: "een moeder van De Regenboog", "de buurtvader". */
  fromWhom: string;
  about: string;
  answeredAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type PromiseStatus = 'open' | 'nagekomen' | 'niet-gelukt';

export type PromiseTable = {
  id: string;
  planId: string;
  organisationId: string;
  what: string;
  toWhom: string;
  dueOn: string;
  status: PromiseStatus;
  howKept: string;
  createdAt: string;
  updatedAt: string;
};

export type CompensationForm = 'geld' | 'waardebon' | 'cadeau';

/** What a parent gets for taking part: for which activity, in what form, how much, paid when. */
export type CompensationTable = {
  id: string;
  planId: string;
  organisationId: string;
  activity: string;
  form: CompensationForm;
  amountCents: number;
  agreedWith: string;
  paidOn: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A form posted after the session expired, kept briefly so the user gets it back after signing in. */
export type PendingFormTable = {
  id: string;
  path: string;
  fields: string;
  createdAt: string;
};

/** CBS figures fetched online or imported from a file (see migration 0003_cbs_figures). */
export type CbsFigureSetTable = {
  id: string;
  organisationId: string;
  municipalityCode: string;
  source: string;
  label: string;
  /** JSON: year → region code → figure → value (null when CBS has none). */
  figures: string;
  fetchedAt: string;
};

export type Database = {
  plan: PlanTable;
  planArea: PlanAreaTable;
  category: CategoryTable;
  place: PlaceTable;
  planPlace: PlanPlaceTable;
  contactMoment: ContactMomentTable;
  visit: VisitTable;
  reliabilityCheck: ReliabilityCheckTable;
  workMethod: WorkMethodTable;
  insight: InsightTable;
  feedbackAction: FeedbackActionTable;
  feedbackPoster: FeedbackPosterTable;
  parentTextTranslation: ParentTextTranslationTable;
  workSession: WorkSessionTable;
  pendingForm: PendingFormTable;
  cbsFigureSet: CbsFigureSetTable;
  calendarFeed: CalendarFeedTable;
  contactOrganisation: ContactOrganisationTable;
  contactPerson: ContactPersonTable;
  contactEvent: ContactEventTable;
  organisationSetting: OrganisationSettingTable;
  organisationSchoolHoliday: OrganisationSchoolHolidayTable;
  incomingContact: IncomingContactTable;
  promise: PromiseTable;
  compensation: CompensationTable;
  teamInvite: TeamInviteTable;
  planShare: PlanShareTable;
  planningComment: PlanningCommentTable;
  planningApproval: PlanningApprovalTable;
  auditLog: AuditLogTable;
  jobRun: JobRunTable;
  questionnaire: QuestionnaireTable;
  questionnaireQuestion: QuestionnaireQuestionTable;
  questionnaireTranslation: QuestionnaireTranslationTable;
  questionnaireResponse: QuestionnaireResponseTable;
  questionnaireAnswer: QuestionnaireAnswerTable;
  publicPostLimit: PublicPostLimitTable;
  planHandover: PlanHandoverTable;
  requestLimit: RequestLimitTable;
  userMailSetting: UserMailSettingTable;
};

/** An invitation to the organisation (kind 'team') or to one plan (kind 'plan'). */
export type TeamInviteTable = {
  id: string;
  organisationId: string;
  /** SHA-256 of the token in the link; the token itself is never stored. */
  tokenHash: string;
  kind: 'team' | 'plan';
  /** 'team': a better-auth member role; 'plan': 'partner' or 'gast'. */
  role: string;
  planId: string | null;
  email: string;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
};

/** A person of another organisation with access to one plan. */
export type PlanShareTable = {
  id: string;
  planId: string;
  /** The organisation that owns the plan. */
  organisationId: string;
  userId: string;
  access: 'partner' | 'gast';
  createdAt: string;
};

export type PlanningCommentTable = {
  id: string;
  planId: string;
  organisationId: string;
  /** The contact moment or visit it is about; null for the planning as a whole. */
  itemId: string | null;
  authorId: string;
  authorName: string;
  authorOrganisation: string;
  text: string;
  createdAt: string;
};

export type PlanningApprovalTable = {
  id: string;
  planId: string;
  organisationId: string;
  approvedOn: string;
  approvedBy: string;
  approvedByName: string;
  createdAt: string;
};

/** Who created, changed, removed, viewed or exported personal data (see features/privacy). */
export type AuditLogTable = {
  id: string;
  organisationId: string;
  at: string;
  /** null for the scheduled retention job. */
  actorId: string | null;
  actorName: string;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  subjectLabel: string;
  detail: Generated<string>;
};

/** The claim of one run of a scheduled job for one period: (job, period) is the primary key. */
export type JobRunTable = {
  job: string;
  period: string;
  startedAt: string;
  finishedAt: string | null;
  result: Generated<string>;
};

/** A plan given to a colleague of the same organisation: who had it, who got it, who did it. */
export type PlanHandoverTable = {
  id: string;
  planId: string;
  organisationId: string;
  fromUserId: string | null;
  fromName: string;
  toUserId: string;
  toName: string;
  byUserId: string;
  byName: string;
  note: string;
  createdAt: string;
};

/** Requests per client address and page group in one time window (public pages). */
export type RequestLimitTable = {
  /** `<group>:<address>`. */
  key: string;
  /** Start of the window in milliseconds since 1970. */
  windowStart: number;
  count: number;
};

/** better-auth's tables as it names them (camelCase columns), read through the raw instance. */
export type AuthDatabase = {
  organization: { id: string; name: string; slug: string; createdAt: string | Date };
  member: {
    id: string;
    organizationId: string;
    userId: string;
    role: string;
    createdAt: string | Date;
  };
  user: { id: string; name: string; email: string };
  session: { id: string; userId: string; activeOrganizationId: string | null };
};

/** A short questionnaire for parents; `publicToken` is the secret part of its public link. */
export type QuestionnaireTable = {
  id: string;
  planId: string;
  organisationId: string;
  title: string;
  intro: string;
  /** The last day parents can answer (yyyy-mm-dd, Europe/Amsterdam). */
  closesOn: string;
  publicToken: string;
  createdAt: string;
  updatedAt: string;
};

export type QuestionnaireQuestionTable = {
  id: string;
  questionnaireId: string;
  organisationId: string;
  position: number;
  kind: 'smiley' | 'ja-nee' | 'keuze' | 'open';
  text: string;
  /** JSON array of the option texts of a 'keuze' question; answers hold the index. */
  options: string;
  createdAt: string;
};

/** The questionnaire's texts in one language: JSON object, key → text (see parent-texts.ts). */
export type QuestionnaireTranslationTable = {
  id: string;
  questionnaireId: string;
  organisationId: string;
  language: string;
  texts: string;
  createdAt: string;
  updatedAt: string;
};

export type QuestionnaireResponseTable = {
  id: string;
  questionnaireId: string;
  organisationId: string;
  language: string;
  source: 'online' | 'papier';
  /** Only when the parent ticked consent; '' otherwise. */
  contact: string;
  createdAt: string;
};

export type QuestionnaireAnswerTable = {
  id: string;
  responseId: string;
  questionId: string;
  organisationId: string;
  value: string;
};

/** Posts per window from one address to one public form (rate limit shared by all processes). */
export type PublicPostLimitTable = {
  key: string;
  windowStart: string;
  count: number;
};

/** Whether a person wants the weekly e-mail with what is due (no row: yes). */
export type UserMailSettingTable = {
  userId: string;
  /** 1 on, 0 off. */
  weeklyMail: number;
  updatedAt: string;
};
