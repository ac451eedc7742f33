// Dutch syllables counted from vowel sounds. Hyphenation patterns undercount short edges (o-ma,
// e-ten), so we split each run of vowels into the sounds Dutch spells with one, two or three
// letters (ooi, ee, ij, ...); every sound is one syllable.

const VOWEL_SOUNDS = [
  // three letters first, so "ooi" is not read as "oo" + "i"
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ui',
  'ei',
  'ij',
  'ou',
  'au',
] as const;

const PLAIN_VOWELS = 'aeiouy';

/** Accents that only mark stress (é, è, ê, á, ó, ú, â, ô, û) read as the plain vowel. */
const STRESS_ACCENTS: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
};

/** A diaeresis (ë, ï, ö, ü, ä) starts a new syllable: ide-eën, ge-ïnteresseerd, co-ördinator. */
const DIAERESIS = 'äëïöü';

/** The number of syllables of one word; a word without vowels (a number, "t/m") counts as one. */
export function countSyllables(word: string): number {
  const letters = [...word.toLocaleLowerCase('nl')].map((c) => STRESS_ACCENTS[c] ?? c).join('');
  let count = 0;
  let i = 0;
  while (i < letters.length) {
    const char = letters[i] as string;
    if (DIAERESIS.includes(char)) {
      count += 1;
      i += 1;
      continue;
    }
    if (!PLAIN_VOWELS.includes(char) || isSilentU(letters, i)) {
      i += 1;
      continue;
    }
    count += 1;
    i += soundLength(letters, i);
  }
  if (/[^aeiou]eum$/.test(letters) && letters.length > 5) {
    // museum, lyceum, jubileum: "e-um", not the sound "eu"
    count += 1;
  }
  return Math.max(count, 1);
}

function soundLength(letters: string, at: number): number {
  for (const sound of VOWEL_SOUNDS) {
    if (letters.startsWith(sound, at)) return sound.length;
  }
  return 1;
}

/** The u after a q is part of the consonant (enquête, quiz). */
function isSilentU(letters: string, at: number): boolean {
  return letters[at] === 'u' && letters[at - 1] === 'q';
}
