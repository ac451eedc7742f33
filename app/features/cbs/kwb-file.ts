// Reads the rows of a CBS wijk-and-buurt file (the Excel download "kwb-YYYY", or its CSV form) and the
// StatLine SES-WOA export into figures per region. Pure: the build script, the import and the tests
// use it. Only erasable TypeScript syntax, so Node runs the build script directly.
import {
  FIGURE_KEYS,
  FIGURES,
  type FigureKey,
  type FigureYears,
  normalizeRegionCode,
  parseCbsNumber,
  slot,
} from './figures.ts';

const REGION_CODE = /^(GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;

/** Header names of CBS files can carry spaces (2024 has a few at the end): compare trimmed. */
function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

export type KwbReadResult =
  | { ok: true; figures: FigureYears; regions: number; found: FigureKey[] }
  | { ok: false; message: string };

/**
 * Rows of a kwb file (first row: the CBS short codes) as figures of `year`. Either the whole file
 * is usable or the answer says, in Dutch, why not.
 */
export function readKwbRows(rows: string[][], year: number): KwbReadResult {
  const [header, ...body] = rows;
  if (header === undefined || body.length === 0) {
    return { ok: false, message: 'Het bestand is leeg.' };
  }
  const index = headerIndex(header);
  const codeColumn = index.get('gwb_code_10') ?? index.get('gwb_code') ?? index.get('wijkcode');
  if (codeColumn === undefined) {
    return {
      ok: false,
      message:
        'Dit lijkt geen bestand met kerncijfers van wijken en buurten van het CBS. De kolom met de code van de wijk of buurt (gwb_code_10) ontbreekt.',
    };
  }
  const columns: [FigureKey, number][] = [];
  for (const key of FIGURE_KEYS) {
    const column = FIGURES[key].fileCodes
      .map((code) => index.get(code.toLowerCase()))
      .find((i) => i !== undefined);
    if (column !== undefined) columns.push([key, column]);
  }
  if (columns.length === 0) {
    return {
      ok: false,
      message:
        'In dit bestand staat geen enkel cijfer dat deze app gebruikt, zoals a_inw (inwoners).',
    };
  }

  const regions: FigureYears[string] = {};
  for (const [lineIndex, row] of body.entries()) {
    const code = normalizeRegionCode(row[codeColumn] ?? '');
    if (code === '' && row.every((cell) => cell.trim() === '')) continue;
    if (!REGION_CODE.test(code)) {
      return {
        ok: false,
        message: `Regel ${lineIndex + 2} heeft geen geldige code van een gemeente, wijk of buurt ("${code.slice(0, 20)}"). Er is niets ingelezen.`,
      };
    }
    const figures: Partial<Record<FigureKey, number | null>> = {};
    for (const [key, column] of columns) figures[key] = parseCbsNumber(row[column]);
    regions[code] = figures;
  }
  return {
    ok: true,
    figures: { [String(year)]: regions },
    regions: Object.keys(regions).length,
    found: columns.map(([key]) => key),
  };
}

/**
 * The StatLine "CSV met statistische symbolen" export of table 85163NED (SES-WOA): semicolons,
 * quoted fields, numbers padded with spaces, region codes padded with spaces, "." for no value.
 */
export function readSesRows(rows: string[][]): KwbReadResult {
  const [header, ...body] = rows;
  if (header === undefined || body.length === 0) {
    return { ok: false, message: 'Het bestand is leeg.' };
  }
  const names = header.map((h) => h.trim().toLowerCase());
  const period = names.indexOf('perioden');
  const code = names.findIndex((n) => n.startsWith('regiocode'));
  const score = names.findIndex((n) => n.startsWith('ses-woa/totaalscore'));
  if (period < 0 || code < 0 || score < 0) {
    return {
      ok: false,
      message:
        'Dit lijkt geen SES-WOA-bestand van het CBS. De kolommen Perioden, Regiocode en SES-WOA-totaalscore zijn nodig.',
    };
  }
  const figures: FigureYears = {};
  let count = 0;
  for (const [lineIndex, row] of body.entries()) {
    const regionCode = normalizeRegionCode(row[code] ?? '');
    const year = (row[period] ?? '').trim().slice(0, 4);
    if (!REGION_CODE.test(regionCode) || !/^\d{4}$/.test(year)) {
      return {
        ok: false,
        message: `Regel ${lineIndex + 2} heeft geen geldige regiocode of geen jaar. Er is niets ingelezen.`,
      };
    }
    const target = slot(figures, year, () => ({}));
    target[regionCode] = { ses: parseCbsNumber(row[score]) };
    count += 1;
  }
  return { ok: true, figures, regions: count, found: ['ses'] };
}
