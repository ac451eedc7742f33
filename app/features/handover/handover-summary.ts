import { STEP_STATUS_LABELS, STEPS, type StepNumber } from '~/features/plans/domain';
import type { StepStatus } from '~/lib/db/schema';

// The one-page handover summary: what a colleague who takes the plan over needs to know first.
// Pure, so the page and the PDF say the same.

export type HandoverSummary = {
  plan: {
    id: string;
    title: string;
    municipalityName: string;
    status: string;
    areas: string[];
    organisationName: string;
    responsibleName: string | null;
    updatedAt: string;
  };
  lastHandover: {
    fromName: string;
    toName: string;
    byName: string;
    note: string;
    createdAt: string;
  } | null;
  steps: StepLine[];
  topThree: {
    rank: number;
    placeName: string;
    contactPerson: string;
    phone: string;
    email: string;
    reason: string;
  }[];
  contactPersons: { name: string; role: string; phone: string; email: string; placeName: string }[];
  promises: { what: string; toWhom: string; dueOn: string; late: boolean }[];
  lateAnswers: { receivedAt: string; fromWhom: string; about: string; dueOn: string }[];
  coming: { date: string; time: string; kind: string; summary: string; done: boolean }[];
  latePlanning: { date: string; kind: string; summary: string }[];
  comingWeeks: number;
  today: string;
};

export type StepLine = {
  number: StepNumber;
  title: string;
  status: StepStatus;
  statusLabel: string;
  /** Where the step stands, in one plain sentence. */
  text: string;
};

type Count = { total: number; done: number };

export type StepFacts = {
  status: Record<StepNumber, StepStatus>;
  /** The first paragraph of the step 1 statement, or '' while it is not ready. */
  target: string;
  areas: string[];
  places: number;
  topThree: number;
  contactMoments: Count;
  visits: Count;
  methods: number;
  sessions: number;
  insights: number;
  feedback: Count;
};

function count(n: number, one: string, more: string): string {
  return `${n} ${n === 1 ? one : more}`;
}

function ofWhichDone({ total, done }: Count): string {
  return total === 0 ? '' : `, ${done} daarvan gedaan`;
}

/** One sentence per step: where it stands. */
export function stepLines(facts: StepFacts): StepLine[] {
  const texts: Record<StepNumber, string> = {
    1: facts.target || 'De doelgroep en het doel zijn nog niet beschreven.',
    2:
      facts.areas.length === 0
        ? 'Er zijn nog geen wijken gekozen.'
        : `Gekozen: ${facts.areas.join(', ')}.`,
    3:
      `${count(facts.places, 'ontmoetingsplek', 'ontmoetingsplekken')} op de overzichtskaart, ` +
      `${facts.topThree} van 3 in de top 3. ` +
      `${count(facts.contactMoments.total, 'contactmoment', 'contactmomenten')}${ofWhichDone(facts.contactMoments)}.`,
    4: `${count(facts.visits.total, 'bezoek', 'bezoeken')}${ofWhichDone(facts.visits)}.`,
    5:
      `${count(facts.methods, 'werkvorm', 'werkvormen')} gekozen, ` +
      `${count(facts.sessions, 'bijeenkomst', 'bijeenkomsten')}, ` +
      `${count(facts.insights, 'inzicht', 'inzichten')} opgeschreven.`,
    6:
      facts.feedback.total === 0
        ? 'Er is nog geen terugkoppeling aan ouders gepland.'
        : `${facts.feedback.done} van ${count(facts.feedback.total, 'terugkoppeling', 'terugkoppelingen')} gedaan.`,
  };
  return STEPS.map((step) => ({
    number: step.number,
    title: step.title,
    status: facts.status[step.number],
    statusLabel: STEP_STATUS_LABELS[facts.status[step.number]],
    text: texts[step.number],
  }));
}

export const KIND_LABELS: Record<string, string> = {
  contactmoment: 'Contactmoment',
  bezoek: 'Bezoek',
  bijeenkomst: 'Bijeenkomst',
};
