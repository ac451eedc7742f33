// Builds app/features/overzichtskaart/wijk-outlines.json: the wijk outlines the server-side PDF
// draws under the numbered places, for the municipalities listed below, from the CBS file
// ../shared/data/cbs/wijken_2024_nl.geojson (override the folder with env CBS_SOURCE_DIR).
//
//   node scripts/build-wijk-outlines.ts
//
// Geometry: Kadaster / Centraal Bureau voor de Statistiek, 2024 (CC BY 4.0), already simplified
// to 5 decimals in the source. Only erasable TypeScript syntax (Node runs it by stripping types).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Utrecht, the municipality of the demo. Add codes to bundle more. */
const MUNICIPALITIES = (process.env.OUTLINE_MUNICIPALITIES ?? 'GM0344').split(',');

type Feature = {
  properties: { wijkcode: string; wijknaam: string; gemeentecode: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
};

const root = path.resolve(import.meta.dirname, '..');
const source = process.env.CBS_SOURCE_DIR ?? path.resolve(root, '../shared/data/cbs');
const geojson = JSON.parse(readFileSync(path.join(source, 'wijken_2024_nl.geojson'), 'utf8')) as {
  features: Feature[];
};

const wijken = geojson.features
  .filter((f) => MUNICIPALITIES.includes(f.properties.gemeentecode))
  .sort((a, b) => a.properties.wijkcode.localeCompare(b.properties.wijkcode))
  .map((f) => ({
    code: f.properties.wijkcode,
    name: f.properties.wijknaam,
    // Always a list of polygons, each a list of rings of [lon, lat].
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  }));

const out = {
  source: 'Kadaster / Centraal Bureau voor de Statistiek, 2024 (CBS Wijk- en buurtkaart)',
  municipalities: MUNICIPALITIES,
  wijken,
};
const file = path.join(root, 'app/features/overzichtskaart/wijk-outlines.json');
writeFileSync(file, `${JSON.stringify(out)}\n`);
console.log(`${wijken.length} wijken → ${path.relative(root, file)}`);
