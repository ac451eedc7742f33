import { describe, expect, it } from 'vitest';
import { classify, SEQUENTIAL_COLORS, UNKNOWN_COLOR } from '~/components/map/wijk-map';
import bundled from '~/features/cbs/bundled-figures.json' with { type: 'json' };
import type { FigureYears } from '~/features/cbs/figures';
import { listWijken } from '~/features/regions/regions.server';
import {
  buildRow,
  chooseIncome,
  defaultWeights,
  formatValue,
  rankRows,
  sortRows,
  weightsFromQuery,
} from './step-2-figures';

const years = bundled.years as FigureYears;
const utrechtRows = () =>
  listWijken('GM0344').map((w) => buildRow(years, { code: w.code, name: w.name, kind: 'wijk' }));

describe('step 2 table rows', () => {
  it('shows the newest figure with its year, and unknown values as "onbekend"', () => {
    const overvecht = utrechtRows().find((r) => r.code === 'WK034403');
    expect(overvecht?.values.inwoners.year).toBe(2024);
    expect(overvecht?.values.bijstand).toEqual({ value: 2680, year: 2023 });
    expect(overvecht?.values.laagInkomen.value).toBeNull();
    expect(formatValue('percent', null)).toBe('onbekend');
    expect(formatValue('count', 0)).toBe('0');
    expect(formatValue('euro-thousands', 451)).toBe('€ 451.000');
  });

  it('computes shares from a count and the inhabitants of the same year', () => {
    const row = buildRow(
      { '2023': { WK1: { inwoners: 1000, bijstand: 50, kinderen: 200 } } },
      { code: 'WK1', name: 'Een', kind: 'wijk' },
    );
    expect(row.values.bijstandAandeel).toEqual({ value: 5, year: 2023 });
    expect(row.values.kinderenAandeel).toEqual({ value: 20, year: 2023 });
  });

  it('never shows a social-minimum share after 2023 or a poverty share before 2024', () => {
    const row = buildRow(
      { '2024': { WK1: { sociaalMinimum: 8 } }, '2023': { WK1: { armoede: 4 } } },
      { code: 'WK1', name: 'Een', kind: 'wijk' },
    );
    expect(row.values.sociaalMinimum.value).toBeNull();
    expect(row.values.armoede.value).toBeNull();
  });
});

