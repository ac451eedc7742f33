import type { PlanDocumentQuestionnaire } from '~/features/export/plan-document';
import type { Db } from '~/lib/db/database.server';
import { renameQuestionKeys } from './question-keys';
import { listQuestionnaires, listQuestions, listResponses } from './questionnaires.server';

// Questionnaires in the plan document (export.json). Inside the document a question is known by
// its number, so translation keys `vraag.{id}` become `vraag.{n}` and back again on import.

type PlanScope = { organisationId: string; planId: string };

export async function exportQuestionnaires(
  db: Db,
  scope: PlanScope,
): Promise<PlanDocumentQuestionnaire[]> {
  const result: PlanDocumentQuestionnaire[] = [];
  for (const questionnaire of await listQuestionnaires(db, scope)) {
    const input = { ...scope, questionnaireId: questionnaire.id };
    const questions = await listQuestions(db, input);
    const numbers = new Map(questions.map((q, index) => [q.id, String(index + 1)]));
    const translations = await db
      .selectFrom('questionnaireTranslation')
      .select(['language', 'texts'])
      .where('questionnaireId', '=', questionnaire.id)
      .where('organisationId', '=', scope.organisationId)
      .orderBy('language')
      .execute();
    const responses = await listResponses(db, input);
    result.push({
      title: questionnaire.title,
      intro: questionnaire.intro,
      closesOn: questionnaire.closesOn,
      questions: questions.map((q) => ({ kind: q.kind, text: q.text, options: q.options })),
      translations: translations.map((t) => ({
        language: t.language,
        texts: renameQuestionKeys(readTexts(t.texts), (id) => numbers.get(id)),
      })),
      responses: responses.map((r) => ({
        language: r.language,
        source: r.source,
        contact: r.contact,
        createdAt: r.createdAt,
        answers: questions.flatMap((q, index) => {
          const value = r.answers.get(q.id);
          return value === undefined ? [] : [{ question: index + 1, value }];
        }),
      })),
    });
  }
  return result;
}

function readTexts(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}
