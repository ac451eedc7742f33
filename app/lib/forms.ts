import { z } from 'zod';
import './zod-config.ts';

// One zod schema per form, used by the action (the authority) and by the form component for its
// native attributes (required, maxLength), so validation also works without JavaScript.

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Everything the user typed, to give back on error. Files are left out. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    if (all.length === 0) continue;
    values[key] = all.length === 1 && !key.endsWith('[]') ? (all[0] as string) : all;
  }
  return values;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): FormResult<z.output<S>> {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors, values };
}

// Control characters other than tab and line breaks never belong in a text a person typed, and
// neither do bidirectional overrides: they can turn the rest of a line around (U+202E).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

function clean(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(CONTROL, '').trim() : value;
}

/** A required text field: the message names the field in plain Dutch. */
export function requiredText(label: string, max: number) {
  return z.preprocess(
    (v) => clean(v ?? ''),
    z
      .string({ error: `Vul ${label} in.` })
      .min(1, { error: `Vul ${label} in.` })
      .max(max, { error: tooLong(max) }),
  );
}

/** An optional text field: empty becomes ''. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    (v) => clean(v ?? ''),
    z.string({ error: `${capitalise(label)} moet tekst zijn.` }).max(max, { error: tooLong(max) }),
  );
}

/**
 * An optional phone number, typed as people do (06-12345678, +31 6 1234 5678, 030 123 45 67,
 * 14 030): digits with spaces, dashes, brackets, dots or a plus. Letters or a handful of digits
 * are a slip, not a number.
 */
export function phoneText(max: number) {
  return optionalText('het telefoonnummer', max).refine(
    (value) => {
      if (value === '') return true;
      const digits = value.replace(/\D/g, '').length;
      return /^[\d\s\-+()./]+$/.test(value) && digits >= 5 && digits <= 15;
    },
    {
      error:
        'Dit is geen telefoonnummer. Schrijf alleen cijfers, zoals 06-12345678 of 030-1234567.',
    },
  );
}

/** A list of choices from a fixed set (checkboxes). */
export function choices<T extends string>(label: string, options: readonly T[]) {
  return z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(options as [T, ...T[]], { error: `Kies ${label} uit de lijst.` }))
      .max(options.length),
  );
}

/** One choice from a fixed set (radio buttons or a select). */
export function oneOf<T extends string>(label: string, options: readonly T[]) {
  return z.preprocess((v) => clean(v), z.enum(options as [T, ...T[]], { error: `Kies ${label}.` }));
}

/** A calendar date typed as yyyy-mm-dd (the date input) or dd-mm-jjjj (as people type it). */
export function dateText(label: string, { required }: { required: boolean }) {
  return z.preprocess(
    (v) => normaliseDate(clean(v ?? '') as string),
    z.string().superRefine((value, ctx) => {
      if (value === '' && !required) return;
      const problem = dateProblem(value, label);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );
}

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function dateProblem(value: string, label: string): string | null {
  if (value === '') return `Vul ${label} in.`;
  if (value.startsWith('ongeldig:')) return 'Deze datum bestaat niet. Kijk de dag en de maand na.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return `Vul ${label} in als dag-maand-jaar, bijvoorbeeld 14-03-2027.`;
  }
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return `Kies een datum tussen ${FIRST_YEAR} en ${LAST_YEAR}.`;
  }
  return null;
}

/** A time of day hh:mm, optional. */
export function timeText(label: string) {
  return z.preprocess(
    (v) => clean(v ?? ''),
    z.union([
      z.literal(''),
      z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
        error: `Vul ${label} in als uu:mm, bijvoorbeeld 09:30.`,
      }),
    ]),
  );
}

/** A checkbox: present means yes. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());

export function normaliseDate(value: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (dutch) {
    const [, d, m, y] = dutch;
    const iso = `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
    return isRealDate(iso) ? iso : `ongeldig:${value}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isRealDate(value) ? value : `ongeldig:${value}`;
  return value;
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** The same message for every field, so that it reads well whatever the label is. */
export function tooLong(max: number): string {
  return `Deze tekst is te lang: gebruik hoogstens ${max} tekens.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
