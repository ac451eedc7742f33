import { randomBytes } from 'node:crypto';
import { markStepStarted, type Scope, touchPlan } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { notFound } from '~/lib/http.server';
import type { QuestionFields, QuestionnaireFields } from './questionnaire-schema';
import type { Question, QuestionKind } from './questions';

// Questionnaires of a plan. Every query is filtered by organisation (and plan): another
// organisation's ids are simply not found. The public page finds a questionnaire by its token.

type PlanScope = Scope & { planId: string };
type QuestionnaireScope = PlanScope & { questionnaireId: string };

const COLUMNS = ['id', 'planId', 'title', 'intro', 'closesOn', 'publicToken', 'updatedAt'] as const;

/** 24 random bytes in the link: not guessable, and short enough for a QR code. */
function newPublicToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function listQuestionnaires(db: Db, { organisationId, planId }: PlanScope) {
  const rows = await db
    .selectFrom('questionnaire')
    .select(COLUMNS)
    .select((eb) => [
      eb
        .selectFrom('questionnaireQuestion')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('questionnaireQuestion.questionnaireId', '=', 'questionnaire.id')
        .as('questionCount'),
      eb
        .selectFrom('questionnaireResponse')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('questionnaireResponse.questionnaireId', '=', 'questionnaire.id')
        .as('responseCount'),
    ])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    ...row,
    questionCount: Number(row.questionCount ?? 0),
    responseCount: Number(row.responseCount ?? 0),
  }));
}

export async function getQuestionnaire(
  db: Db,
  { organisationId, planId, questionnaireId }: QuestionnaireScope,
) {
  const row = await db
    .selectFrom('questionnaire')
    .select(COLUMNS)
    .where('id', '=', questionnaireId)
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  if (!row) notFound();
  return row;
}

export type Questionnaire = Awaited<ReturnType<typeof getQuestionnaire>>;

/** The questionnaire behind a public link, with the organisation it belongs to; 404 if none. */
export async function findQuestionnaireByToken(db: Db, { token }: { token: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) notFound();
  const row = await db
    .selectFrom('questionnaire')
    .innerJoin('plan', 'plan.id', 'questionnaire.planId')
    .select([
      'questionnaire.id',
      'questionnaire.planId',
      'questionnaire.organisationId',
      'questionnaire.title',
      'questionnaire.intro',
      'questionnaire.closesOn',
      'questionnaire.publicToken',
    ])
    .where('questionnaire.publicToken', '=', token)
    .where('plan.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!row) notFound();
  return row;
}

export async function createQuestionnaire(
  db: Db,
  input: PlanScope & { fields: QuestionnaireFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('questionnaire')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        ...input.fields,
        publicToken: newPublicToken(),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await touchPlan(trx, input);
    await markStepStarted(trx, { ...input, step: 5 });
  });
  return id;
}

export async function updateQuestionnaire(
  db: Db,
  input: QuestionnaireScope & { fields: QuestionnaireFields },
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('questionnaire')
      .set({ ...input.fields, updatedAt: nowIso() })
      .where('id', '=', input.questionnaireId)
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await touchPlan(trx, input);
  });
}

export async function deleteQuestionnaire(db: Db, input: QuestionnaireScope) {
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    // Answers first: they point at both the responses and the questions.
    await trx
      .deleteFrom('questionnaireAnswer')
      .where('organisationId', '=', input.organisationId)
      .where('responseId', 'in', (eb) =>
        eb
          .selectFrom('questionnaireResponse')
          .select('id')
          .where('questionnaireId', '=', input.questionnaireId),
      )
      .execute();
    for (const table of [
      'questionnaireResponse',
      'questionnaireQuestion',
      'questionnaireTranslation',
    ] as const) {
      await trx
        .deleteFrom(table)
        .where('questionnaireId', '=', input.questionnaireId)
        .where('organisationId', '=', input.organisationId)
        .execute();
    }
    await trx
      .deleteFrom('questionnaire')
      .where('id', '=', input.questionnaireId)
      .where('organisationId', '=', input.organisationId)
      .execute();
    await touchPlan(trx, input);
  });
}

