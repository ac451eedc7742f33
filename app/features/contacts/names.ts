// Names as people write them: "Ayşe van der Berg", "Mohammed", "Nguyễn Thị Minh Khai",
// "Ольга Петрова", "محمد". Lists sort on the surname without its tussenvoegsel (Dutch
// convention: "van der Berg" sorts under B); search ignores accents and treats the Turkish
// dotted İ and dotless ı as i.

const TUSSENVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'uit',
  'aan',
  'bij',
  'onder',
  'voor',
  'over',
  'la',
  'le',
  'du',
  'da',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'von',
  'zu',
  'vande',
  'vander',
]);

/** The part of a name to sort on: the surname without tussenvoegsel, or the only name. */
export function sortName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words[0] ?? '';
  // The first word is a given name; the surname starts after it, past any tussenvoegsels
  // written in lower case ("Van" at the start of a surname without a given name is kept).
  let index = 1;
  while (index < words.length - 1 && TUSSENVOEGSELS.has(words[index] as string)) index++;
  if (index === 1) {
    // No tussenvoegsel: a double surname joined by a hyphen starts at its first part, else the
    // last word is the surname ("Pieter Jan Bakker").
    const hyphenated = words.findIndex((word, i) => i > 0 && word.includes('-'));
    index = hyphenated > 0 ? hyphenated : words.length - 1;
  }
  return words.slice(index).join(' ');
}

/** A key to sort names with: surname first, then the whole name. */
export function sortKey(fullName: string): string {
  return `${sortName(fullName)} ${fullName}`;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b));
}

/** Lower case without accents; İ, ı and I all become i, ß becomes ss. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word typed in the search appears somewhere in the texts. */
export function matchesSearch(query: string, texts: string[]): boolean {
  const haystack = searchKey(texts.join(' '));
  return searchKey(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Search key with punctuation as spaces, so "Kees," and "(Kees)" read as the word "kees". */
function wordKey(text: string): string {
  return searchKey(text.replace(/[^\p{L}\p{N}'’-]+/gu, ' '));
}

/**
 * Whether a text names the person: the person's whole name appears in it as whole words,
 * ignoring accents, case and the Turkish dotless i ("Juf Ayse Ince" names "Ayşe İnce").
 */
export function mentionsName(text: string, fullName: string): boolean {
  const name = wordKey(fullName);
  if (name === '') return false;
  return ` ${wordKey(text)} `.includes(` ${name} `);
}
