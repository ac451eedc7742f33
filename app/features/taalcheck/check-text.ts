// The plain-language check: finds what makes a Dutch text hard to read for parents and counts
// what the readability formulas need. All positions are JavaScript string indices (UTF-16), so
// a browser can mark them with `text.slice(begin, end)`.

import { ABBREVIATIONS, type Abbreviation, ACRONYMS } from './abbreviations';
import { DIFFICULT_WORDS } from './difficult-words';
import { findPassives } from './passive';
import { countSubordinateClauses } from './subordinate-clauses';
import { countSyllables } from './syllables';

export const FINDING_KINDS = [
  'lange-zin',
  'bijzin',
  'lang-woord',
  'moeilijk-woord',
  'passief',
  'afkorting',
  'getal',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export type Finding = {
  soort: FindingKind;
  begin: number;
  eind: number;
  uitleg: string;
  alternatief?: string;
};

export type TextCheck = {
  zinnen: number;
  woorden: number;
  lettergrepen: number;
  fleschDouma: number | null;
  brouwer: number | null;
  bevindingen: Finding[];
};

/** A sentence with more words than this is marked as long. */
export const MAX_SENTENCE_WORDS = 15;
/** A word with this many syllables or more is marked as long. */
export const LONG_WORD_SYLLABLES = 5;
/** A sentence with more subordinate clauses than this is marked. */
export const MAX_SUBORDINATE_CLAUSES = 1;

export type TokenKind = 'word' | 'number' | 'abbreviation' | 'acronym' | 'link';

export type Token = {
  kind: TokenKind;
  text: string;
  begin: number;
  end: number;
  /** Words a reader reads for this token ("o.a." is "onder andere": two). */
  words: number;
  syllables: number;
  abbreviation?: Abbreviation;
};

export type Sentence = { begin: number; end: number; tokens: Token[] };

export function checkText(text: string): TextCheck {
  const tokens = tokenise(text);
  const sentences = splitSentences(text, tokens);
  const words = tokens.reduce((sum, t) => sum + t.words, 0);
  const syllables = tokens.reduce((sum, t) => sum + t.syllables, 0);
  const findings = [
    ...sentences.flatMap((s) => sentenceFindings(text, s)),
    ...tokens.flatMap(tokenFindings),
    ...difficultWordFindings(text),
    ...sentences.flatMap((s) => passiveFindings(s)),
  ].sort((a, b) => a.begin - b.begin || b.eind - a.eind);
  return {
    zinnen: sentences.length,
    woorden: words,
    lettergrepen: syllables,
    ...readability({ sentences: sentences.length, words, syllables }),
    bevindingen: findings,
  };
}

/** Flesch-Douma and Leesindex Brouwer, rounded to one decimal; null for a text without words. */
export function readability({
  sentences,
  words,
  syllables,
}: {
  sentences: number;
  words: number;
  syllables: number;
}): { fleschDouma: number | null; brouwer: number | null } {
  if (sentences === 0 || words === 0) return { fleschDouma: null, brouwer: null };
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  return {
    fleschDouma: round1(206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord),
    brouwer: round1(195 - 2 * wordsPerSentence - 66.7 * syllablesPerWord),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// Tokens

const LETTER = String.raw`\p{L}\p{M}`;
const NOT_BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;

const LINK = String.raw`(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const KNOWN_ABBREVIATION = ABBREVIATIONS.map((a) => escapeRegExp(a.short))
  .sort((a, b) => b.length - a.length)
  .join('|');
// Letters with full stops, such as "v.d." or "n.v.t.": an abbreviation even when not in our list.
const DOTTED_LETTERS = String.raw`(?:[${LETTER}]\.){2,}`;
const NUMBER = String.raw`\d+(?:[.,:\-/]\d+)*(?:\s?%|e|ste|de)?`;
const WORD = String.raw`[${LETTER}]+(?:['’\-][${LETTER}]+)*`;

const TOKEN_PATTERN = new RegExp(
  [
    `(?<link>${NOT_BEFORE}(?:${LINK}))`,
    `(?<abbreviation>${NOT_BEFORE}(?:${KNOWN_ABBREVIATION}|${DOTTED_LETTERS}))`,
    `(?<number>${NOT_BEFORE}${NUMBER}${NOT_AFTER})`,
    `(?<word>${WORD})`,
  ].join('|'),
  'giu',
);

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const value = match[0];
    const begin = match.index;
    const end = begin + value.length;
    const groups = match.groups ?? {};
    if (groups.link) {
      tokens.push({ kind: 'link', text: value, begin, end, words: 1, syllables: 1 });
    } else if (groups.abbreviation) {
      tokens.push(abbreviationToken(value, begin, end));
    } else if (groups.number) {
      tokens.push({ kind: 'number', text: value, begin, end, words: 1, syllables: 1 });
    } else if (isAcronym(value)) {
      tokens.push({ kind: 'acronym', text: value, begin, end, words: 1, syllables: value.length });
    } else {
      tokens.push({
        kind: 'word',
        text: value,
        begin,
        end,
        words: 1,
        syllables: countSyllables(value),
      });
    }
  }
  return tokens;
}

function abbreviationToken(value: string, begin: number, end: number): Token {
  const known = ABBREVIATIONS.find((a) => a.short === value.toLocaleLowerCase('nl'));
  if (known) {
    const fullWords = known.full.split(',')[0]?.trim().split(/\s+/) ?? [];
    return {
      kind: 'abbreviation',
      text: value,
      begin,
      end,
      words: fullWords.length,
      syllables: fullWords.reduce((sum, w) => sum + countSyllables(w), 0),
      abbreviation: known,
    };
  }
  // Unknown letters with stops are read letter by letter.
  const letters = value.replace(/\./g, '').length;
  return { kind: 'abbreviation', text: value, begin, end, words: 1, syllables: letters };
}

/**
 * GGD, JGZ: capitals read letter by letter. A capital word with vowels ("DE" in a heading in
 * capitals) is only taken for one when it is in our list.
 */
function isAcronym(value: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(value)) return false;
  return value in ACRONYMS || !/[AEIOUY]/.test(value);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Sentences

const ENDINGS = '.!?…';
const CLOSING = `"'”’)]»`;

/**
 * Splits at . ! ? … and at line breaks (headings and list lines on a poster are separate
 * sentences). A full stop inside an abbreviation, number or web address does not end one.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  let start = -1;
  let lastEnd = -1;
  let t = 0;
  const close = (end: number) => {
    if (current.length > 0) sentences.push({ begin: start, end, tokens: current });
    current = [];
    start = -1;
  };
  let i = 0;
  while (i < text.length) {
    const token = tokens[t];
    if (token && token.begin === i) {
      if (start < 0) start = token.begin;
      current.push(token);
      lastEnd = token.end;
      t += 1;
      i = token.end;
      if (token.kind === 'abbreviation' && endsSentenceAfterAbbreviation(text, token)) close(i);
      continue;
    }
    const char = text[i] as string;
    if (char === '\n') {
      close(lastEnd);
      i += 1;
      continue;
    }
    if (ENDINGS.includes(char) && current.length > 0) {
      let end = i + 1;
      while (end < text.length && ENDINGS.includes(text[end] as string)) end += 1;
      while (end < text.length && CLOSING.includes(text[end] as string)) end += 1;
      if (end >= text.length || /\s/.test(text[end] as string) || char !== '.') {
        close(end);
        i = end;
        continue;
      }
    }
    i += 1;
  }
  close(lastEnd);
  return sentences;
}

function endsSentenceAfterAbbreviation(text: string, token: Token): boolean {
  if (!token.abbreviation?.canEndSentence) return false;
  const next = /^\s+(\S)/.exec(text.slice(token.end));
  return next === null ? false : /\p{Lu}/u.test(next[1] as string);
}

// ---------------------------------------------------------------------------------------------
// Findings

function sentenceFindings(text: string, sentence: Sentence): Finding[] {
  const findings: Finding[] = [];
  const words = sentence.tokens.reduce((sum, t) => sum + t.words, 0);
  if (words > MAX_SENTENCE_WORDS) {
    findings.push({
      soort: 'lange-zin',
      begin: sentence.begin,
      eind: sentence.end,
      uitleg: `Deze zin heeft ${words} woorden. Een zin van ${MAX_SENTENCE_WORDS} woorden of minder leest makkelijker. Maak er twee zinnen van.`,
    });
  }
  const clauses = countSubordinateClauses(text, sentence.tokens);
  if (clauses.length > MAX_SUBORDINATE_CLAUSES) {
    const markers = clauses.map((c) => `‘${c.text.toLocaleLowerCase('nl')}’`).join(', ');
    findings.push({
      soort: 'bijzin',
      begin: sentence.begin,
      eind: sentence.end,
      uitleg: `Deze zin heeft ${clauses.length} bijzinnen (${markers}). Dat is moeilijk te volgen. Maak er kortere zinnen van, met hoogstens één bijzin.`,
    });
  }
  return findings;
}

function tokenFindings(token: Token): Finding[] {
  const at = { begin: token.begin, eind: token.end };
  switch (token.kind) {
    case 'word':
      return token.syllables >= LONG_WORD_SYLLABLES
        ? [
            {
              soort: 'lang-woord',
              ...at,
              uitleg: `Dit woord heeft ${token.syllables} lettergrepen. Een lang woord leest moeilijk. Kun je het korter zeggen, of in meer woorden?`,
            },
          ]
        : [];
    case 'abbreviation':
      return [
        token.abbreviation
          ? {
              soort: 'afkorting',
              ...at,
              uitleg: `Een afkorting. Niet iedereen weet wat ‘${token.text}’ betekent. Schrijf het woord voluit.`,
              alternatief: token.abbreviation.full,
            }
          : {
              soort: 'afkorting',
              ...at,
              uitleg: `Een afkorting. Niet iedereen weet wat ‘${token.text}’ betekent. Schrijf het voluit.`,
            },
      ];
    case 'acronym': {
      const meaning = ACRONYMS[token.text];
      return [
        {
          soort: 'afkorting',
          ...at,
          uitleg: `Een afkorting. Niet iedereen kent ‘${token.text}’. Zeg erbij wat het is, of schrijf het voluit.`,
          ...(meaning ? { alternatief: `${token.text} (${meaning})` } : {}),
        },
      ];
    }
    case 'number':
      return [{ soort: 'getal', ...at, uitleg: numberAdvice(token.text) }];
    default:
      return [];
  }
}

/** Advice for a number, by what kind of number it is. */
export function numberAdvice(value: string): string {
  if (/%$/.test(value)) {
    return 'Een percentage is voor veel mensen moeilijk. Schrijf liever ‘1 op de 4 ouders’ of ‘de helft’.';
  }
  if (/^\d{1,2}[:.]\d{2}$/.test(value)) {
    return 'Een tijd. Schrijf erbij of het ’s ochtends, ’s middags of ’s avonds is.';
  }
  if (/^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/.test(value)) {
    return 'Een datum in cijfers. Schrijf liever de dag en de maand in letters: dinsdag 12 maart.';
  }
  if (/^\d+,\d+$/.test(value)) {
    return 'Een getal met een komma is moeilijk. Rond het af als dat kan.';
  }
  const plain = Number(value.replace(/\./g, ''));
  if (
    /^\d+(\.\d{3})+$/.test(value) ||
    (Number.isFinite(plain) && plain >= 1000 && !isYear(value))
  ) {
    return 'Een groot getal. Rond het af, of vergelijk het met iets dat ouders kennen.';
  }
  return 'Een getal. Gebruik alleen getallen die nodig zijn, en niet te veel in één zin.';
}

function isYear(value: string): boolean {
  return /^(19|20)\d{2}$/.test(value);
}

type PhraseMatcher = { pattern: RegExp; alternative: string };

const DIFFICULT_PATTERNS: PhraseMatcher[] = DIFFICULT_WORDS.map((entry) => ({
  pattern: new RegExp(
    `${NOT_BEFORE}(?:${entry.forms
      .slice()
      .sort((a, b) => b.length - a.length)
      .map((form) => escapeRegExp(form).replace(/ /g, String.raw`\s+`))
      .join('|')})${NOT_AFTER}`,
    'giu',
  ),
  alternative: entry.alternative,
}));

function difficultWordFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, alternative } of DIFFICULT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      findings.push({
        soort: 'moeilijk-woord',
        begin: match.index,
        eind: match.index + match[0].length,
        uitleg: `‘${match[0]}’ is voor veel ouders een moeilijk woord. Kies een woord dat iedereen kent.`,
        alternatief: alternative,
      });
    }
  }
  return findings;
}

function passiveFindings(sentence: Sentence): Finding[] {
  return findPassives(sentence.tokens).map(({ begin, end, auxiliary, participle }) => ({
    soort: 'passief',
    begin,
    eind: end,
    uitleg: `Lijdende vorm (‘${auxiliary} … ${participle}’): er staat niet wie het doet. Schrijf liever wie iets doet, bijvoorbeeld ‘wij nodigen u uit’ in plaats van ‘u wordt uitgenodigd’.`,
  }));
}
