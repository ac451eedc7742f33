// Translation keys name a question by its id (`vraag.{id}`, `vraag.{id}.keuze.{n}`); the plan
// document names it by its number. No imports: plain Node (`npm run demo`) reads this too.

const QUESTION_KEY = /^vraag\.([^.]+)(\..+)?$/;

export function renameQuestionKeys(
  texts: Record<string, string>,
  rename: (question: string) => string | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(texts)) {
    const match = QUESTION_KEY.exec(key);
    if (!match) {
      result[key] = value;
      continue;
    }
    const renamed = rename(match[1] ?? '');
    if (renamed) result[`vraag.${renamed}${match[2] ?? ''}`] = value;
  }
  return result;
}
