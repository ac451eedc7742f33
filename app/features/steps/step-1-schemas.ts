import { z } from 'zod';
import { AGE_GROUP_KEYS, CIRCUMSTANCE_KEYS } from '~/features/plans/domain';
import { choices, type FieldErrors, optionalText, requiredText } from '~/lib/forms';

export const STEP_ONE_LIMITS = { learnWhat: 2000, needFor: 2000, targetNotes: 1000 } as const;

export const stepOneSchema = z.object({
  learnWhat: requiredText('je leervraag', STEP_ONE_LIMITS.learnWhat),
  needFor: optionalText('waarvoor je de ouders nodig hebt', STEP_ONE_LIMITS.needFor),
  ages: choices('een leeftijd', AGE_GROUP_KEYS),
  circumstances: choices('een situatie', CIRCUMSTANCE_KEYS),
  targetNotes: optionalText('de beschrijving van de ouders', STEP_ONE_LIMITS.targetNotes),
});

/**
 * zod names a wrong checkbox value by its place in the list ("ages.1"); the page shows errors per
 * field, so the message goes to the group as a whole.
 */
export function errorsPerField(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.split('.')[0] ?? key;
    result[field] ??= message;
  }
  return result;
}