export async function listQuestions(
  db: Db,
  { organisationId, questionnaireId }: Scope & { questionnaireId: string },
): Promise<Question[]> {
  const rows = await db
    .selectFrom('questionnaireQuestion')
    .select(['id', 'kind', 'text', 'options'])
    .where('questionnaireId', '=', questionnaireId)
    .where('organisationId', '=', organisationId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as QuestionKind,
    text: row.text,
    options: readOptions(row.options),
  }));
}

function readOptions(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** How many answers parents gave to one question (online and from paper). */
export async function countQuestionAnswers(
  db: Db,
  { organisationId, questionId }: Scope & { questionId: string },
): Promise<number> {
  const row = await db
    .selectFrom('questionnaireAnswer')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('questionId', '=', questionId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function addQuestion(
  db: Db,
  input: QuestionnaireScope & { fields: QuestionFields },
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    const last = await trx
      .selectFrom('questionnaireQuestion')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('questionnaireId', '=', input.questionnaireId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    await trx
      .insertInto('questionnaireQuestion')
      .values({
        id,
        questionnaireId: input.questionnaireId,
        organisationId: input.organisationId,
        position: Number(last?.position ?? 0) + 1,
        kind: input.fields.kind,
        text: input.fields.text,
        options: JSON.stringify(input.fields.options),
        createdAt: nowIso(),
      })
      .execute();
    await touchQuestionnaire(trx, input);
  });
  return id;
}

export async function updateQuestion(
  db: Db,
  input: QuestionnaireScope & { questionId: string; fields: QuestionFields },
) {
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    const result = await trx
      .updateTable('questionnaireQuestion')
      .set({
        kind: input.fields.kind,
        text: input.fields.text,
        options: JSON.stringify(input.fields.options),
      })
      .where('id', '=', input.questionId)
      .where('questionnaireId', '=', input.questionnaireId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await touchQuestionnaire(trx, input);
  });
}

export async function deleteQuestion(db: Db, input: QuestionnaireScope & { questionId: string }) {
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    await trx
      .deleteFrom('questionnaireAnswer')
      .where('questionId', '=', input.questionId)
      .where('organisationId', '=', input.organisationId)
      .execute();
    const result = await trx
      .deleteFrom('questionnaireQuestion')
      .where('id', '=', input.questionId)
      .where('questionnaireId', '=', input.questionnaireId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
    await touchQuestionnaire(trx, input);
  });
}

/** Moves a question one place up or down. */
export async function moveQuestion(
  db: Db,
  input: QuestionnaireScope & { questionId: string; direction: 'up' | 'down' },
) {
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    const questions = await listQuestions(trx, input);
    const at = questions.findIndex((q) => q.id === input.questionId);
    if (at < 0) notFound();
    const to = input.direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= questions.length) return;
    const order = questions.map((q) => q.id);
    [order[at], order[to]] = [order[to] as string, order[at] as string];
    for (const [index, id] of order.entries()) {
      await trx
        .updateTable('questionnaireQuestion')
        .set({ position: index + 1 })
        .where('id', '=', id)
        .where('organisationId', '=', input.organisationId)
        .execute();
    }
    await touchQuestionnaire(trx, input);
  });
}

async function touchQuestionnaire(db: Db, input: QuestionnaireScope) {
  await db
    .updateTable('questionnaire')
    .set({ updatedAt: nowIso() })
    .where('id', '=', input.questionnaireId)
    .where('organisationId', '=', input.organisationId)
    .execute();
  await touchPlan(db, input);
}

