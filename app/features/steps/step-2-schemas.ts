import { z } from 'zod';
import type { AreaInput } from '~/features/plans/plans.server';
import type { Municipality } from '~/features/regions/regions.server';
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

/**
 * The areas for the chosen codes, or null when a code is not a wijk or buurt of this
 * municipality. Typed names become wijken without a code.
 */
export function resolveChosenAreas(
  municipality: Municipality,
  codes: readonly string[],
  typedNames: readonly string[],
): AreaInput[] | null {
  const areas: AreaInput[] = [];
  for (const code of codes) {
    const wijk = municipality.wijken.find((w) => w.code === code);
    if (wijk) {
      areas.push({ kind: 'wijk', code: wijk.code, name: wijk.name });
      continue;
    }
    const buurt = municipality.wijken.flatMap((w) => w.buurten ?? []).find((b) => b.code === code);
    if (!buurt) return null;
    areas.push({ kind: 'buurt', code: buurt.code, name: buurt.name });
  }
  for (const name of typedNames) areas.push({ kind: 'wijk', code: null, name });
  return areas;
}
