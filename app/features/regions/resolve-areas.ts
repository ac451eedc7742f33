import type { AreaInput } from '~/features/plans/plans.server';
import type { Municipality } from './regions.server';

/**
 * The areas for the chosen codes, or null when a code is not a wijk or buurt of this
 * municipality. A typed name that is a wijk or buurt in the list (in other capitals, without
 * accents, or without CBS's "Wijk 03" in front) becomes that one, with its code, so that
 * figures and maps find it; other typed names become wijken without a code.
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
  for (const name of typedNames) {
    const known = findAreaByName(municipality, name);
    if (!known) areas.push({ kind: 'wijk', code: null, name });
    else if (!areas.some((area) => area.code === known.code)) areas.push(known);
  }
  return areas;
}

function findAreaByName(municipality: Municipality, typed: string): AreaInput | undefined {
  const wanted = comparable(typed);
  const matches = (name: string) =>
    comparable(name) === wanted || comparable(withoutNumber(name)) === wanted;
  const wijk = municipality.wijken.find((w) => matches(w.name));
  if (wijk) return { kind: 'wijk', code: wijk.code, name: wijk.name };
  const buurt = municipality.wijken.flatMap((w) => w.buurten ?? []).find((b) => matches(b.name));
  return buurt ? { kind: 'buurt', code: buurt.code, name: buurt.name } : undefined;
}

/** CBS names many wijken "Wijk 03 Overvecht"; people say "Overvecht". */
function withoutNumber(name: string): string {
  return name.replace(/^(wijk|buurt)\s+\d+\s+/i, '');
}

function comparable(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .trim();
}
