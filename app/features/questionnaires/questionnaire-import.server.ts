import { randomBytes } from 'node:crypto';
import type { Db } from '../../lib/db/database.server.ts';
import { newId, nowIso } from '../../lib/db/ids.ts';
import type { PlanDocumentQuestionnaire } from '../export/plan-document.ts';
import { renameQuestionKeys } from './question-keys.ts';

// Imports use relative paths with `.ts` so that `npm run demo` (plain Node) can use this too.

type PlanScope = { organisationId: string; planId: string };

/** Adds the document's questionnaires to a new plan; each gets a new public link. */
export async function importQuestionnaires(
  db: Db,
  scope: PlanScope,
  questionnaires: PlanDocumentQuestionnaire[],
) {
  const now = nowIso();
  for (const entry of questionnaires) {
    const questionnaireId = newId();
    await db
      .insertInto('questionnaire')
      .values({
        id: questionnaireId,
        ...scope,
        title: entry.title,
        intro: entry.intro,
        closesOn: entry.closesOn,
        publicToken: randomBytes(24).toString('base64url'),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const owned = { questionnaireId, organisationId: scope.organisationId };
    const questionIds = entry.questions.map(() => newId());
    if (entry.questions.length > 0) {
      await db
        .insertInto('questionnaireQuestion')
        .values(
          entry.questions.map((q, index) => ({
            id: questionIds[index] as string,
            ...owned,
            position: index + 1,
            kind: q.kind,
            text: q.text,
            options: JSON.stringify(q.kind === 'keuze' ? q.options : []),
            createdAt: now,
          })),
        )
        .execute();
    }
    const byNumber = (n: string) => questionIds[Number(n) - 1];
    for (const translation of entry.translations) {
      await db
        .insertInto('questionnaireTranslation')
        .values({
          id: newId(),
          ...owned,
          language: translation.language,
          texts: JSON.stringify(renameQuestionKeys(translation.texts, byNumber)),
          createdAt: now,
          updatedAt: now,
        })
        .onConflict((oc) => oc.columns(['questionnaireId', 'language']).doNothing())
        .execute();
    }
    for (const [index, response] of entry.responses.entries()) {
      const responseId = newId();
      await db
        .insertInto('questionnaireResponse')
        .values({
          id: responseId,
          ...owned,
          language: response.language,
          source: response.source,
          contact: response.contact,
          // Without its own time, a millisecond apart keeps the answers in the document's order.
          createdAt: response.createdAt ?? new Date(Date.parse(now) + index).toISOString(),
        })
        .execute();
      const answers = response.answers.flatMap((a) => {
        const questionId = questionIds[a.question - 1];
        return questionId ? [{ questionId, value: a.value }] : [];
      });
      if (answers.length > 0) {
        await db
          .insertInto('questionnaireAnswer')
          .values(
            answers.map((a) => ({
              id: newId(),
              responseId,
              organisationId: scope.organisationId,
              ...a,
            })),
          )
          .execute();
      }
    }
  }
}