describe('"Past bij je doelgroep" ranking', () => {
  it('weighs children and low income for 4–12 with "weinig geld"', () => {
    const weights = defaultWeights({ ages: ['4-12'], circumstances: ['weinig-geld'] });
    expect(weights.kinderen).toBeGreaterThan(0);
    expect(weights.inkomen).toBe(3);
    expect(weights.herkomst).toBe(0);
  });

  it('weighs the share of young people for parents of 12–18 year olds', () => {
    expect(defaultWeights({ ages: ['12-18'], circumstances: [] }).jongeren).toBe(2);
    expect(defaultWeights({ ages: ['0-4'], circumstances: [] }).jongeren).toBe(0);
    const amsterdam = buildRow(years, { code: 'WK0363AF', name: 'AF', kind: 'wijk' });
    expect(amsterdam.values.jongerenAandeel.year).toBe(2024);
    expect(amsterdam.values.jongerenAandeel.value).toBeGreaterThan(0);
  });

  it('lets the query string change the weights, ignoring nonsense', () => {
    const start = defaultWeights({ ages: [], circumstances: [] });
    const weights = weightsFromQuery(
      new URLSearchParams('gewicht-herkomst=3&gewicht-kinderen=9&gewicht-ses=x'),
      start,
    );
    expect(weights.herkomst).toBe(3);
    expect(weights.kinderen).toBe(start.kinderen);
    expect(weights.ses).toBe(start.ses);
  });

  it('uses labelled stand-ins when income is unknown (Utrecht bundled figures)', () => {
    const rows = utrechtRows();
    const income = chooseIncome(rows);
    expect(income).toEqual({ kind: 'stand-in', columns: ['bijstandAandeel', 'corporatie', 'woz'] });
    const weights = defaultWeights({ ages: ['4-12'], circumstances: ['weinig-geld'] });
    const ranked = rankRows(rows, weights, income);
    expect(ranked.filter((r) => r.place !== null)).toHaveLength(10);
    const first = ranked.find((r) => r.place === 1);
    expect(first?.reason).toMatch(/in plaats van inkomen/);
    expect(first?.missing).toContain('SES-WOA-score');
  });

  it('puts the wijk with more children and more bijstand first, and says why', () => {
    const data: FigureYears = {
      '2023': {
        WK1: { inwoners: 1000, kinderen: 300, bijstand: 80 },
        WK2: { inwoners: 1000, kinderen: 100, bijstand: 10 },
        WK3: { inwoners: 10, kinderen: 5, bijstand: 5 },
      },
    };
    const rows = ['WK1', 'WK2', 'WK3'].map((code) =>
      buildRow(data, { code, name: code, kind: 'wijk' }),
    );
    const weights = defaultWeights({ ages: ['4-12'], circumstances: ['geen-werk-bijstand'] });
    const ranked = rankRows(rows, weights, chooseIncome(rows));
    expect(ranked.map((r) => r.place)).toEqual([1, 2, null]);
    expect(ranked[0]?.reason).toMatch(/^Veel /);
    expect(ranked[1]?.reason).toMatch(/^Weinig /);
    expect(ranked[2]?.reason).toMatch(/geen mensen/);
  });

  it('prefers a measured income figure and never mixes social minimum with poverty', () => {
    const data: FigureYears = {
      '2023': {
        WK1: { inwoners: 500, sociaalMinimum: 10 },
        WK2: { inwoners: 500, sociaalMinimum: 5 },
      },
      '2024': { WK1: { armoede: 7 } },
    };
    const rows = ['WK1', 'WK2'].map((code) => buildRow(data, { code, name: code, kind: 'wijk' }));
    expect(chooseIncome(rows)).toEqual({ kind: 'measured', column: 'sociaalMinimum' });
  });
});

describe('sorting', () => {
  it('sorts both ways and keeps unknown values last', () => {
    const data: FigureYears = {
      '2024': { A: { inwoners: 5 }, B: { inwoners: null }, C: { inwoners: 9 } },
    };
    const items = ['A', 'B', 'C'].map((code) => ({
      row: buildRow(data, { code, name: code, kind: 'wijk' }),
      ranked: { code, place: null, score: null, reason: '', missing: [] },
    }));
    expect(sortRows(items, 'inwoners', 'op').map((i) => i.row.code)).toEqual(['A', 'C', 'B']);
    expect(sortRows(items, 'inwoners', 'af').map((i) => i.row.code)).toEqual(['C', 'A', 'B']);
    expect(sortRows(items, 'naam', 'af').map((i) => i.row.code)).toEqual(['C', 'B', 'A']);
  });
});

describe('map colours', () => {
  it('uses the colour-blind-safe scheme from light to dark and grey for unknown', () => {
    const { colors, legend } = classify({ A: 1, B: 2, C: 3, D: 4, E: 5, F: null }, (v) =>
      String(v),
    );
    expect(colors.A).toBe(SEQUENTIAL_COLORS[0]);
    expect(colors.E).toBe(SEQUENTIAL_COLORS[4]);
    expect(colors.F).toBe(UNKNOWN_COLOR);
    expect(legend.at(-1)).toEqual({ color: UNKNOWN_COLOR, label: 'onbekend' });
    expect(legend).toHaveLength(6);
  });

  it('says "onbekend" when no value is known', () => {
    expect(classify({ A: null }, String).legend).toEqual([
      { color: UNKNOWN_COLOR, label: 'onbekend' },
    ]);
  });
});
