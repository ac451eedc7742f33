import { z } from 'zod';
import { checkRepeat, scheduleFields } from '~/features/planning/schedule-fields';
import { RELIABILITY_POINTS, VISIT_STATUSES } from '~/features/plans/domain';
import { editToken } from '~/lib/edit-token';
import { checkbox, dateText, oneOf, optionalText, timeText } from '~/lib/forms';

export const STEP4_LIMITS = {
  placeText: 200,
  withWhom: 200,
  parentsBusyWith: 2000,
  notes: 4000,
  reliabilityNotes: 2000,
  id: 64,
} as const;

const VISIT_STATUS_KEYS = VISIT_STATUSES.map((s) => s.key);

const visitFields = {
  placeId: optionalText('de plek', STEP4_LIMITS.id),
  placeText: optionalText('de naam van de plek', STEP4_LIMITS.placeText),
  withWhom: optionalText('met wie je afspreekt', STEP4_LIMITS.withWhom),
  visitOn: dateText('de datum', { required: true }),
  visitTime: timeText('de tijd'),
  ...scheduleFields,
  visitStatus: oneOf('of het bezoek gepland of gedaan is', VISIT_STATUS_KEYS),
  parentsBusyWith: optionalText('waar ouders mee bezig zijn', STEP4_LIMITS.parentsBusyWith),
  notes: optionalText('de aantekeningen', STEP4_LIMITS.notes),
  discussedWithManager: checkbox,
  discussedOn: dateText('de datum van het gesprek met je leidinggevende', { required: false }),
};

type VisitValues = {
  placeId: string;
  placeText: string;
  visitOn: string;
  repeat: string;
  repeatUntil: string;
};

function requirePlace(value: VisitValues, ctx: z.RefinementCtx) {
  checkRepeat('visitOn')(value, ctx);
  if (value.placeId === '' && value.placeText === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['placeText'],
      message: 'Kies een plek uit de lijst, of typ waar je naartoe gaat.',
    });
  }
}

export const createVisitSchema = z.object(visitFields).superRefine(requirePlace);

export const updateVisitSchema = z
  .object({ id: z.string().min(1).max(STEP4_LIMITS.id), updatedAt: editToken, ...visitFields })
  .superRefine(requirePlace);

export const visitIdSchema = z.object({ id: z.string().min(1).max(STEP4_LIMITS.id) });

/** Form field names of one reliability point: a checkbox and its notes. */
export function reliabilityFieldNames(point: string) {
  return { checked: `punt-${point}`, notes: `notities-${point}` };
}

export const reliabilitySchema = z.object(
  Object.fromEntries(
    RELIABILITY_POINTS.flatMap((point) => {
      const names = reliabilityFieldNames(point.key);
      return [
        [names.checked, checkbox],
        [
          names.notes,
          optionalText(`de aantekening bij "${point.label}"`, STEP4_LIMITS.reliabilityNotes),
        ],
      ];
    }),
  ) as Record<string, typeof checkbox | ReturnType<typeof optionalText>>,
);

/** Turns the parsed form into one entry per point, in the fixed order of the list. */
export function reliabilityEntries(value: Record<string, unknown>) {
  return RELIABILITY_POINTS.map((point) => {
    const names = reliabilityFieldNames(point.key);
    return {
      point: point.key,
      checked: value[names.checked] === true,
      notes: typeof value[names.notes] === 'string' ? (value[names.notes] as string) : '',
    };
  });
}
