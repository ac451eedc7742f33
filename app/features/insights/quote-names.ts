// A quote from a parent must not name anyone. Names are hard to know for sure, so this is a
// warning: a word with a capital letter that does not start a sentence may be a name. The
// professional can say it is not one.

/** Words with a capital that are no names (and common in quotes). */
const NOT_NAMES = new Set([
  'ik',
  'u',
  'nederland',
  'nederlands',
  'nederlandse',
  'arabisch',
  'turks',
  'pools',
  'engels',
  'tigrinya',
  'marokkaans',
  'syrisch',
  'eritrees',
  'god',
  'allah',
  'ramadan',
  'suikerfeest',
  'kerst',
  'pasen',
  'jgz',
  'ggd',
  'cjg',
]);

const SENTENCE_END = /[.!?:]["'”’)]*$/;

/** The words of a quote that look like a name, in the order they appear (each once). */
export function possibleNames(quote: string): string[] {
  const found: string[] = [];
  const words = quote.split(/\s+/).filter(Boolean);
  words.forEach((raw, index) => {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (word.length < 2) return;
    const startsSentence = index === 0 || SENTENCE_END.test(words[index - 1] ?? '');
    const afterQuote = /^["'“‘(]/.test(raw);
    if (startsSentence || afterQuote) return;
    if (!/^\p{Lu}/u.test(word)) return;
    if (NOT_NAMES.has(word.toLowerCase())) return;
    if (!found.includes(word)) found.push(word);
  });
  return found;
}
