import type { AreaInput } from '~/features/plans/plans.server';
import type { Municipality } from './regions.server';

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
