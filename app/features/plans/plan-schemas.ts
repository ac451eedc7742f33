import { z } from 'zod';
import { oneOf, optionalText, requiredText } from '~/lib/forms';
import { PLAN_STATUSES, STEP_STATUSES } from './domain';

export const PLAN_LIMITS = { title: 150, typedAreas: 2000, why: 2000, notes: 4000 } as const;

export const newPlanSchema = z.object({
  title: requiredText('een naam voor het plan', PLAN_LIMITS.title),
  municipality: requiredText('de gemeente', 10),
  areas: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().max(20)).max(500),
  ),
  typedAreas: optionalText('de wijken die je zelf typt', PLAN_LIMITS.typedAreas),
});

export const renamePlanSchema = z.object({
  title: requiredText('een naam voor het plan', PLAN_LIMITS.title),
});

export const planStatusSchema = z.object({
  status: oneOf('een status', PLAN_STATUSES),
});

export const stepStatusSchema = z.object({
  status: oneOf('een status', STEP_STATUSES),
});

/** Names typed by the user, one per line or separated by commas. */
export function splitTypedAreas(text: string): string[] {
  const names = text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .map((name) => name.slice(0, 100));
  return [...new Set(names)];
}
