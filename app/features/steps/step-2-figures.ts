// Step 2's table and the "Past bij je doelgroep" ranking, computed from the CBS figures of a
// municipality and the step 1 choices. Pure, so the page, the tests and the benchmark share it.
import {
  type FigureKey,
  type FigureValue,
  type FigureYears,
  newestValue,
  regionFigures,
  shareOfInhabitants,
} from '~/features/cbs/figures';
import type { AgeGroupKey, CircumstanceKey } from '~/features/plans/domain';

/** A column of the table. Shares are computed from a count and the inhabitants of the same year. */
export const COLUMNS = [
  { key: 'inwoners', label: 'Inwoners', format: 'count' },
  { key: 'kinderen', label: 'Kinderen 0–15 jaar', format: 'count' },
  { key: 'kinderenAandeel', label: 'Kinderen 0–15 jaar, aandeel', format: 'percent' },
  { key: 'jongerenAandeel', label: 'Jongeren 15–25 jaar, aandeel', format: 'percent' },
  { key: 'huishoudensMetKinderen', label: 'Huishoudens met kinderen', format: 'count' },
  {
    key: 'huishoudensMetKinderenAandeel',
    label: 'Huishoudens met kinderen, aandeel',
    format: 'percent',
  },
  { key: 'huishoudgrootte', label: 'Gemiddelde grootte huishouden', format: 'decimal' },
  { key: 'laagInkomen', label: 'Huishoudens met een laag inkomen', format: 'percent' },
  {
    key: 'sociaalMinimum',
    label: 'Huishoudens onder of rond het sociaal minimum (tot en met 2023)',
    format: 'percent',
  },
  { key: 'armoede', label: 'Mensen in armoede (vanaf 2024, andere meting)', format: 'percent' },
  { key: 'bijstand', label: 'Mensen met bijstand', format: 'count' },
  { key: 'bijstandAandeel', label: 'Mensen met bijstand, aandeel', format: 'percent' },
  {
    key: 'buitenEuropaAandeel',
    label: 'Herkomst buiten Europa, aandeel',
    format: 'percent',
  },
  { key: 'europaAandeel', label: 'Herkomst Europa (niet Nederland), aandeel', format: 'percent' },
  { key: 'corporatie', label: 'Woningen van een woningcorporatie', format: 'percent' },
  { key: 'woz', label: 'Gemiddelde WOZ-waarde', format: 'euro-thousands' },
  { key: 'ses', label: 'SES-WOA-score', format: 'score' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export type ColumnFormat = (typeof COLUMNS)[number]['format'];

export type Row = {
  code: string;
  name: string;
  kind: 'wijk' | 'buurt';
  values: Record<ColumnKey, FigureValue>;
};

function householdShare(years: FigureYears, code: string): FigureValue {
  const count = newestValue(years, code, 'huishoudensMetKinderen');
  if (count.value === null || count.year === null) return { value: null, year: null };
  const total = years[String(count.year)]?.[code]?.huishoudens;
  if (typeof total !== 'number' || total <= 0) return { value: null, year: count.year };
  return { value: Math.round((count.value / total) * 1000) / 10, year: count.year };
}

export function buildRow(
  years: FigureYears,
  region: { code: string; name: string; kind: 'wijk' | 'buurt' },
): Row {
  const figures = regionFigures(years, region.code);
  const values = {} as Record<ColumnKey, FigureValue>;
  for (const column of COLUMNS) {
    if (column.key in figures) values[column.key] = figures[column.key as FigureKey];
  }
  values.huishoudensMetKinderenAandeel = householdShare(years, region.code);
  values.bijstandAandeel = shareOfInhabitants(years, region.code, 'bijstand');
  values.buitenEuropaAandeel = shareOfInhabitants(years, region.code, 'herkomstBuitenEuropa');
  values.europaAandeel = shareOfInhabitants(years, region.code, 'herkomstEuropa');
  // The social-minimum share ended with 2023; a value from a later year is not that measure.
  if (values.sociaalMinimum.year !== null && values.sociaalMinimum.year > 2023) {
    values.sociaalMinimum = { value: null, year: null };
  }
  if (values.armoede.year !== null && values.armoede.year < 2024) {
    values.armoede = { value: null, year: null };
  }
  return { ...region, values };
}

// ---------------------------------------------------------------------------------------------
// Ranking

export const CRITERIA = [
  { key: 'kinderen', column: 'kinderenAandeel', label: 'aandeel kinderen 0–15 jaar', higher: true },
  {
    key: 'jongeren',
    column: 'jongerenAandeel',
    label: 'aandeel jongeren 15–25 jaar',
    higher: true,
  },
  {
    key: 'gezinnen',
    column: 'huishoudensMetKinderenAandeel',
    label: 'aandeel huishoudens met kinderen',
    higher: true,
  },
  { key: 'inkomen', column: null, label: 'laag inkomen', higher: true },
  {
    key: 'bijstand',
    column: 'bijstandAandeel',
    label: 'aandeel mensen met bijstand',
    higher: true,
  },
  {
    key: 'herkomst',
    column: 'buitenEuropaAandeel',
    label: 'aandeel mensen met herkomst buiten Europa',
    higher: true,
  },
  { key: 'ses', column: 'ses', label: 'SES-WOA-score (laag telt)', higher: false },
] as const;

export type CriterionKey = (typeof CRITERIA)[number]['key'];
export type Weights = Record<CriterionKey, number>;

export const WEIGHT_LABELS = ['telt niet mee', 'telt een beetje mee', 'telt mee', 'telt zwaar mee'];
export const MAX_WEIGHT = WEIGHT_LABELS.length - 1;

/** Starting weights from step 1: what the user chose weighs; the rest counts a little or not. */
export function defaultWeights(choices: {
  ages: readonly AgeGroupKey[];
  circumstances: readonly CircumstanceKey[];
}): Weights {
  const has = (c: CircumstanceKey) => choices.circumstances.includes(c);
  const money = has('weinig-geld');
  const work = has('geen-werk-bijstand');
  const migration = has('nieuw-migratie') || has('weinig-nederlands');
  const children = choices.ages.length > 0;
  return {
    // 12–18 only: children 0–15 covers that group partly, so it weighs less.
    kinderen: children ? (choices.ages.some((a) => a !== '12-18') ? 2 : 1) : 1,
    // CBS counts 15–25 together: for parents of teenagers it says something, not everything.
    jongeren: choices.ages.includes('12-18') ? 2 : 0,
    gezinnen: children ? 2 : 1,
    inkomen: money ? 3 : work ? 1 : 0,
    bijstand: work ? 3 : money ? 1 : 0,
    herkomst: migration ? 2 : 0,
    ses: money || has('lezen-schrijven') ? 1 : 0,
  };
}

/** Weights from the query string (the weights form is a GET form); missing ones use `fallback`. */
export function weightsFromQuery(params: URLSearchParams, fallback: Weights): Weights {
  const weights = { ...fallback };
  for (const { key } of CRITERIA) {
    const raw = params.get(`gewicht-${key}`);
    if (raw === null) continue;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= 0 && value <= MAX_WEIGHT) weights[key] = value;
  }
  return weights;
}

/** Which figure stands for "laag inkomen" in this municipality; stand-ins when none is known. */
export type IncomeChoice =
  | { kind: 'measured'; column: 'laagInkomen' | 'sociaalMinimum' | 'armoede' }
  | { kind: 'stand-in'; columns: ('bijstandAandeel' | 'corporatie' | 'woz')[] }
  | { kind: 'none' };

export const STAND_IN_LABELS = {
  bijstandAandeel: 'aandeel mensen met bijstand (in plaats van inkomen)',
  corporatie: 'aandeel woningen van een woningcorporatie (in plaats van inkomen)',
  woz: 'WOZ-waarde, laag telt (in plaats van inkomen)',
} as const;

function known(rows: readonly Row[], column: ColumnKey): number {
  return rows.filter((r) => r.values[column].value !== null).length;
}

/**
 * One income measure for all wijken, so the ranking never mixes the social-minimum share (to 2023)
 * with the poverty share (from 2024): the one most wijken have, in this order when equal.
 */
export function chooseIncome(rows: readonly Row[]): IncomeChoice {
  const measured = (['laagInkomen', 'sociaalMinimum', 'armoede'] as const)
    .map((column) => ({ column, count: known(rows, column) }))
    .filter((m) => m.count > 0)
    .sort((a, b) => b.count - a.count)[0];
  if (measured !== undefined) return { kind: 'measured', column: measured.column };
  const standIns = (['bijstandAandeel', 'corporatie', 'woz'] as const).filter(
    (column) => known(rows, column) > 0,
  );
  return standIns.length > 0 ? { kind: 'stand-in', columns: [...standIns] } : { kind: 'none' };
}

type Part = { column: ColumnKey; label: string; higher: boolean; weight: number };

function rankingParts(weights: Weights, income: IncomeChoice): Part[] {
  const parts: Part[] = [];
  for (const criterion of CRITERIA) {
    const weight = weights[criterion.key];
    if (weight <= 0) continue;
    if (criterion.key !== 'inkomen') {
      parts.push({
        column: criterion.column as ColumnKey,
        label: criterion.label,
        higher: criterion.higher,
        weight,
      });
    } else if (income.kind === 'measured') {
      const label =
        income.column === 'laagInkomen'
          ? 'aandeel huishoudens met een laag inkomen'
          : income.column === 'sociaalMinimum'
            ? 'aandeel huishoudens onder of rond het sociaal minimum'
            : 'aandeel mensen in armoede';
      parts.push({ column: income.column, label, higher: true, weight });
    } else if (income.kind === 'stand-in') {
      for (const column of income.columns) {
        // The bijstand share may already count on its own; then it is not counted twice.
        if (column === 'bijstandAandeel' && weights.bijstand > 0) continue;
        parts.push({ column, label: STAND_IN_LABELS[column], higher: column !== 'woz', weight });
      }
    }
  }
  return parts;
}

export type Ranked = {
  code: string;
  /** 1 is the best fit; null when the region cannot be ranked (no inhabitants, no figures). */
  place: number | null;
  score: number | null;
  reason: string;
  missing: string[];
};

export const MIN_INHABITANTS = 50;

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Ranks the rows; each gets one line of plain Dutch on why it is where it is. */
export function rankRows(rows: readonly Row[], weights: Weights, income: IncomeChoice): Ranked[] {
  const parts = rankingParts(weights, income);
  const ranges = new Map<ColumnKey, { min: number; max: number }>();
  const eligible = rows.filter((r) => (r.values.inwoners.value ?? 0) >= MIN_INHABITANTS);
  for (const part of parts) {
    const values = eligible
      .map((r) => r.values[part.column].value)
      .filter((v): v is number => v !== null);
    if (values.length > 0)
      ranges.set(part.column, { min: Math.min(...values), max: Math.max(...values) });
  }

  const scored = rows.map((row) => {
    if (!eligible.includes(row)) {
      return {
        code: row.code,
        score: null,
        reason: 'Hier wonen (bijna) geen mensen. Deze plek telt niet mee.',
        missing: [] as string[],
      };
    }
    let total = 0;
    let weightSum = 0;
    const missing: string[] = [];
    const notes: { level: number; position: number; weight: number; value: number; part: Part }[] =
      [];
    for (const part of parts) {
      const value = row.values[part.column].value;
      const range = ranges.get(part.column);
      if (value === null || range === undefined) {
        missing.push(part.label.replace(/,? \(.*\)$/, '').replace(/, laag telt$/, ''));
        continue;
      }
      const spread = range.max - range.min;
      const position = spread === 0 ? 0.5 : (value - range.min) / spread;
      const level = part.higher ? position : 1 - position;
      total += level * part.weight;
      weightSum += part.weight;
      notes.push({ level, position, weight: part.weight, value, part });
    }
    if (weightSum === 0) {
      return {
        code: row.code,
        score: null,
        reason:
          parts.length === 0
            ? 'Geef hieronder aan wat mee moet tellen.'
            : 'Van deze plek zijn de cijfers niet bekend.',
        missing,
      };
    }
    notes.sort((a, b) => b.weight * Math.abs(b.level - 0.5) - a.weight * Math.abs(a.level - 0.5));
    const described = notes
      .slice(0, 2)
      .map((n) => describe(n.part, n.position, n.value, n.part.label.includes('in plaats van')));
    const sentence = `${capitalise(described.join(' en '))}, vergeleken met de rest van de gemeente.`;
    const gap = missing.length > 0 ? ` Niet bekend: ${missing.join(', ')}.` : '';
    return { code: row.code, score: total / weightSum, reason: sentence + gap, missing };
  });

  const order = scored
    .filter((s) => s.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  return scored.map((s) => ({
    ...s,
    place: s.score === null ? null : order.indexOf(s) + 1,
  }));
}

/** What a figure is about, for the one-line reason ("veel kinderen van 0 tot 15 jaar"). */
const NOUNS: Partial<Record<ColumnKey, string>> = {
  kinderenAandeel: 'kinderen van 0 tot 15 jaar',
  jongerenAandeel: 'jongeren van 15 tot 25 jaar',
  huishoudensMetKinderenAandeel: 'gezinnen met kinderen',
  laagInkomen: 'huishoudens met een laag inkomen',
  sociaalMinimum: 'huishoudens rond het sociaal minimum',
  armoede: 'mensen in armoede',
  bijstandAandeel: 'mensen met bijstand',
  buitenEuropaAandeel: 'mensen met een herkomst buiten Europa',
  corporatie: 'corporatiewoningen',
};

function describe(part: Part, position: number, value: number, standIn: boolean): string {
  const note = standIn ? '; in plaats van inkomen' : '';
  if (part.column === 'woz' || part.column === 'ses') {
    const word = position >= 0.67 ? 'hoge' : position <= 0.33 ? 'lage' : 'gemiddelde';
    const what = part.column === 'woz' ? 'WOZ-waarde' : 'SES-WOA-score';
    const shown = part.column === 'woz' ? `€ ${nl.format(value)} duizend` : nl.format(value);
    return `${word} ${what} (${shown}${note})`;
  }
  const word = position >= 0.67 ? 'veel' : position <= 0.33 ? 'weinig' : 'gemiddeld veel';
  return `${word} ${NOUNS[part.column] ?? part.label} (${nl.format(value)}%${note})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Sorting (links with query parameters, so it works without JavaScript)

export type SortKey = ColumnKey | 'naam' | 'plek';

export function isSortKey(value: string | null): value is SortKey {
  return value === 'naam' || value === 'plek' || COLUMNS.some((c) => c.key === value);
}

const collator = new Intl.Collator('nl', { numeric: true });

/** Sorted rows; unknown values always last, whatever the direction. */
export function sortRows<T extends { row: Row; ranked: Ranked }>(
  items: readonly T[],
  key: SortKey,
  direction: 'op' | 'af',
): T[] {
  const sign = direction === 'op' ? 1 : -1;
  const sortValue = (item: T): number | string | null =>
    key === 'naam'
      ? item.row.name
      : key === 'plek'
        ? item.ranked.place
        : item.row.values[key].value;
  return [...items].sort((a, b) => {
    const va = sortValue(a);
    const vb = sortValue(b);
    if (va === null && vb === null) return collator.compare(a.row.name, b.row.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    const compared =
      typeof va === 'string' || typeof vb === 'string'
        ? collator.compare(String(va), String(vb))
        : va - vb;
    return compared * sign || collator.compare(a.row.name, b.row.name);
  });
}

// Made once: a table of 110 wijken formats hundreds of values.
const wholeNumber = new Intl.NumberFormat('nl-NL');
const scoreFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** How a value is written in the table; "onbekend" when CBS has none, never 0. */
export function formatValue(format: ColumnFormat, value: number | null): string {
  if (value === null) return 'onbekend';
  switch (format) {
    case 'count':
      return wholeNumber.format(value);
    case 'percent':
      return `${nl.format(value)}%`;
    case 'decimal':
      return nl.format(value);
    case 'euro-thousands':
      return `€ ${wholeNumber.format(value * 1000)}`;
    case 'score':
      return scoreFormat.format(value);
  }
}
