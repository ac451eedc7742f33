// Builds the CBS figures and wijk outlines the app ships with, from the CBS files in
// ../shared/data/cbs (override with env CBS_SOURCE_DIR):
//
//   node scripts/build-cbs-data.ts      (or: npm run data:cbs)
//
// Writes
// - app/features/cbs/bundled-figures.json: every wijk of NL with inhabitants, shares of children (0–15) and young people (15–25),
//   households and household size (2024, wijken_2024_nl.geojson) and every wijk and buurt of Utrecht
//   with the 2023 and 2024 figures (utrecht_GM0344_kwb2023.csv / kwb2024.csv);
// - public/kaart/wijken/GMxxxx.json: simplified wijk outlines per municipality (Kadaster / CBS).
//
// Only erasable TypeScript syntax: Node 24 runs this file by stripping types.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import simplify from 'simplify-js';
import {
  FIGURE_KEYS,
  FIGURES,
  type FigureKey,
  type FigureYears,
  mergeFigureYears,
  parseCbsNumber,
} from '../app/features/cbs/figures.ts';
import { readKwbRows } from '../app/features/cbs/kwb-file.ts';
import { defaultSourceDir, parseCsv, REPO_ROOT } from './build-region-data.ts';

export const FIGURES_FILE = path.join(REPO_ROOT, 'app/features/cbs/bundled-figures.json');
export const OUTLINES_DIR = path.join(REPO_ROOT, 'public/kaart/wijken');

const GEOJSON_FILE = 'wijken_2024_nl.geojson';
const GEOJSON_YEAR = 2024;
const KWB_FILES: [string, number][] = [
  ['utrecht_GM0344_kwb2023.csv', 2023],
  ['utrecht_GM0344_kwb2024.csv', 2024],
];
const EXCLUDED_MUNICIPALITIES = new Set(['GM0998']);
/** Degrees; about 15 m in the Netherlands. Enough for a wijk map, a fraction of the bytes. */
const TOLERANCE = 0.00015;

export const FIGURES_SOURCE =
  'Bron: CBS, Kerncijfers wijken en buurten 2023 en 2024 en Wijk- en buurtkaart 2024 (CC BY 4.0)';

type Position = [number, number];
type Feature = {
  properties?: Record<string, unknown>;
  geometry?: { type: string; coordinates: unknown };
};

export type BundledFigures = { source: string; years: FigureYears };
export type OutlineCollection = {
  type: 'FeatureCollection';
  attribution: string;
  features: {
    type: 'Feature';
    properties: { code: string; name: string };
    geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
  }[];
};

function readFeatures(sourceDir: string): Feature[] {
  const geojson = JSON.parse(readFileSync(path.join(sourceDir, GEOJSON_FILE), 'utf8')) as {
    features?: Feature[];
  };
  if (!Array.isArray(geojson.features)) throw new Error(`${GEOJSON_FILE}: no features`);
  return geojson.features;
}

function isIncluded(properties: Record<string, unknown>): boolean {
  const municipality = String(properties.gemeentecode ?? '');
  const code = String(properties.wijkcode ?? '');
  const name = String(properties.wijknaam ?? '').toLowerCase();
  if (EXCLUDED_MUNICIPALITIES.has(municipality)) return false;
  // "Groot water" pseudo-wijken: nobody lives there.
  return !(code.endsWith('99') && name === 'groot water' && !properties.aantal_inwoners);
}

/** Pure: the bundled figures made from the CBS files in sourceDir. */
export function buildBundledFigures(sourceDir: string = defaultSourceDir()): BundledFigures {
  const fromMap: FigureYears[string] = {};
  for (const feature of readFeatures(sourceDir)) {
    const properties = feature.properties ?? {};
    if (!isIncluded(properties)) continue;
    const figures: Partial<Record<FigureKey, number | null>> = {};
    for (const key of FIGURE_KEYS) {
      for (const code of FIGURES[key].fileCodes) {
        if (code in properties) figures[key] = parseCbsNumber(properties[code]);
      }
    }
    fromMap[String(properties.wijkcode).toUpperCase()] = figures;
  }
  const sets: FigureYears[] = [{ [String(GEOJSON_YEAR)]: fromMap }];
  for (const [file, year] of KWB_FILES) {
    const result = readKwbRows(parseCsv(readFileSync(path.join(sourceDir, file), 'utf8')), year);
    if (!result.ok) throw new Error(`${file}: ${result.message}`);
    sets.push(result.figures);
  }
  return { source: FIGURES_SOURCE, years: sortYears(mergeFigureYears(...sets)) };
}

