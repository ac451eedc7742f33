// Finds the words that start a subordinate clause (bijzin). Conjunctions such as "omdat" always
// do. Words with more uses ("dat", "die", "als", "waar") only count where they usually start a
// clause: after a comma, after a verb of saying or thinking ("ik denk dat"), or "als" before a
// subject ("als je", not "als moeder").

import type { Token } from './check-text';

const ALWAYS = new Set([
  'aangezien',
  'alsof',
  'doordat',
  'hoewel',
  'indien',
  'mits',
  'nadat',
  'naarmate',
  'ofschoon',
  'omdat',
  'opdat',
  'tenzij',
  'terwijl',
  'totdat',
  'voordat',
  'wanneer',
  'zodat',
  'zodra',
  'zolang',
]);

const AFTER_COMMA = new Set([
  'dat',
  'die',
  'wat',
  'wie',
  'welke',
  'waar',
  'waarin',
  'waarmee',
  'waardoor',
  'waarbij',
  'waarvan',
  'waarover',
  'waarop',
  'waaraan',
  'waarna',
  'als',
  'of',
  'toen',
  'sinds',
]);

/** Verb forms after which "dat" or "of" starts a clause: "we weten dat", "vraag of". */
const SAYING_OR_THINKING = new Set([
  'denk',
  'denkt',
  'denken',
  'dacht',
  'dachten',
  'weet',
  'weten',
  'wist',
  'wisten',
  'zeg',
  'zegt',
  'zeggen',
  'zei',
  'zeiden',
  'vind',
  'vindt',
  'vinden',
  'vond',
  'vonden',
  'hoop',
  'hoopt',
  'hopen',
  'merk',
  'merkt',
  'merken',
  'zie',
  'ziet',
  'zien',
  'hoor',
  'hoort',
  'horen',
  'blijkt',
  'bleek',
  'vraag',
  'vraagt',
  'vragen',
  'vroeg',
  'vroegen',
  'wil',
  'wilt',
  'willen',
  'belangrijk',
  'fijn',
  'goed',
  'zorgen',
  'zorgt',
]);

const SUBJECTS = new Set([
  'ik',
  'je',
  'jij',
  'u',
  'hij',
  'zij',
  'ze',
  'we',
  'wij',
  'jullie',
  'het',
  'er',
  'iemand',
  'iedereen',
  'uw',
  'jouw',
  'mijn',
  'ons',
  'onze',
  'de',
]);

/** The tokens in a sentence that start a subordinate clause. */
export function countSubordinateClauses(text: string, tokens: Token[]): Token[] {
  const found: Token[] = [];
  const isQuestion = /\?\s*$/.test(text.slice(tokens[0]?.begin ?? 0, sentenceEnd(text, tokens)));
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    const word = token.text.toLocaleLowerCase('nl');
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const afterComma =
      previous !== undefined && text.slice(previous.end, token.begin).includes(',');
    if (ALWAYS.has(word)) {
      // "Wanneer is de ochtend?" asks a question; it starts no clause.
      if (word === 'wanneer' && index === 0 && isQuestion) return;
      found.push(token);
      return;
    }
    if (!AFTER_COMMA.has(word)) return;
    if (afterComma) {
      found.push(token);
      return;
    }
    const previousWord = previous?.text.toLocaleLowerCase('nl') ?? '';
    if ((word === 'dat' || word === 'of') && SAYING_OR_THINKING.has(previousWord)) {
      found.push(token);
      return;
    }
    if (word === 'als' && next && SUBJECTS.has(next.text.toLocaleLowerCase('nl'))) {
      found.push(token);
    }
  });
  return found;
}

function sentenceEnd(text: string, tokens: Token[]): number {
  const last = tokens[tokens.length - 1];
  if (!last) return 0;
  const rest = /^[^\p{L}\p{N}\n]*/u.exec(text.slice(last.end));
  return last.end + (rest?.[0].length ?? 0);
}
