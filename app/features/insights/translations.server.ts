import { data } from 'react-router';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import { languageName } from './languages';
import { translationSchema } from './translation-schema';

// Texts for parents in other languages: one per subject (the poster, or one session's
// invitation) and language. Every query is filtered by organisation and plan.

type PlanScope = { organisationId: string; planId: string };
type Subject = { subject: 'poster' | 'uitnodiging'; sessionId: string | null };

export const TRANSLATION_INTENTS = { save: 'vertaling-opslaan', remove: 'vertaling-verwijderen' };

export async function listTranslations(db: Db, input: PlanScope & Subject) {
  let query = db
    .selectFrom('parentTextTranslation')
    .select(['id', 'language', 'text'])
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .where('subject', '=', input.subject);
  query =
    input.sessionId === null
      ? query.where('sessionId', 'is', null)
      : query.where('sessionId', '=', input.sessionId);
  return query.orderBy('language').execute();
}

export async function getTranslation(db: Db, input: PlanScope & { translationId: string }) {
  const row = await db
    .selectFrom('parentTextTranslation')
    .select(['id', 'subject', 'sessionId', 'language', 'text'])
    .where('id', '=', input.translationId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (!row) notFound();
  return row;
}

/** Adds the text in a language, or replaces the one in that language. */
export async function saveTranslation(
  db: Db,
  input: PlanScope & Subject & { language: string; text: string },
): Promise<string> {
  const now = nowIso();
  return db.transaction().execute(async (trx) => {
    const existing = (await listTranslations(trx, input)).find(
      (t) => t.language === input.language,
    );
    if (existing) {
      await trx
        .updateTable('parentTextTranslation')
        .set({ text: input.text, updatedAt: now })
        .where('id', '=', existing.id)
        .where('organisationId', '=', input.organisationId)
        .execute();
      return existing.id;
    }
    const id = newId();
    await trx
      .insertInto('parentTextTranslation')
      .values({
        id,
        planId: input.planId,
        organisationId: input.organisationId,
        subject: input.subject,
        sessionId: input.sessionId,
        language: input.language,
        text: input.text,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return id;
  });
}

export async function deleteTranslation(
  db: Db,
  input: PlanScope & Subject & { translationId: string },
) {
  const result = await db
    .deleteFrom('parentTextTranslation')
    .where('id', '=', input.translationId)
    .where('planId', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .where('subject', '=', input.subject)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) notFound();
}

/** The answer to a translation form on the poster or session page; null for another intent. */
export async function answerTranslationIntent(
  request: Request,
  db: Db,
  input: PlanScope & Subject & { intent: string; formData: FormData; pageUrl: string },
) {
  if (input.intent === TRANSLATION_INTENTS.remove) {
    const id = String(input.formData.get('id') ?? '');
    if (!id || id.length > 64) notFound();
    await deleteTranslation(db, { ...input, translationId: id });
    return redirectWithFlash(request, `${input.pageUrl}#andere-talen`, {
      kind: 'ok',
      text: 'De tekst in deze taal is verwijderd.',
    });
  }
  if (input.intent !== TRANSLATION_INTENTS.save) return null;
  const parsed = parseForm(translationSchema, input.formData);
  if (!parsed.ok) {
    return data(
      { intent: input.intent, errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }
  await saveTranslation(db, { ...input, ...parsed.data });
  return redirectWithFlash(request, `${input.pageUrl}#andere-talen`, {
    kind: 'ok',
    text: `De tekst in het ${languageName(parsed.data.language)} is opgeslagen.`,
  });
}
