import { z } from 'zod';
import { checkRepeat, scheduleFields } from '~/features/planning/schedule-fields';
import { CONTACT_MOMENT_STATUSES } from '~/features/plans/domain';
import { editToken } from '~/lib/edit-token';
import { checkbox, dateText, oneOf, optionalText, requiredText, timeText } from '~/lib/forms';

export const STEP3_LIMITS = { withWhom: 200, purpose: 1000, reason: 1000, id: 64 } as const;

export const TOP_RANKS = [1, 2, 3] as const;

const CONTACT_MOMENT_STATUS_KEYS = CONTACT_MOMENT_STATUSES.map((s) => s.key);

const contactMomentFields = {
  withWhom: requiredText('de naam van de persoon of organisatie', STEP3_LIMITS.withWhom),
  placeId: optionalText('de plek', STEP3_LIMITS.id),
  plannedOn: dateText('de datum', { required: true }),
  plannedTime: timeText('de tijd'),
  purpose: optionalText('wat je wilt bespreken', STEP3_LIMITS.purpose),
  momentStatus: oneOf('hoe het ervoor staat', CONTACT_MOMENT_STATUS_KEYS),
  discussedWithManager: checkbox,
  discussedOn: dateText('de datum van het gesprek met je leidinggevende', { required: false }),
  ...scheduleFields,
};

export const createContactMomentSchema = z
  .object(contactMomentFields)
  .superRefine(checkRepeat('plannedOn'));

export const updateContactMomentSchema = z
  .object({
    id: z.string().min(1).max(STEP3_LIMITS.id),
    updatedAt: editToken,
    ...contactMomentFields,
  })
  .superRefine(checkRepeat('plannedOn'));

export const deleteContactMomentSchema = z.object({
  id: z.string().min(1).max(STEP3_LIMITS.id),
});

export const planningDiscussedSchema = z.object({
  planningDiscussed: checkbox,
  planningDiscussedOn: dateText('de datum van het gesprek', { required: false }),
});

export const topThreeSchema = z
  .object({
    top1: optionalText('Top 1', STEP3_LIMITS.id),
    reason1: optionalText('de reden bij Top 1', STEP3_LIMITS.reason),
    top2: optionalText('Top 2', STEP3_LIMITS.id),
    reason2: optionalText('de reden bij Top 2', STEP3_LIMITS.reason),
    top3: optionalText('Top 3', STEP3_LIMITS.id),
    reason3: optionalText('de reden bij Top 3', STEP3_LIMITS.reason),
  })
  .superRefine((value, ctx) => {
    const chosen = [value.top1, value.top2, value.top3];
    const reasons = [value.reason1, value.reason2, value.reason3];
    chosen.forEach((placeId, index) => {
      const rank = index + 1;
      if (placeId === '' && reasons[index] !== '') {
        ctx.addIssue({
          code: 'custom',
          path: [`top${rank}`],
          message: `Kies een plek bij Top ${rank}, of maak de reden leeg.`,
        });
        return;
      }
      const earlier = chosen.slice(0, index).indexOf(placeId);
      if (placeId !== '' && earlier >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: [`top${rank}`],
          message: `Deze plek staat al bij Top ${earlier + 1}. Kies bij Top ${rank} een andere plek.`,
        });
      }
    });
  });

/** The chosen places with their rank, leaving out empty ranks. */
export function topThreeEntries(value: z.output<typeof topThreeSchema>) {
  const entries: { placeId: string; rank: 1 | 2 | 3; reason: string }[] = [];
  for (const rank of TOP_RANKS) {
    const placeId = value[`top${rank}`];
    if (placeId !== '') entries.push({ placeId, rank, reason: value[`reason${rank}`] });
  }
  return entries;
}
