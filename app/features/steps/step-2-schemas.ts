import { z } from 'zod';
import { optionalText } from '~/lib/forms';

export const STEP_TWO_LIMITS = { why: 2000, notes: 4000, typedAreas: 2000 } as const;

export const addAreasSchema = z.object({
  areas: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().max(20)).max(1000),
  ),
  typedAreas: optionalText('de namen die je typt', STEP_TWO_LIMITS.typedAreas),
});

export const whyFieldName = (areaId: string) => `why-${areaId}`;
export const notesFieldName = (areaId: string) => `notes-${areaId}`;

/**
 * The form with the notes of every area. Only areas whose fields were posted are in it, so an
 * area that a colleague added after this page was opened keeps its notes.
 */
export function areaNotesSchema(
  areas: readonly { id: string; name: string }[],
  formData: FormData,
) {
  const fields: Record<string, z.ZodType<string>> = {};
  for (const area of areas) {
    if (!formData.has(whyFieldName(area.id))) continue;
    fields[whyFieldName(area.id)] = optionalText(
      `de reden bij ${area.name}`,
      STEP_TWO_LIMITS.why,
    ) as z.ZodType<string>;
    fields[notesFieldName(area.id)] = optionalText(
      `de aantekeningen bij ${area.name}`,
      STEP_TWO_LIMITS.notes,
    ) as z.ZodType<string>;
  }
  return z.object(fields);
}
