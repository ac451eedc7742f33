// Composes the statement of target group and goal of step 1 from the answers, in plain Dutch.
// Pure: the same answers always give the same sentences, so the page, the print and later
// exports can share it.

import {
  AGE_GROUP_KEYS,
  type AgeGroupKey,
  CIRCUMSTANCE_KEYS,
  type CircumstanceKey,
} from '~/features/plans/domain';

export type StepOneAnswers = {
  learnWhat: string;
  needFor: string;
  ages: readonly string[];
  circumstances: readonly string[];
  targetNotes: string;
};

export type TargetStatement = {
  /** False while the one answer the statement cannot do without (what to learn) is missing. */
  ready: boolean;
  /** The statement, one paragraph per entry; empty when not ready. */
  paragraphs: string[];
  /** What the user can still fill in, as short instructions. */
  missing: string[];
};

/** Age ranges in years; neighbouring ranges are merged into one ("van 0 tot 12 jaar"). */
const AGE_RANGES: Record<AgeGroupKey, [number, number]> = {
  '0-4': [0, 4],
  '4-12': [4, 12],
  '12-18': [12, 18],
};

/** Each circumstance as the end of "ouders die …", so several can share one sentence. */
const CIRCUMSTANCE_CLAUSES: Record<CircumstanceKey, string> = {
  'weinig-geld': 'weinig geld hebben',
  'lezen-schrijven': 'moeite hebben met lezen en schrijven',
  'weinig-nederlands': 'weinig Nederlands spreken',
  alleenstaand: 'hun kinderen alleen opvoeden',
  'nieuw-migratie': 'nieuw zijn in Nederland of een migratieachtergrond hebben',
  'beperking-ziekte': 'zelf of bij hun kind te maken hebben met een beperking of chronische ziekte',
  'geen-werk-bijstand': 'geen werk hebben of rondkomen van de bijstand',
};

// Texts that start with one of these words continue the lead-in sentence naturally
// ("Samen met hen wil ik ontdekken hoe …"); other capitalised texts get a colon instead.
const CONTINUING_WORDS = new Set([
  'hoe',
  'wat',
  'waarom',
  'welke',
  'welk',
  'of',
  'waar',
  'wanneer',
  'wie',
  'hoeveel',
  'waarmee',
  'waardoor',
  'waarover',
]);

/** "a", "a en b", "a, b en c" (or with "of"). */
export function joinDutch(items: readonly string[], word: 'en' | 'of' = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** The children's ages as words: "kinderen van 4 tot 12 jaar (basisschool)". */
export function describeAges(ages: readonly string[]): string | null {
  const chosen = AGE_GROUP_KEYS.filter((key) => ages.includes(key));
  if (chosen.length === 0) return null;
  if (chosen.length === 1 && chosen[0] === '4-12')
    return 'kinderen van 4 tot 12 jaar (basisschool)';
  const ranges: [number, number][] = [];
  for (const key of chosen) {
    const [from, to] = AGE_RANGES[key];
    const last = ranges[ranges.length - 1];
    if (last && last[1] === from) last[1] = to;
    else ranges.push([from, to]);
  }
  return `kinderen ${joinDutch(ranges.map(([from, to]) => `van ${from} tot ${to} jaar`))}`;
}

/** The circumstances as one relative clause: "die weinig geld hebben of …". */
export function describeCircumstances(circumstances: readonly string[]): string | null {
  const chosen = CIRCUMSTANCE_KEYS.filter((key) => circumstances.includes(key));
  if (chosen.length === 0) return null;
  return `die ${joinDutch(
    chosen.map((key) => CIRCUMSTANCE_CLAUSES[key]),
    'of',
  )}`;
}

export function composeTargetStatement(answers: StepOneAnswers): TargetStatement {
  const learnWhat = tidy(answers.learnWhat);
  const needFor = tidy(answers.needFor).replace(/^om\s+/i, '');
  const notes = tidy(answers.targetNotes);
  const ages = describeAges(answers.ages);
  const circumstances = describeCircumstances(answers.circumstances);

  const missing: string[] = [];
  if (!learnWhat) missing.push('Schrijf op wat je van de ouders wilt leren.');
  if (!ages) missing.push('Kies de leeftijd van de kinderen.');
  if (!circumstances && !notes) {
    missing.push('Kies in welke situatie de ouders zijn, of beschrijf de ouders zelf.');
  }
  if (!needFor) missing.push('Schrijf op waarvoor je de ouders nodig hebt.');
  if (!learnWhat) return { ready: false, paragraphs: [], missing };

  const who = ['ouders', ages ? `van ${ages}` : null, circumstances].filter(Boolean).join(' ');
  const sentences = [
    `Ik wil in contact komen met ${who}.`,
    continueSentence('Samen met hen wil ik ontdekken', 'Wat ik van hen wil leren', learnWhat),
  ];
  if (needFor) {
    sentences.push(continueSentence('Ik heb hen nodig om', 'Waarvoor ik hen nodig heb', needFor));
  }
  const paragraphs = [sentences.join(' ')];
  if (notes) paragraphs.push(`Over deze ouders: ${endSentence(notes)}`);
  return { ready: true, paragraphs, missing };
}

/** One line of text without doubled spaces or line breaks, for use inside a sentence. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * Lets the user's words finish our sentence when they read as its continuation ("hoe hun
 * kinderen meer kunnen bewegen"); a question or a text that stands on its own gets a label and a
 * colon, because "ontdekken hoe kunnen kinderen …?" is not Dutch.
 */
function continueSentence(leadIn: string, label: string, text: string): string {
  const firstWord = text.split(' ')[0]?.toLowerCase() ?? '';
  const first = text.charAt(0);
  // A question anywhere, or more than one sentence, stands on its own.
  if (text.includes('?') || /[.!]\s+\S/.test(text)) return `${label}: ${text}`;
  if (first !== first.toUpperCase()) return endSentence(`${leadIn} ${text}`);
  if (CONTINUING_WORDS.has(firstWord.replace(/[^a-z]/g, ''))) {
    return endSentence(`${leadIn} ${first.toLowerCase()}${text.slice(1)}`);
  }
  return endSentence(`${label}: ${text}`);
}
