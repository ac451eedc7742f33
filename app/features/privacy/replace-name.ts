import { searchKey } from '~/features/contacts/names';

// Removing a person everywhere replaces their name in free texts. A text names the person in
// the same way as `mentionsName` decides it (whole words, ignoring accents, case and the Turkish
// dotless i), so what the timeline showed as a mention is exactly what is replaced.

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** What a removed person's name becomes in a text. */
export const NAME_REMOVED = '[naam verwijderd]';

/** The text with every whole-word occurrence of the name replaced; the rest stays as typed. */
export function replaceName(text: string, fullName: string, replacement = NAME_REMOVED): string {
  const nameWords = [...fullName.matchAll(WORD)].map((m) => searchKey(m[0])).filter(Boolean);
  if (nameWords.length === 0) return text;
  const tokens = [...text.matchAll(WORD)].map((m) => ({
    key: searchKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  let result = '';
  let copiedUpTo = 0;
  for (let i = 0; i + nameWords.length <= tokens.length; ) {
    const matches = nameWords.every((word, j) => tokens[i + j]?.key === word);
    if (!matches) {
      i += 1;
      continue;
    }
    const first = tokens[i];
    const last = tokens[i + nameWords.length - 1];
    if (!first || !last) break;
    result += text.slice(copiedUpTo, first.start) + replacement;
    copiedUpTo = last.end;
    i += nameWords.length;
  }
  return result + text.slice(copiedUpTo);
}
