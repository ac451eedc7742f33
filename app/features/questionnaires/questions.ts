// The questions a questionnaire can ask, and the fixed texts a parent reads on its pages.
// Every closed question also offers "Ik weet het niet": reading or an opinion can be hard, and a
// parent who is not sure should not have to guess or give up.

export const QUESTION_KINDS = [
  { key: 'smiley', label: 'Smileys: goed, gaat wel, niet goed' },
  { key: 'ja-nee', label: 'Plaatjes: ja of nee' },
  { key: 'keuze', label: 'Meerkeuze: ouders kiezen één antwoord uit jouw lijst' },
  { key: 'open', label: 'Open vraag: ouders schrijven zelf iets' },
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number]['key'];

export const QUESTION_KIND_KEYS = QUESTION_KINDS.map((k) => k.key) as [
  QuestionKind,
  ...QuestionKind[],
];

export const DONT_KNOW = 'weet-niet';

/** Above this many questions the builder warns: a short list is answered more often. */
export const ADVISED_MAX_QUESTIONS = 10;

export const MAX_OPTIONS = 8;

/** The fixed texts of the parent pages, with their Dutch wording. A translation may give each. */
export const PARENT_TEXTS = {
  'vast.goed': 'Goed',
  'vast.gaat-wel': 'Gaat wel',
  'vast.niet-goed': 'Niet goed',
  'vast.ja': 'Ja',
  'vast.nee': 'Nee',
  'vast.weet-niet': 'Ik weet het niet',
  'vast.anoniem': 'Je hoeft je naam niet te geven. Niemand weet welke antwoorden van jou zijn.',
  'vast.contact':
    'Wil je dat we je bellen of mailen? Schrijf dan hier je nummer of je mailadres. Dit hoeft niet.',
  'vast.toestemming': 'Ja, jullie mogen dit bewaren en mij hierover bellen of mailen.',
  'vast.versturen': 'Antwoorden versturen',
  'vast.bedankt': 'Dank je wel! Je antwoorden zijn goed aangekomen.',
  'vast.fout-leeg': 'Beantwoord minstens één vraag.',
  'vast.fout-keuze': 'Kies een van de antwoorden.',
  'vast.fout-toestemming':
    'Wil je dat we je bellen of mailen? Zet dan een vinkje. Of maak het vak met je nummer leeg.',
  'vast.gesloten': 'Je kunt deze vragenlijst niet meer invullen. De tijd is om. Dank je wel!',
  'vast.te-veel': 'Er kwamen te veel antwoorden van dit adres. Probeer het over een uur nog eens.',
  'vast.fout-contact': 'Schrijf je nummer of je mailadres. Of laat dit vak leeg.',
} as const;

/** The parent page's messages about what was typed, keyed by their Dutch wording. */
const PARENT_ERRORS = new Map<string, ParentTextKey>([
  ['Beantwoord minstens één vraag.', 'vast.fout-leeg'],
  ['Schrijf je nummer of je mailadres. Of laat dit vak leeg.', 'vast.fout-contact'],
  ['Kies een van de antwoorden.', 'vast.fout-keuze'],
  [
    'Wil je dat we je bellen of mailen? Zet dan een vinkje. Of maak het vak met je nummer leeg.',
    'vast.fout-toestemming',
  ],
]);

/** Whether a message is one of the Dutch fixed texts (so it is marked as Dutch on the page). */
export function isDutchParentText(message: string): boolean {
  return (Object.values(PARENT_TEXTS) as string[]).includes(message);
}

/** The form's error messages in the parent's language, where the professional translated them. */
export function localiseErrors(
  errors: Record<string, string>,
  texts: Texts,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const key = PARENT_ERRORS.get(message);
      return [field, key ? texts(key, message) : message];
    }),
  );
}

export type ParentTextKey = keyof typeof PARENT_TEXTS;

type Scale = { value: string; textKey: ParentTextKey }[];