export async function listQuestionnaireLanguages(
  db: Db,
  { organisationId, questionnaireId }: Scope & { questionnaireId: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('questionnaireTranslation')
    .select('language')
    .where('questionnaireId', '=', questionnaireId)
    .where('organisationId', '=', organisationId)
    .orderBy('language')
    .execute();
  return rows.map((r) => r.language);
}

export async function getQuestionnaireTranslation(
  db: Db,
  input: Scope & { questionnaireId: string; language: string },
): Promise<Record<string, string> | null> {
  const row = await db
    .selectFrom('questionnaireTranslation')
    .select('texts')
    .where('questionnaireId', '=', input.questionnaireId)
    .where('organisationId', '=', input.organisationId)
    .where('language', '=', input.language)
    .executeTakeFirst();
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.texts);
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** Saves the texts in one language, replacing what was there in that language. */
export async function saveQuestionnaireTranslation(
  db: Db,
  input: QuestionnaireScope & { language: string; texts: Record<string, string> },
) {
  const now = nowIso();
  const texts = JSON.stringify(
    Object.fromEntries(Object.entries(input.texts).filter(([, text]) => text !== '')),
  );
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    const updated = await trx
      .updateTable('questionnaireTranslation')
      .set({ texts, updatedAt: now })
      .where('questionnaireId', '=', input.questionnaireId)
      .where('organisationId', '=', input.organisationId)
      .where('language', '=', input.language)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await trx
        .insertInto('questionnaireTranslation')
        .values({
          id: newId(),
          questionnaireId: input.questionnaireId,
          organisationId: input.organisationId,
          language: input.language,
          texts,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    }
    await touchQuestionnaire(trx, input);
  });
}

export async function deleteQuestionnaireTranslation(
  db: Db,
  input: QuestionnaireScope & { language: string },
) {
  await db.transaction().execute(async (trx) => {
    await getQuestionnaire(trx, input);
    await trx
      .deleteFrom('questionnaireTranslation')
      .where('questionnaireId', '=', input.questionnaireId)
      .where('organisationId', '=', input.organisationId)
      .where('language', '=', input.language)
      .execute();
    await touchQuestionnaire(trx, input);
  });
}

/** Stores one filled-in questionnaire (from the public page or typed in from paper). */
export async function saveResponse(
  db: Db,
  input: Scope & {
    questionnaireId: string;
    language: string;
    source: 'online' | 'papier';
    contact: string;
    answers: { questionId: string; value: string }[];
  },
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('questionnaireResponse')
      .values({
        id,
        questionnaireId: input.questionnaireId,
        organisationId: input.organisationId,
        language: input.language,
        source: input.source,
        contact: input.contact,
        createdAt: nowIso(),
      })
      .execute();
    if (input.answers.length > 0) {
      await trx
        .insertInto('questionnaireAnswer')
        .values(
          input.answers.map((answer) => ({
            id: newId(),
            responseId: id,
            questionId: answer.questionId,
            organisationId: input.organisationId,
            value: answer.value,
          })),
        )
        .execute();
    }
  });
  return id;
}

export type StoredResponse = {
  id: string;
  language: string;
  source: 'online' | 'papier';
  contact: string;
  createdAt: string;
  answers: Map<string, string>;
};

export async function listResponses(
  db: Db,
  { organisationId, questionnaireId }: Scope & { questionnaireId: string },
): Promise<StoredResponse[]> {
  const responses = await db
    .selectFrom('questionnaireResponse')
    .select(['id', 'language', 'source', 'contact', 'createdAt'])
    .where('questionnaireId', '=', questionnaireId)
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const answers = await db
    .selectFrom('questionnaireAnswer')
    .innerJoin(
      'questionnaireResponse',
      'questionnaireResponse.id',
      'questionnaireAnswer.responseId',
    )
    .select([
      'questionnaireAnswer.responseId',
      'questionnaireAnswer.questionId',
      'questionnaireAnswer.value',
    ])
    .where('questionnaireResponse.questionnaireId', '=', questionnaireId)
    .where('questionnaireAnswer.organisationId', '=', organisationId)
    .execute();
  const byResponse = new Map<string, Map<string, string>>();
  for (const answer of answers) {
    const map = byResponse.get(answer.responseId) ?? new Map<string, string>();
    map.set(answer.questionId, answer.value);
    byResponse.set(answer.responseId, map);
  }
  return responses.map((r) => ({
    ...r,
    source: r.source as 'online' | 'papier',
    answers: byResponse.get(r.id) ?? new Map(),
  }));
}
