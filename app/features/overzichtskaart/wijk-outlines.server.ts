import type { MapOutline } from './pdf-map';
import data from './wijk-outlines.json' with { type: 'json' };

// The bundled wijk outlines for the drawn map of the PDF (scripts/build-wijk-outlines.ts).
// Only some municipalities are bundled; for others the map has markers without outlines.

type OutlineData = {
  source: string;
  municipalities: string[];
  wijken: { code: string; name: string; polygons: [number, number][][][] }[];
};

const outlines = data as unknown as OutlineData;

/** The wijken of the plan's municipality, the plan's own wijken highlighted; [] when not bundled. */
export function outlinesForPlan(input: {
  municipalityCode: string;
  wijkCodes: string[];
}): MapOutline[] {
  const prefix = `WK${input.municipalityCode.slice(2)}`;
  const chosen = new Set(input.wijkCodes);
  return outlines.wijken
    .filter((wijk) => wijk.code.startsWith(prefix))
    .map((wijk) => ({
      code: wijk.code,
      name: wijk.name.replace(/^Wijk \d+\s+/, ''),
      polygons: wijk.polygons,
      highlight: chosen.has(wijk.code),
    }));
}