const SCALES: Record<'smiley' | 'ja-nee', Scale> = {
  smiley: [
    { value: 'goed', textKey: 'vast.goed' },
    { value: 'gaat-wel', textKey: 'vast.gaat-wel' },
    { value: 'niet-goed', textKey: 'vast.niet-goed' },
  ],
  'ja-nee': [
    { value: 'ja', textKey: 'vast.ja' },
    { value: 'nee', textKey: 'vast.nee' },
  ],
};

export type Question = {
  id: string;
  kind: QuestionKind;
  text: string;
  options: string[];
};

/**
 * Texts of one language: the translation's own, else the Dutch ones. `isDutch(key)` says when
 * the Dutch text stands in, so the page can mark that part lang="nl" (and left to right).
 */
export type Texts = ((key: string, dutch: string) => string) & {
  isDutch: (key: string) => boolean;
};

export const dutchTexts: Texts = Object.assign((_key: string, dutch: string) => dutch, {
  isDutch: () => false,
});

export function textsOf(translated: Record<string, string> | null): Texts {
  if (!translated) return dutchTexts;
  const has = (key: string) => (translated[key] ?? '').trim() !== '';
  return Object.assign(
    (key: string, dutch: string) => (has(key) ? (translated[key] as string) : dutch),
    { isDutch: (key: string) => !has(key) },
  );
}

export function parentText(texts: Texts, key: ParentTextKey): string {
  return texts(key, PARENT_TEXTS[key]);
}

export function questionTextKey(questionId: string): string {
  return `vraag.${questionId}`;
}

export function optionTextKey(questionId: string, index: number): string {
  return `vraag.${questionId}.keuze.${index}`;
}

export type Choice = {
  value: string;
  label: string;
  icon?: 'goed' | 'gaat-wel' | 'niet-goed' | 'ja' | 'nee';
  /** The Dutch text stands in for a missing translation. */
  dutch?: boolean;
};

/** The answers a closed question offers, "Ik weet het niet" last; an open question has none. */
export function choicesOf(question: Question, texts: Texts = dutchTexts): Choice[] {
  if (question.kind === 'open') return [];
  const own: Choice[] =
    question.kind === 'keuze'
      ? question.options.map((option, index) => ({
          value: String(index),
          label: texts(optionTextKey(question.id, index), option),
          dutch: texts.isDutch(optionTextKey(question.id, index)),
        }))
      : SCALES[question.kind].map((step) => ({
          value: step.value,
          label: parentText(texts, step.textKey),
          icon: step.value as Choice['icon'],
          dutch: texts.isDutch(step.textKey),
        }));
  return [
    ...own,
    {
      value: DONT_KNOW,
      label: parentText(texts, 'vast.weet-niet'),
      dutch: texts.isDutch('vast.weet-niet'),
    },
  ];
}

export function kindLabel(kind: QuestionKind): string {
  return QUESTION_KINDS.find((k) => k.key === kind)?.label ?? kind;
}

/** The Dutch label of a stored answer (for results and exports). */
export function answerLabel(question: Question, value: string): string {
  if (question.kind === 'open') return value;
  return choicesOf(question).find((c) => c.value === value)?.label ?? value;
}

/**
 * Why a change to a question that parents already answered is refused, or null when it is safe.
 * Answers store the kind's value or the option's position, so the kind must stay and options
 * may be reworded or added at the end, never removed (the counts would then shift).
 */
export function answeredQuestionChange(
  before: Pick<Question, 'kind' | 'options'>,
  after: Pick<Question, 'kind' | 'options'>,
): { field: 'kind' | 'options'; message: string } | null {
  if (before.kind !== after.kind) {
    return {
      field: 'kind',
      message:
        'Ouders hebben deze vraag al beantwoord. Het soort vraag kan daarom niet meer veranderen. Maak anders een nieuwe vraag.',
    };
  }
  if (after.options.length < before.options.length) {
    return {
      field: 'options',
      message:
        'Ouders hebben deze vraag al beantwoord. Je kunt een antwoord anders schrijven of er een onderaan bij zetten, maar niet weghalen. Anders kloppen de tellingen niet meer.',
    };
  }
  return null;
}
