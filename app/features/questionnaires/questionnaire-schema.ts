import { z } from 'zod';
import { LANGUAGE_CODE, normaliseLanguage } from '~/features/insights/languages';
import { checkbox, dateText, oneOf, optionalText, requiredText } from '~/lib/forms';
import {
  choicesOf,
  MAX_OPTIONS,
  optionTextKey,
  PARENT_TEXTS,
  QUESTION_KIND_KEYS,
  type Question,
  questionTextKey,
} from './questions';

export const QUESTIONNAIRE_LIMITS = {
  title: 200,
  intro: 2000,
  question: 500,
  option: 200,
  options: MAX_OPTIONS * 201,
  openAnswer: 2000,
  contact: 200,
  language: 20,
  translation: 2000,
} as const;

export const questionnaireSchema = z.object({
  title: requiredText('de titel', QUESTIONNAIRE_LIMITS.title),
  intro: optionalText('de uitleg', QUESTIONNAIRE_LIMITS.intro),
  closesOn: dateText('de sluitingsdatum', { required: true }),
});

export type QuestionnaireFields = z.output<typeof questionnaireSchema>;

function optionLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export const questionSchema = z
  .object({
    kind: oneOf('het soort vraag', QUESTION_KIND_KEYS),
    text: requiredText('de vraag', QUESTIONNAIRE_LIMITS.question),
    options: optionalText('de antwoorden', QUESTIONNAIRE_LIMITS.options),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'keuze') return;
    const lines = optionLines(value.options);
    const problem =
      lines.length < 2
        ? 'Schrijf minstens 2 antwoorden om uit te kiezen, elk op een eigen regel.'
        : lines.length > MAX_OPTIONS
          ? `Geef hoogstens ${MAX_OPTIONS} antwoorden. Minder antwoorden lezen makkelijker.`
          : lines.some((line) => line.length > QUESTIONNAIRE_LIMITS.option)
            ? `Een antwoord is te lang: gebruik hoogstens ${QUESTIONNAIRE_LIMITS.option} tekens per regel.`
            : lines.some((line) => /^ik weet het niet\.?$/i.test(line))
              ? '‘Ik weet het niet’ zetten we er zelf onder. Haal die regel weg.'
              : new Set(lines.map((l) => l.toLowerCase())).size !== lines.length
                ? 'Twee antwoorden zijn hetzelfde. Maak ze verschillend.'
                : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['options'], message: problem });
  })
  .transform((value) => ({
    kind: value.kind,
    text: value.text,
    options: value.kind === 'keuze' ? optionLines(value.options) : [],
  }));

export type QuestionFields = z.output<typeof questionSchema>;

export const languageCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : ''),
  z
    .string()
    .min(1, { error: 'Vul de taalcode in, bijvoorbeeld ar voor Arabisch.' })
    .max(QUESTIONNAIRE_LIMITS.language, { error: 'Deze taalcode is te lang.' })
    .regex(LANGUAGE_CODE, {
      error: 'Vul een taalcode in van 2 of 3 letters, bijvoorbeeld ar, tr, pl, en of ti.',
    })
    .transform(normaliseLanguage),
);

/** Every text of the questionnaire a translation can give, with its Dutch wording. */
export function translatableTexts(
  questionnaire: { title: string; intro: string },
  questions: Question[],
): { key: string; dutch: string; long?: boolean }[] {
  return [
    { key: 'titel', dutch: questionnaire.title },
    ...(questionnaire.intro ? [{ key: 'uitleg', dutch: questionnaire.intro, long: true }] : []),
    ...questions.flatMap((q) => [
      { key: questionTextKey(q.id), dutch: q.text, long: true },
      ...q.options.map((option, index) => ({ key: optionTextKey(q.id, index), dutch: option })),
    ]),
    ...Object.entries(PARENT_TEXTS).map(([key, dutch]) => ({ key, dutch })),
  ];
}

/** The translation form: one optional field per text; an empty one shows the Dutch text. */
export function translationSchema(keys: string[]) {
  return z.object({
    language: languageCode.refine((code) => code !== 'nl', {
      error: 'De vragenlijst zelf is al in het Nederlands. Kies een andere taal.',
    }),
    ...Object.fromEntries(
      keys.map((key) => [key, optionalText('deze vertaling', QUESTIONNAIRE_LIMITS.translation)]),
    ),
  });
}

export function answerField(questionId: string): string {
  return `antwoord-${questionId}`;
}

/**
 * A parent's answers (or a paper form typed in). Every question may be skipped, but not all of
 * them. Contact details are only taken with the consent box ticked.
 */
/** A phone number (8 to 15 digits, with spaces, dashes, brackets or a leading +) or an e-mail address. */
export function isPhoneOrEmail(value: string): boolean {
  const text = value.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return true;
  if (!/^\+?[\d\s\-()]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15;
}

export function answerSchema(questions: Question[], { withContact }: { withContact: boolean }) {
  const shape: Record<string, z.ZodType> = {};
  for (const question of questions) {
    const allowed = choicesOf(question).map((c) => c.value);
    shape[answerField(question.id)] =
      question.kind === 'open'
        ? optionalText('het antwoord', QUESTIONNAIRE_LIMITS.openAnswer)
        : z.preprocess(
            (v) => (typeof v === 'string' ? v : ''),
            z.union([z.literal(''), z.enum(allowed as [string, ...string[]])], {
              error: PARENT_TEXTS['vast.fout-keuze'],
            }),
          );
  }
  if (withContact) {
    shape.contact = optionalText('je telefoonnummer of e-mailadres', QUESTIONNAIRE_LIMITS.contact);
    shape.toestemming = checkbox;
  }
  return z
    .object(shape)
    .superRefine((value, ctx) => {
      const answered = questions.filter((q) => value[answerField(q.id)] !== '');
      if (answered.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['form'], message: PARENT_TEXTS['vast.fout-leeg'] });
      }
      if (withContact && value.contact !== '' && !isPhoneOrEmail(String(value.contact))) {
        ctx.addIssue({
          code: 'custom',
          path: ['contact'],
          message: PARENT_TEXTS['vast.fout-contact'],
        });
      }
      if (withContact && value.contact !== '' && value.toestemming !== true) {
        ctx.addIssue({
          code: 'custom',
          path: ['toestemming'],
          message: PARENT_TEXTS['vast.fout-toestemming'],
        });
      }
    })
    .transform((value) => ({
      answers: questions
        .map((q) => ({ questionId: q.id, value: String(value[answerField(q.id)] ?? '') }))
        .filter((a) => a.value !== ''),
      contact: withContact && value.toestemming === true ? String(value.contact ?? '') : '',
    }));
}
