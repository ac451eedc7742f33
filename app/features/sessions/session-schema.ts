import { z } from 'zod';
import { METHOD_GUIDE } from '~/features/methods/method-guide';
import { METHODS } from '~/features/plans/domain';
import { editToken } from '~/lib/edit-token';
import { dateText, oneOf, optionalText, timeText } from '~/lib/forms';
import { GENERAL_PREPARATION } from './session-checklist';

export const SESSION_LIMITS = {
  title: 200,
  place: 300,
  languageSupport: 500,
  childcare: 500,
  accessibility: 500,
  compensation: 500,
  invitationText: 5000,
  notesAfter: 4000,
} as const;

export const MAX_PARENTS = 1000;

const KNOWN_ITEMS = new Set<string>([
  ...GENERAL_PREPARATION,
  ...METHOD_GUIDE.flatMap((m) => m.prepare),
]);

/** A number of parents: empty is "not known". */
function parentCount(label: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : (v ?? '')),
    z.string().transform((value, ctx) => {
      if (value === '') return null;
      if (!/^\d{1,4}$/.test(value) || Number(value) > MAX_PARENTS) {
        ctx.addIssue({
          code: 'custom',
          message: `Vul bij ${label} een getal in van 0 tot ${MAX_PARENTS}, bijvoorbeeld 12.`,
        });
        return z.NEVER;
      }
      return Number(value);
    }),
  );
}

export const sessionSchema = z
  .object({
    method: oneOf(
      'een werkvorm',
      METHODS.map((m) => m.key),
    ),
    title: optionalText('de naam', SESSION_LIMITS.title),
    date: dateText('de datum', { required: true }),
    startTime: timeText('de begintijd'),
    endTime: timeText('de eindtijd'),
    place: optionalText('de plek', SESSION_LIMITS.place),
    expectedParents: parentCount('verwachte ouders'),
    languageSupport: optionalText('de taalhulp', SESSION_LIMITS.languageSupport),
    childcare: optionalText('de oppas', SESSION_LIMITS.childcare),
    accessibility: optionalText('de toegankelijkheid', SESSION_LIMITS.accessibility),
    compensation: optionalText('de vergoeding', SESSION_LIMITS.compensation),
    invitationText: optionalText('de uitnodiging', SESSION_LIMITS.invitationText),
    checklist: z.preprocess(
      (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
      z
        .array(z.string().refine((item) => KNOWN_ITEMS.has(item), { error: 'Kies uit de lijst.' }))
        .max(KNOWN_ITEMS.size),
    ),
    attendedParents: parentCount('hoeveel ouders er kwamen'),
    notesAfter: optionalText('de aantekeningen', SESSION_LIMITS.notesAfter),
  })
  .refine((value) => !value.startTime || !value.endTime || value.endTime > value.startTime, {
    path: ['endTime'],
    error: 'De eindtijd moet na de begintijd liggen.',
    // Also say it when another field is wrong, so the user sees every problem at once.
    when: (payload) =>
      !payload.issues.some((issue) => ['startTime', 'endTime'].includes(String(issue.path?.[0]))),
  });

export type SessionFields = z.output<typeof sessionSchema>;

export const sessionTokenSchema = z.object({ updatedAt: editToken });
