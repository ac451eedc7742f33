// The fixed lists of the six-step approach. Later steps compute with these keys, so keys never
// change once shipped; labels (Dutch, plain language) may be improved.

import type { PlanStatus, StepStatus } from '~/lib/db/schema';

export const STEPS = [
  { number: 1, title: 'Wie en waarom', path: 'stap/1' },
  { number: 2, title: 'Waar wonen ze', path: 'stap/2' },
  { number: 3, title: 'Waar komen ze', path: 'stap/3' },
  { number: 4, title: 'Vertrouwen opbouwen', path: 'stap/4' },
  { number: 5, title: 'Samenwerken', path: 'stap/5' },
  { number: 6, title: 'Terugkoppelen', path: 'stap/6' },
] as const;

export type StepNumber = (typeof STEPS)[number]['number'];

export const STEP_STATUSES = [
  'niet-begonnen',
  'bezig',
  'klaar',
] as const satisfies readonly StepStatus[];

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  'niet-begonnen': 'Niet begonnen',
  bezig: 'Bezig',
  klaar: 'Klaar',
};

export const PLAN_STATUSES = [
  'actief',
  'afgerond',
  'gearchiveerd',
] as const satisfies readonly PlanStatus[];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  actief: 'Actief',
  afgerond: 'Afgerond',
  gearchiveerd: 'Gearchiveerd',
};

export const AGE_GROUPS = [
  { key: '0-4', label: '0 tot 4 jaar' },
  { key: '4-12', label: '4 tot 12 jaar (basisschool)' },
  { key: '12-18', label: '12 tot 18 jaar' },
] as const;

export const CIRCUMSTANCES = [
  { key: 'weinig-geld', label: 'weinig geld' },
  { key: 'lezen-schrijven', label: 'moeite met lezen en schrijven' },
  { key: 'weinig-nederlands', label: 'spreekt weinig Nederlands' },
  { key: 'alleenstaand', label: 'alleenstaande ouder' },
  { key: 'nieuw-migratie', label: 'nieuw in Nederland of migratieachtergrond' },
  { key: 'beperking-ziekte', label: 'ouder of kind met een beperking of chronische ziekte' },
  { key: 'geen-werk-bijstand', label: 'geen werk of bijstand' },
] as const;

export type AgeGroupKey = (typeof AGE_GROUPS)[number]['key'];
export type CircumstanceKey = (typeof CIRCUMSTANCES)[number]['key'];

export const AGE_GROUP_KEYS = AGE_GROUPS.map((a) => a.key) as AgeGroupKey[];
export const CIRCUMSTANCE_KEYS = CIRCUMSTANCES.map((c) => c.key) as CircumstanceKey[];

/** The nine kinds of meeting place of the overzichtskaart, in the order they are printed. */
export const CATEGORIES = [
  { key: 'school', label: 'School, kinderopvang en consultatiebureau' },
  { key: 'buurthuis', label: 'Bibliotheek, buurthuis en taalschool' },
  { key: 'markt', label: 'Markt' },
  { key: 'sport', label: 'Sportvereniging' },
  { key: 'zwembad', label: 'Zwembad' },
  { key: 'zelforganisatie', label: '(Migranten)zelforganisatie' },
  { key: 'geloof', label: 'Moskee, kerk en tempel' },
  { key: 'buiten', label: 'Park, speeltuin, plein en volkstuin' },
  { key: 'kringloop', label: 'Kringloop en voedselbank' },
] as const;

export type BuiltInCategoryKey = (typeof CATEGORIES)[number]['key'];

export const CATEGORY_KEYS = CATEGORIES.map((c) => c.key) as BuiltInCategoryKey[];

export const CONTACT_MOMENT_STATUSES = [
  { key: 'gepland', label: 'Gepland' },
  { key: 'gedaan', label: 'Gedaan' },
  { key: 'afgezegd', label: 'Afgezegd' },
] as const;

export const VISIT_STATUSES = [
  { key: 'gepland', label: 'Gepland' },
  { key: 'gedaan', label: 'Gedaan' },
] as const;

/** The four ways to be reliable (step 4). */
export const RELIABILITY_POINTS = [
  {
    key: 'aanwezig',
    label: 'Ik ben veel in de wijk',
    hint: 'Ouders leren je kennen als ze je vaak zien. Kom op vaste momenten terug.',
  },
  {
    key: 'snel-antwoord',
    label: 'Ik reageer snel',
    hint: 'Belt of mailt een ouder? Geef dan snel antwoord, het liefst persoonlijk.',
  },
  {
    key: 'duidelijke-afspraken',
    label: 'Ik maak duidelijke afspraken, ook over een vergoeding',
    hint: 'Vertel eerlijk wat meedoen inhoudt, hoeveel tijd het kost en of er een vergoeding is.',
  },
  {
    key: 'waarmaken',
    label: 'Ik beloof alleen wat ik waar kan maken',
    hint: 'Een belofte die je niet nakomt, kost veel vertrouwen. Beloof liever minder.',
  },
] as const;

export const METHODS = [
  { key: 'interview', label: 'Interview' },
  { key: 'focusgroep', label: 'Focusgroep (panel)' },
  { key: 'spiegelbijeenkomst', label: 'Spiegelbijeenkomst' },
  { key: 'pla', label: 'Participatief onderzoek (zoals PLA)' },
  { key: 'vragenlijst', label: 'Korte vragenlijst' },
  { key: 'cocreatie', label: 'Samen plannen maken (co-creatie)' },
  { key: 'anders', label: 'Een andere manier' },
] as const;

export const INSIGHT_KINDS = [
  { key: 'ervaring', label: 'Ervaring' },
  { key: 'behoefte', label: 'Behoefte' },
  { key: 'idee', label: 'Idee' },
] as const;

/** Where an insight was heard (the insights board). */
export const INSIGHT_SOURCES = [
  { key: 'bijeenkomst', label: 'Bijeenkomst' },
  { key: 'bezoek', label: 'Bezoek' },
  { key: 'contactmoment', label: 'Contactmoment' },
  { key: 'vragenlijst', label: 'Vragenlijst' },
  { key: 'anders', label: 'Anders' },
] as const;

export const FEEDBACK_CHANNELS = [
  { key: 'bijeenkomst', label: 'Vertellen op een bijeenkomst' },
  { key: 'poster', label: 'Poster, bijvoorbeeld bij het schoolplein' },
  { key: 'sleutelfiguur', label: 'Bericht via een sleutelfiguur' },
  { key: 'chatbericht', label: 'Chatbericht' },
  { key: 'brief', label: 'Brief in eenvoudige taal' },
  { key: 'anders', label: 'Anders' },
] as const;

export function labelOf<T extends { key: string; label: string }>(
  list: readonly T[],
  key: string,
): string {
  return list.find((item) => item.key === key)?.label ?? key;
}

/** Parses the stored step statuses, filling in "niet begonnen" for steps never touched. */
export function readStepStatus(json: string): Record<StepNumber, StepStatus> {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(json) as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const result = {} as Record<StepNumber, StepStatus>;
  for (const step of STEPS) {
    const value = stored[String(step.number)];
    result[step.number] = STEP_STATUSES.includes(value as StepStatus)
      ? (value as StepStatus)
      : 'niet-begonnen';
  }
  return result;
}
