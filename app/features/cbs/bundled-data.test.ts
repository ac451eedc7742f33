import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildBundledFigures,
  buildOutlines,
  serializeJson,
} from '../../../scripts/build-cbs-data.ts';
import { listMunicipalities, listWijken } from '../regions/regions.server';
import bundled from './bundled-figures.json' with { type: 'json' };
import { type FigureYears, newestValue } from './figures';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const sourceDir = path.resolve(repoRoot, '../shared/data/cbs');
const hasSource = existsSync(path.join(sourceDir, 'wijken_2024_nl.geojson'));
const outlinesDir = path.join(repoRoot, 'public/kaart/wijken');
const years = bundled.years as FigureYears;

describe('bundled CBS figures', () => {
  it('has inhabitants (2024) for every wijk with people of every municipality', () => {
    let withInhabitants = 0;
    for (const municipality of listMunicipalities()) {
      for (const wijk of listWijken(municipality.code)) {
        if (newestValue(years, wijk.code, 'inwoners').year === 2024) withInhabitants += 1;
      }
    }
    expect(withInhabitants).toBeGreaterThan(3000);
    expect(newestValue(years, 'WK0363AF', 'inwoners').year).toBe(2024);
  });

  it('has the 2023 Utrecht figures for bijstand, corporation homes and WOZ per buurt', () => {
    expect(newestValue(years, 'WK034403', 'bijstand')).toEqual({ value: 2680, year: 2023 });
    expect(newestValue(years, 'BU03440111', 'corporatie').year).toBe(2023);
    expect(newestValue(years, 'BU03440111', 'woz').value).toBe(430);
  });

  it('has an outline file for every municipality, with every wijk', () => {
    const files = readdirSync(outlinesDir);
    expect(files).toHaveLength(listMunicipalities().length);
    const utrecht = JSON.parse(readFileSync(path.join(outlinesDir, 'GM0344.json'), 'utf8'));
    expect(
      utrecht.features.map((f: { properties: { code: string } }) => f.properties.code),
    ).toEqual(listWijken('GM0344').map((w) => w.code));
  });
});

describe('bundled CBS data against the CBS source', () => {
  it.skipIf(!hasSource)('figures are exactly what the build script makes', () => {
    const committed = readFileSync(
      path.join(repoRoot, 'app/features/cbs/bundled-figures.json'),
      'utf8',
    );
    expect(serializeJson(buildBundledFigures(sourceDir))).toBe(committed);
  });

  it.skipIf(!hasSource)('outlines are exactly what the build script makes', () => {
    const outlines = buildOutlines(sourceDir);
    expect(readdirSync(outlinesDir).sort()).toEqual(
      [...outlines.keys()].map((c) => `${c}.json`).sort(),
    );
    for (const [code, collection] of outlines) {
      expect(readFileSync(path.join(outlinesDir, `${code}.json`), 'utf8')).toBe(
        serializeJson(collection),
      );
    }
  });
});
