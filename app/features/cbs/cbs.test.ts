import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/build-region-data.ts';
import { type FakeCbs, startFakeCbs } from '../../../test/support/fake-cbs.ts';
import { CbsError, fetchMunicipalityFigures } from './cbs-odata.server';
import {
  type FigureYears,
  mergeFigureYears,
  newestValue,
  normalizeRegionCode,
  parseCbsNumber,
  regionFigures,
} from './figures';
import { readKwbRows, readSesRows } from './kwb-file';
import { resolveColumns } from './odata-columns';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/cbs/${name}`, import.meta.url), 'utf8');
const metadata = (name: string) =>
  (JSON.parse(fixture(name)) as { Key: string; Title: string; Type: string }[]).map((p) => ({
    key: p.Key,
    title: p.Title,
    type: p.Type,
  }));

describe('CBS values', () => {
  it('reads missing values as unknown, never as 0', () => {
    for (const raw of ['.', '', '   .', 'x', '-', -99995, -99997, '-99995', null, undefined]) {
      expect(parseCbsNumber(raw)).toBeNull();
    }
  });

  it('reads decimal commas and points, padded numbers and real zeros', () => {
    expect(parseCbsNumber('  -0.100')).toBe(-0.1);
    expect(parseCbsNumber('2,5')).toBe(2.5);
    expect(parseCbsNumber(' 457400')).toBe(457400);
    expect(parseCbsNumber('0')).toBe(0);
    expect(parseCbsNumber(0)).toBe(0);
  });

  it('trims and upper-cases padded region codes and keeps Amsterdam letter codes', () => {
    expect(normalizeRegionCode('GM0344    ')).toBe('GM0344');
    expect(normalizeRegionCode('wk0363af  ')).toBe('WK0363AF');
  });

  it('takes each figure from the newest year that has a value, and says which year', () => {
    const years: FigureYears = {
      '2023': { WK1: { inwoners: 100, bijstand: 7 } },
      '2024': { WK1: { inwoners: 110, bijstand: null } },
    };
    expect(newestValue(years, 'WK1', 'inwoners')).toEqual({ value: 110, year: 2024 });
    expect(newestValue(years, 'WK1', 'bijstand')).toEqual({ value: 7, year: 2023 });
    expect(newestValue(years, 'WK1', 'armoede')).toEqual({ value: null, year: null });
  });

  it('keeps a known value when a later source has none for the same year', () => {
    const merged = mergeFigureYears(
      { '2024': { WK1: { inwoners: 100 } } },
      { '2024': { WK1: { inwoners: null, kinderen: 20 } } },
    );
    expect(merged['2024']?.WK1).toEqual({ inwoners: 100, kinderen: 20 });
    expect(regionFigures(merged, 'WK1').kinderenAandeel).toEqual({ value: 20, year: 2024 });
  });
});

describe('column resolution by name', () => {
  it('finds the columns in the March 2025 metadata of 85984NED', () => {
    const columns = resolveColumns(metadata('kwb2024_85984NED_DataProperties.json'));
    expect(columns.inwoners).toBe('AantalInwoners_5');
    expect(columns.kinderen).toBe('k_0Tot15Jaar_8');
    expect(columns.bijstand).toBe('PersonenPerSoortUitkeringBijstand_94');
    expect(columns.sociaalMinimum).toBe('HuishOnderOfRondSociaalMinimum_90');
    expect(columns.herkomstBuitenEuropa).toBe('BuitenEuropa_19');
    expect(columns.armoede).toBeUndefined();
  });

  it('finds the same figures in a renumbered version, without the social-minimum column', () => {
    const columns = resolveColumns(metadata('kwb_renumbered_DataProperties.json'));
    expect(columns.bijstand).toBe('PersonenPerSoortUitkeringBijstand_87');
    expect(columns.armoede).toBe('PersonenInArmoede_85');
    expect(columns.sociaalMinimum).toBeUndefined();
    expect(columns.inwoners).toBe('AantalInwoners_5');
  });

  it('falls back to the title when the key is unknown (OData v4 measure codes)', () => {
    const columns = resolveColumns([
      { key: 'M000352', title: 'Aantal inwoners' },
      { key: 'T001036', title: ' Huishoudens met kinderen ' },
    ]);
    expect(columns).toEqual({ inwoners: 'M000352', huishoudensMetKinderen: 'T001036' });
  });
});

describe('CBS files', () => {
  it('reads the Utrecht kwb 2023 file with bijstand, corporation homes and WOZ', () => {
    const result = readKwbRows(parseCsv(fixture('utrecht_GM0344_kwb2023.csv')), 2023);
    if (!result.ok) throw new Error(result.message);
    expect(result.regions).toBe(122);
    const west = result.figures['2023']?.WK034401;
    expect(west).toMatchObject({ inwoners: 29040, kinderen: 4325, bijstand: 710, woz: 451 });
    expect(west?.laagInkomen).toBeNull();
  });

  it('refuses a file without region codes, in Dutch', () => {
    const result = readKwbRows(
      [
        ['naam', 'a_inw'],
        ['West', '10'],
      ],
      2023,
    );
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toContain('gwb_code_10');
  });

  it('refuses the whole file when one row has a bad code', () => {
    const result = readKwbRows(
      [
        ['gwb_code_10', 'a_inw'],
        ['WK034401', '10'],
        ['hallo', '20'],
      ],
      2023,
    );
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Regel 3') });
  });

  it('reads the SES-WOA StatLine export with padded codes and "." as unknown', () => {
    const text = fixture('ses_woa_2019_amsterdam_85163NED_statline_export.csv');
    const rows = parseCsv(text.replaceAll(';', ','));
    const result = readSesRows(rows);
    if (!result.ok) throw new Error(result.message);
    expect(result.figures['2019']?.GM0363).toEqual({ ses: -0.1 });
    expect(result.figures['2019']?.BU03630100).toEqual({ ses: null });
  });
});

describe('CBS online adapter', () => {
  let fake: FakeCbs;
  const options = () => ({
    v4Url: fake.v4Url,
    v3Url: fake.v3Url,
    timeoutMs: 300,
    retries: 1,
    backoffMs: 10,
  });

  beforeAll(async () => {
    fake = await startFakeCbs();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('fetches both tables through OData v4 and keeps the year of each', async () => {
    fake.mode = 'ok';
    const result = await fetchMunicipalityFigures('GM0344    ', options());
    expect(result.tables).toEqual(['85984NED (v4)', '85618NED (v4)']);
    expect(newestValue(result.figures, 'WK034401', 'inwoners').year).toBe(2024);
    expect(newestValue(result.figures, 'WK034401', 'bijstand')).toEqual({ value: 710, year: 2023 });
    expect(newestValue(result.figures, 'WK034401', 'laagInkomen')).toEqual({
      value: null,
      year: null,
    });
  });

  it('falls back to OData v3 when v4 fails, with padded region codes', async () => {
    fake.mode = 'v4-down';
    const result = await fetchMunicipalityFigures('GM0344', options());
    expect(result.tables).toEqual(['85984NED (v3)', '85618NED (v3)']);
    expect(newestValue(result.figures, 'BU03440111', 'woz')).toEqual({ value: 430, year: 2023 });
    expect(Object.keys(result.figures['2024'] ?? {})).toContain('GM0344');
  });

  it('fetches SES-WOA scores per wijk and buurt with the year of their period (v4 and v3)', async () => {
    for (const mode of ['ok', 'v4-down'] as const) {
      fake.mode = mode;
      const result = await fetchMunicipalityFigures('GM0363', options());
      expect(result.tables).toEqual([`85163NED (${mode === 'ok' ? 'v4' : 'v3'})`]);
      expect(newestValue(result.figures, 'GM0363', 'ses')).toEqual({ value: -0.1, year: 2019 });
      expect(newestValue(result.figures, 'WK036300', 'ses')).toEqual({ value: -0.022, year: 2019 });
      expect(newestValue(result.figures, 'BU03630100', 'ses')).toEqual({ value: null, year: null });
    }
  });

  it.each([
    ['timeout', 'timeout'],
    ['error-500', 'http'],
    ['broken-json', 'json'],
    ['no-result', 'empty'],
  ] as const)('reports %s as a Dutch message', async (mode, code) => {
    fake.mode = mode;
    const error = await fetchMunicipalityFigures('GM0344', options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CbsError);
    expect((error as CbsError).code).toBe(code);
    expect((error as CbsError).userMessage).toMatch(/CBS/);
  });

  it('stops after the first table when CBS cannot be reached, so nobody waits for minutes', async () => {
    fake.mode = 'timeout';
    const before = fake.requests.length;
    await fetchMunicipalityFigures('GM0344', options()).catch(() => undefined);
    // One table, v4 and v3, each tried twice (retries: 1).
    expect(fake.requests.length - before).toBe(4);
  });

  it('tries again after a failure before giving up', async () => {
    fake.mode = 'error-500';
    const before = fake.requests.length;
    await fetchMunicipalityFigures('GM0344', {
      ...options(),
      tables: [{ id: '85984NED', year: 2024 }],
    }).catch(() => undefined);
    // v4 and v3, each tried twice (retries: 1).
    expect(fake.requests.length - before).toBe(4);
  });
});
