// The bundled list of Dutch municipalities, their wijken and (where we have
// them) their buurten. The data lives in regions.json next to this file and is
// regenerated with `npm run data:regions` (see README.md).
import data from './regions.json' with { type: 'json' };

export type Buurt = { code: string; name: string };
export type Wijk = { code: string; name: string; buurten?: Buurt[] };
export type Municipality = { code: string; name: string; wijken: Wijk[] };
export type MunicipalitySummary = { code: string; name: string };
export type RegionData = { source: string; municipalities: Municipality[] };

const regionData: RegionData = data;

let municipalityIndex: Map<string, Municipality> | undefined;

/** CBS pads region codes with spaces ('GM0344    '); accept those too. */
function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

function getIndex(): Map<string, Municipality> {
  if (municipalityIndex === undefined) {
    municipalityIndex = new Map(regionData.municipalities.map((m) => [m.code, m]));
  }
  return municipalityIndex;
}

/** The attribution line of the data, to show wherever the list is used. */
export function regionDataSource(): string {
  return regionData.source;
}

/** All municipalities (code and name), sorted by name with Dutch collation. */
export function listMunicipalities(): MunicipalitySummary[] {
  return regionData.municipalities.map(({ code, name }) => ({ code, name }));
}

/** The municipality with this code (e.g. 'GM0344'), or undefined. */
export function findMunicipality(code: string): Municipality | undefined {
  return getIndex().get(normalizeCode(code));
}

/** The wijken of a municipality, sorted by code; empty for an unknown code. */
export function listWijken(municipalityCode: string): Wijk[] {
  return [...(findMunicipality(municipalityCode)?.wijken ?? [])];
}
