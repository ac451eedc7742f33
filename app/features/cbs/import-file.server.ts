// Reads an uploaded CBS file for people who cannot reach CBS online: the kwb Excel download
// (XLSX), its CSV form, or the StatLine SES-WOA export. All or nothing: either every row is
// usable, or a Dutch message says why and nothing is saved.
import Papa from 'papaparse';
import { type FigureYears, normalizeRegionCode, slot } from './figures';
import { type KwbReadResult, readKwbRows, readSesRows } from './kwb-file';

export const MAX_CBS_FILE_BYTES = 30 * 1024 * 1024;

export type CbsFileResult =
  | { ok: true; kind: 'kwb' | 'ses'; figures: FigureYears; regions: number; years: string[] }
  | { ok: false; field: 'file' | 'year'; message: string };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

async function xlsxRows(bytes: Uint8Array): Promise<string[][] | null> {
  // Loaded when a spreadsheet comes in, not at start-up (start time and memory).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) {
      const value = row.getCell(i).value;
      // Cells are text or numbers; a formula or rich text gives its shown text.
      cells.push(
        value === null || value === undefined
          ? ''
          : typeof value === 'object'
            ? row.getCell(i).text
            : String(value),
      );
    }
    rows.push(cells);
  });
  return rows;
}

function csvRows(bytes: Uint8Array): string[][] | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older CBS downloads are Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  if (parsed.errors.some((e) => e.type === 'Quotes')) return null;
  return parsed.data;
}

/** Keeps only the regions of the plan's municipality (codes carry its four digits). */
function onlyMunicipality(figures: FigureYears, municipalityCode: string): FigureYears {
  const digits = normalizeRegionCode(municipalityCode).slice(2);
  const result: FigureYears = {};
  for (const [year, regions] of Object.entries(figures)) {
    for (const [code, values] of Object.entries(regions)) {
      if (code.slice(2, 6) === digits) slot(result, year, () => ({}))[code] = values;
    }
  }
  return result;
}

export async function readCbsFile(input: {
  fileName: string;
  bytes: Uint8Array;
  year: number | null;
  municipalityCode: string;
  municipalityName: string;
}): Promise<CbsFileResult> {
  const rows = isZip(input.bytes) ? await xlsxRows(input.bytes) : csvRows(input.bytes);
  if (rows === null) {
    return {
      ok: false,
      field: 'file',
      message:
        'Dit bestand kan de app niet lezen. Kies een CSV- of Excel-bestand (.xlsx) van het CBS.',
    };
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const isSes = header.some((h) => h.startsWith('ses-woa'));
  let result: KwbReadResult;
  if (isSes) {
    result = readSesRows(rows);
  } else {
    if (input.year === null) {
      return {
        ok: false,
        field: 'year',
        message:
          'Vul het jaar van de cijfers in. Het staat in de naam van het CBS-bestand, zoals kwb-2023.',
      };
    }
    result = readKwbRows(rows, input.year);
  }
  if (!result.ok) return { ok: false, field: 'file', message: result.message };
  const figures = onlyMunicipality(result.figures, input.municipalityCode);
  const regions = new Set(Object.values(figures).flatMap((r) => Object.keys(r))).size;
  if (regions === 0) {
    return {
      ok: false,
      field: 'file',
      message: `In dit bestand staan geen cijfers van ${input.municipalityName}. Kies het bestand met de wijken en buurten van deze gemeente, of van heel Nederland.`,
    };
  }
  return { ok: true, kind: isSes ? 'ses' : 'kwb', figures, regions, years: Object.keys(figures) };
}

/** A year typed in the form, or null when empty; undefined when it is not a sensible year. */
export function parseYear(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** A year from a file name such as "kwb-2023.xlsx", to fill in for the user. */
export function yearFromFileName(fileName: string): number | null {
  const match = /(20\d{2})/.exec(fileName);
  return match ? Number(match[1]) : null;
}
