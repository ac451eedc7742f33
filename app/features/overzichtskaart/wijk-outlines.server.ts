import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MUNICIPALITY_CODE } from '~/features/regions/codes';
import type { MapOutline } from './pdf-map';

// The wijk outlines of the PDF's drawn map: the same per-municipality files the step 2 map loads
// (`public/kaart/wijken/GMxxxx.json`, made by `npm run data:cbs`), one dataset for both maps.
//
// Where they are: `react-router build` copies public/ into build/client/, which server.js serves
// (relative to the working folder, as here). The production server reads that copy, the file the
// browser gets; development and unit tests read public/. Each falls back to the other.

type OutlineFile = {
  features: {
    properties: { code: string; name: string };
    geometry: { type: 'MultiPolygon'; coordinates: [number, number][][][] };
  }[];
};

function folders(): string[] {
  const served = path.resolve('build/client/kaart/wijken');
  const source = path.resolve('public/kaart/wijken');
  return process.env.NODE_ENV === 'production' ? [served, source] : [source, served];
}

// Parsed files per municipality (a few hundred kB at most in a process): read once.
const cache = new Map<string, Promise<OutlineFile | null>>();

async function readOutlineFile(municipalityCode: string): Promise<OutlineFile | null> {
  const file = folders()
    .map((folder) => path.join(folder, `${municipalityCode}.json`))
    .find((candidate) => existsSync(candidate));
  if (file === undefined) return null;
  return JSON.parse(await readFile(file, 'utf8')) as OutlineFile;
}

function loadOutlineFile(municipalityCode: string): Promise<OutlineFile | null> {
  let loaded = cache.get(municipalityCode);
  if (loaded === undefined) {
    loaded = readOutlineFile(municipalityCode);
    // A failed read is tried again next time, not remembered.
    loaded.catch(() => cache.delete(municipalityCode));
    cache.set(municipalityCode, loaded);
  }
  return loaded;
}

/**
 * The wijken of the plan's municipality, the plan's own wijken highlighted; [] when there is no
 * outline file for the municipality.
 */
export async function outlinesForPlan(input: {
  municipalityCode: string;
  wijkCodes: string[];
}): Promise<MapOutline[]> {
  if (!MUNICIPALITY_CODE.test(input.municipalityCode)) return [];
  const data = await loadOutlineFile(input.municipalityCode);
  if (data === null) return [];
  const chosen = new Set(input.wijkCodes);
  return data.features.map((feature) => ({
    code: feature.properties.code,
    // Names read "Wijk 03 Overvecht" in some municipalities: the number means nothing to a reader.
    name: feature.properties.name.replace(/^Wijk \d+\s+/, ''),
    polygons: feature.geometry.coordinates,
    highlight: chosen.has(feature.properties.code),
  }));
}
