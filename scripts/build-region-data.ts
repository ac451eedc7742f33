// Builds app/features/regions/regions.json from the CBS files in
// ../shared/data/cbs (override with env CBS_SOURCE_DIR).
//
//   node scripts/build-region-data.ts      (or: npm run data:regions)
//
// Sources (Bron: CBS, CC BY 4.0; wijk geometry: Kadaster / CBS):
// - wijken_2024_nl.geojson: all municipalities and wijken of 2024;
// - utrecht_GM0344_kwb2024.csv and utrecht_GM0344_kwb2023.csv: the buurten of
//   Utrecht (the newest file that lists buurten for a municipality wins).
//
// Only erasable TypeScript syntax: Node 24 runs this file by stripping types.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  Buurt,
  Municipality,
  RegionData,
  Wijk,
} from '../app/features/regions/regions.server.ts';

export const SOURCE_NOTE =
  'CBS Wijk- en buurtkaart 2024 / Kerncijfers wijken en buurten 2023-2024 (Bron: CBS, CC BY 4.0)';

const GEOJSON_FILE = 'wijken_2024_nl.geojson';
/** Newest first: for each municipality the first file with buurten wins. */
const BUURT_CSV_FILES = ['utrecht_GM0344_kwb2024.csv', 'utrecht_GM0344_kwb2023.csv'];
/** CBS's pseudo-municipality for addresses abroad. */
const EXCLUDED_MUNICIPALITIES = new Set(['GM0998']);
const MAX_OUTPUT_BYTES = 500_000;

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const OUTPUT_FILE = path.join(REPO_ROOT, 'app/features/regions/regions.json');

export function defaultSourceDir(): string {
  const override = process.env.CBS_SOURCE_DIR;
  if (override !== undefined && override.trim() !== '') return path.resolve(override.trim());
  return path.resolve(REPO_ROOT, '../shared/data/cbs');
}

/**
 * Minimal RFC 4180 parser: comma separated, fields may be quoted, a quote
 * inside a quoted field is doubled, records end with LF or CRLF. A leading
 * byte order mark is ignored. Empty lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;

  const endRecord = () => {
    record.push(field);
    field = '';
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };

  while (i < input.length) {
    const ch = input[i];
    if (inQuotes) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n') {
      endRecord();
    } else if (ch === '\r') {
      if (input[i + 1] !== '\n') endRecord();
    } else {
      field += ch;
    }
    i += 1;
  }
  if (inQuotes) throw new Error('CSV: quoted field is not closed');
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** CSV rows as objects keyed by the (trimmed) header names. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  const keys = header.map((key) => key.trim());
  return rows.map((row) => {
    const object: Record<string, string> = {};
    keys.forEach((key, index) => {
      object[key] = row[index] ?? '';
    });
    return object;
  });
}

type WijkFeatureProperties = {
  wijkcode?: unknown;
  wijknaam?: unknown;
  gemeentecode?: unknown;
  gemeentenaam?: unknown;
  aantal_inwoners?: unknown;
};

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${GEOJSON_FILE}: missing ${what}`);
  }
  return value.trim();
}

/**
 * "Groot water" wijken (code ends in 99, nobody lives there) are CBS's
 * pseudo-wijken for large waters; nobody can make a plan for them.
 */
function isWaterPseudoWijk(code: string, name: string, inhabitants: unknown): boolean {
  return (
    code.endsWith('99') &&
    name.toLowerCase() === 'groot water' &&
    (inhabitants === undefined || inhabitants === null || inhabitants === 0)
  );
}

const collator = new Intl.Collator('nl');

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function readBuurten(sourceDir: string): Map<string, Buurt[]> {
  // wijk code -> buurten; per municipality only from the newest file.
  const buurtenByWijk = new Map<string, Buurt[]>();
  const municipalitiesDone = new Set<string>();
  for (const file of BUURT_CSV_FILES) {
    const rows = csvObjects(readFileSync(path.join(sourceDir, file), 'utf8'));
    const found = new Map<string, Buurt[]>();
    for (const row of rows) {
      if ((row.recs ?? '').trim() !== 'Buurt') continue;
      const code = (row.gwb_code_10 ?? '').trim().toUpperCase();
      const name = (row.regio ?? '').trim();
      if (!/^BU[0-9A-Z]{8}$/.test(code) || name === '') {
        throw new Error(`${file}: invalid buurt row ${JSON.stringify([code, name])}`);
      }
      const municipalityCode = `GM${code.slice(2, 6)}`;
      if (municipalitiesDone.has(municipalityCode)) continue;
      const wijkCode = `WK${code.slice(2, 8)}`;
      const list = found.get(wijkCode) ?? [];
      list.push({ code, name });
      found.set(wijkCode, list);
    }
    for (const [wijkCode, list] of found) {
      buurtenByWijk.set(wijkCode, list);
      municipalitiesDone.add(`GM${wijkCode.slice(2, 6)}`);
    }
  }
  return buurtenByWijk;
}

