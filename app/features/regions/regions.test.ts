import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildRegionData,
  csvObjects,
  parseCsv,
  serializeRegionData,
} from '../../../scripts/build-region-data.ts';
import { findMunicipality, listMunicipalities, listWijken } from './regions.server.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const sourceDir = path.resolve(repoRoot, '../shared/data/cbs');
const hasSource = existsSync(path.join(sourceDir, 'wijken_2024_nl.geojson'));

describe('bundled region list', () => {
  it('has the 342 Dutch municipalities of 2024, without "Buitenland"', () => {
    const municipalities = listMunicipalities();
    expect(municipalities).toHaveLength(342);
    expect(municipalities.some((m) => m.code === 'GM0998' || m.name === 'Buitenland')).toBe(false);
    expect(findMunicipality('GM0998')).toBeUndefined();
  });

  it('lists municipalities sorted by name with Dutch collation', () => {
    const names = listMunicipalities().map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(new Set(listMunicipalities().map((m) => m.code)).size).toBe(342);
  });

  it('has Utrecht with its 10 wijken and the buurten under them', () => {
    const utrecht = findMunicipality('GM0344');
    expect(utrecht?.name).toBe('Utrecht');
    const wijken = listWijken('GM0344');
    expect(wijken.map((w) => w.code)).toEqual([
      'WK034401',
      'WK034402',
      'WK034403',
      'WK034404',
      'WK034405',
      'WK034406',
      'WK034407',
      'WK034408',
      'WK034409',
      'WK034410',
    ]);
    const overvecht = wijken.find((w) => w.code === 'WK034403');
    expect(overvecht?.name).toBe('Wijk 03 Overvecht');
    expect(overvecht?.buurten?.map((b) => b.name)).toContain('Zamenhofdreef en omgeving');
    let total = 0;
    for (const wijk of wijken) {
      expect(wijk.buurten?.length ?? 0).toBeGreaterThan(0);
      for (const buurt of wijk.buurten ?? []) {
        expect(buurt.code.slice(2, 8)).toBe(wijk.code.slice(2));
        expect(buurt.name).toBe(buurt.name.trim());
      }
      total += wijk.buurten?.length ?? 0;
    }
    expect(total).toBe(111);
  });

  it('has no buurten outside Utrecht (omits the key)', () => {
    const amsterdam = findMunicipality('GM0363');
    expect(amsterdam?.wijken.every((w) => !('buurten' in w))).toBe(true);
  });

  it("keeps Amsterdam's letter codes for wijken", () => {
    const wijken = listWijken('GM0363');
    expect(findMunicipality('GM0363')?.name).toBe('Amsterdam');
    expect(wijken.length).toBeGreaterThan(50);
    expect(wijken.map((w) => w.code)).toContain('WK0363AF');
    expect(wijken.every((w) => /^WK0363[A-Z]{2}$/.test(w.code))).toBe(true);
  });

  it('drops the "Groot water" pseudo-wijken', () => {
    expect(listWijken('GM0363').some((w) => w.code === 'WK036399')).toBe(false);
    const names = listMunicipalities().flatMap((m) => listWijken(m.code).map((w) => w.name));
    expect(names).not.toContain('Groot water');
  });

  it('resolves codes padded with spaces, as CBS writes them', () => {
    expect(findMunicipality('GM0344    ')?.name).toBe('Utrecht');
    expect(findMunicipality('  gm0344 ')?.code).toBe('GM0344');
    expect(listWijken('GM0344    ')).toHaveLength(10);
  });

  it('answers unknown codes with nothing', () => {
    expect(findMunicipality('GM9999')).toBeUndefined();
    expect(findMunicipality('')).toBeUndefined();
    expect(listWijken('GM9999')).toEqual([]);
  });

  it('does not let callers change the bundled list', () => {
    listWijken('GM0344').pop();
    listMunicipalities().pop();
    expect(listWijken('GM0344')).toHaveLength(10);
    expect(listMunicipalities()).toHaveLength(342);
  });
});

describe('CSV parser of the build script', () => {
  it('handles quoted fields, doubled quotes, CRLF and a byte order mark', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,,"multi\nline"\n3';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', '', 'multi\nline'],
      ['3'],
    ]);
  });

  it('maps rows to trimmed header names', () => {
    expect(csvObjects('code ,name\nGM0344,Utrecht\n')).toEqual([
      { code: 'GM0344', name: 'Utrecht' },
    ]);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow();
  });
});

describe('regions.json against the CBS source', () => {
  it.skipIf(!hasSource)('is exactly what the build script makes from ../shared', () => {
    const committed = readFileSync(
      path.join(repoRoot, 'app/features/regions/regions.json'),
      'utf8',
    );
    expect(serializeRegionData(buildRegionData(sourceDir))).toBe(committed);
  });
});
