import { z } from 'zod';
import { INSIGHT_KINDS, METHODS } from '~/features/plans/domain';
import { editToken } from '~/lib/edit-token';
import { oneOf, optionalText, requiredText } from '~/lib/forms';

export const WORK_METHOD_LIMITS = {
  whenText: 200,
  withWhom: 500,
  learnGoal: 2000,
  notes: 4000,
} as const;

export const INSIGHT_LIMITS = { text: 2000, theme: 100 } as const;

export const METHOD_KEYS = METHODS.map((m) => m.key);
export const INSIGHT_KIND_KEYS = INSIGHT_KINDS.map((k) => k.key);

export const workMethodSchema = z.object({
  method: oneOf('een werkvorm', METHOD_KEYS),
  whenText: optionalText('wanneer', WORK_METHOD_LIMITS.whenText),
  withWhom: optionalText('met wie', WORK_METHOD_LIMITS.withWhom),
  learnGoal: optionalText('wat je wilt leren', WORK_METHOD_LIMITS.learnGoal),
  notes: optionalText('de aantekeningen', WORK_METHOD_LIMITS.notes),
});

export const insightSchema = z.object({
  kind: oneOf('wat voor inzicht het is', INSIGHT_KIND_KEYS),
  text: requiredText('het inzicht', INSIGHT_LIMITS.text),
  theme: optionalText('het thema', INSIGHT_LIMITS.theme),
  workMethodId: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z.string().max(64, { error: 'Kies een werkvorm uit de lijst.' }),
  ),
});

export const recordIdSchema = z.object({
  id: z.string().min(1).max(64),
});

/** Editing carries the token of what the record looked like when the form was opened. */
export const editTokenSchema = z.object({ updatedAt: editToken });