/** Pure: reads the CBS files in sourceDir and returns the region list. */
export function buildRegionData(sourceDir: string = defaultSourceDir()): RegionData {
  const geojson: unknown = JSON.parse(readFileSync(path.join(sourceDir, GEOJSON_FILE), 'utf8'));
  const features = (geojson as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error(`${GEOJSON_FILE}: no features`);

  const buurtenByWijk = readBuurten(sourceDir);
  const municipalities = new Map<string, Municipality>();
  const wijkCodes = new Set<string>();

  for (const feature of features) {
    const properties = ((feature as { properties?: unknown }).properties ??
      {}) as WijkFeatureProperties;
    const municipalityCode = requireText(properties.gemeentecode, 'gemeentecode').toUpperCase();
    const municipalityName = requireText(properties.gemeentenaam, 'gemeentenaam');
    const code = requireText(properties.wijkcode, 'wijkcode').toUpperCase();
    const name = requireText(properties.wijknaam, 'wijknaam');

    if (EXCLUDED_MUNICIPALITIES.has(municipalityCode)) continue;
    if (isWaterPseudoWijk(code, name, properties.aantal_inwoners)) continue;
    if (code.slice(2, 6) !== municipalityCode.slice(2)) {
      throw new Error(`${GEOJSON_FILE}: wijk ${code} is not part of ${municipalityCode}`);
    }
    if (wijkCodes.has(code)) throw new Error(`${GEOJSON_FILE}: duplicate wijk ${code}`);
    wijkCodes.add(code);

    let municipality = municipalities.get(municipalityCode);
    if (municipality === undefined) {
      municipality = { code: municipalityCode, name: municipalityName, wijken: [] };
      municipalities.set(municipalityCode, municipality);
    } else if (municipality.name !== municipalityName) {
      throw new Error(`${GEOJSON_FILE}: two names for ${municipalityCode}`);
    }

    const wijk: Wijk = { code, name };
    const buurten = buurtenByWijk.get(code);
    if (buurten !== undefined) wijk.buurten = [...buurten].sort(byCode);
    municipality.wijken.push(wijk);
  }

  for (const wijkCode of buurtenByWijk.keys()) {
    if (!wijkCodes.has(wijkCode)) {
      throw new Error(`buurten found for ${wijkCode}, which is not in ${GEOJSON_FILE}`);
    }
  }

  const sorted = [...municipalities.values()]
    .map((m) => ({ ...m, wijken: [...m.wijken].sort(byCode) }))
    .sort((a, b) => collator.compare(a.name, b.name) || byCode(a, b));

  return { source: SOURCE_NOTE, municipalities: sorted };
}

/** The exact bytes of regions.json: compact JSON plus a final newline. */
export function serializeRegionData(data: RegionData): string {
  return `${JSON.stringify(data)}\n`;
}

function main(): void {
  const sourceDir = defaultSourceDir();
  if (!existsSync(path.join(sourceDir, GEOJSON_FILE))) {
    throw new Error(`${GEOJSON_FILE} not found in ${sourceDir} (set CBS_SOURCE_DIR)`);
  }
  const data = buildRegionData(sourceDir);
  const text = serializeRegionData(data);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_OUTPUT_BYTES) {
    throw new Error(`regions.json would be ${bytes} bytes, more than ${MAX_OUTPUT_BYTES}`);
  }
  writeFileSync(OUTPUT_FILE, text);

  const wijken = data.municipalities.reduce((sum, m) => sum + m.wijken.length, 0);
  const buurten = data.municipalities.reduce(
    (sum, m) => sum + m.wijken.reduce((s, w) => s + (w.buurten?.length ?? 0), 0),
    0,
  );
  console.log(
    `${path.relative(REPO_ROOT, OUTPUT_FILE)}: ${data.municipalities.length} municipalities, ` +
      `${wijken} wijken, ${buurten} buurten, ${bytes} bytes`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