function sortYears(years: FigureYears): FigureYears {
  const sorted: FigureYears = {};
  for (const year of Object.keys(years).sort()) {
    const regions = years[year] ?? {};
    sorted[year] = {};
    for (const code of Object.keys(regions).sort()) {
      const figures = regions[code] ?? {};
      const ordered: Partial<Record<FigureKey, number | null>> = {};
      for (const key of FIGURE_KEYS) if (key in figures) ordered[key] = figures[key] ?? null;
      sorted[year][code] = ordered;
    }
  }
  return sorted;
}

function simplifyRing(ring: Position[]): Position[] {
  const points = ring.map(([x, y]) => ({ x, y }));
  let simplified = simplify(points, TOLERANCE, true);
  if (simplified.length < 4) simplified = points;
  const rounded: Position[] = [];
  for (const { x, y } of simplified) {
    const next: Position = [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
    const last = rounded[rounded.length - 1];
    if (last === undefined || last[0] !== next[0] || last[1] !== next[1]) rounded.push(next);
  }
  return rounded;
}

/** Pure: simplified outlines per municipality code. */
export function buildOutlines(
  sourceDir: string = defaultSourceDir(),
): Map<string, OutlineCollection> {
  const byMunicipality = new Map<string, OutlineCollection>();
  for (const feature of readFeatures(sourceDir)) {
    const properties = feature.properties ?? {};
    if (!isIncluded(properties) || feature.geometry === undefined) continue;
    const municipality = String(properties.gemeentecode).toUpperCase();
    const geometry = feature.geometry;
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as Position[][][];
    const coordinates = polygons
      .map((polygon) => polygon.map(simplifyRing).filter((ring) => ring.length >= 4))
      .filter((polygon) => polygon.length > 0);
    let collection = byMunicipality.get(municipality);
    if (collection === undefined) {
      collection = {
        type: 'FeatureCollection',
        attribution: 'Kadaster / CBS, 2024',
        features: [],
      };
      byMunicipality.set(municipality, collection);
    }
    collection.features.push({
      type: 'Feature',
      properties: {
        code: String(properties.wijkcode).toUpperCase(),
        name: String(properties.wijknaam).trim(),
      },
      geometry: { type: 'MultiPolygon', coordinates },
    });
  }
  for (const collection of byMunicipality.values()) {
    collection.features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  }
  return byMunicipality;
}

export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function main(): void {
  const sourceDir = defaultSourceDir();
  if (!existsSync(path.join(sourceDir, GEOJSON_FILE))) {
    throw new Error(`${GEOJSON_FILE} not found in ${sourceDir} (set CBS_SOURCE_DIR)`);
  }
  const figures = serializeJson(buildBundledFigures(sourceDir));
  writeFileSync(FIGURES_FILE, figures);

  const outlines = buildOutlines(sourceDir);
  if (existsSync(OUTLINES_DIR)) {
    for (const file of readdirSync(OUTLINES_DIR)) rmSync(path.join(OUTLINES_DIR, file));
  }
  mkdirSync(OUTLINES_DIR, { recursive: true });
  let outlineBytes = 0;
  for (const [code, collection] of outlines) {
    const text = serializeJson(collection);
    outlineBytes += Buffer.byteLength(text);
    writeFileSync(path.join(OUTLINES_DIR, `${code}.json`), text);
  }
  console.log(
    `${path.relative(REPO_ROOT, FIGURES_FILE)}: ${Buffer.byteLength(figures)} bytes; ` +
      `${path.relative(REPO_ROOT, OUTLINES_DIR)}: ${outlines.size} files, ${outlineBytes} bytes`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
