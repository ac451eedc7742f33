import Papa from 'papaparse';

// Reads an uploaded spreadsheet (XLSX, or CSV as Excel and others save it) into rows of text.
// CSV: the separator (; , or tab) and the encoding (UTF-8 with or without BOM, UTF-16 from
// Excel's "Unicode text", else Windows-1252) are detected, so a file from Dutch Excel, Google
// Sheets or LibreOffice reads the same.

export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
export const MAX_SHEET_ROWS = 2000;

export type SheetRead =
  | { ok: true; rows: string[][]; separator?: ';' | ',' | '\t'; encoding?: string }
  | { ok: false; message: string };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
// The old binary Excel format (.xls) starts with the OLE signature.
const isOle = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export async function readSheetFile(bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.byteLength === 0)
    return { ok: false, message: 'Dit bestand is leeg. Kies een ander bestand.' };
  if (isOle(bytes)) {
    return {
      ok: false,
      message:
        'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en kies het opnieuw.',
    };
  }
  const read = isZip(bytes) ? await xlsxRows(bytes) : csvRows(bytes);
  if (!read.ok) return read;
  // Empty rows stay in place, so that row numbers in messages are those the user sees.
  const rows = read.rows.map((row) => (row ?? []).map(cleanImportedCell));
  while (rows.length > 0 && !rows[rows.length - 1]?.some((cell) => cell !== '')) rows.pop();
  const dataRows = rows.slice(1).filter((row) => row.some((cell) => cell !== '')).length;
  if (dataRows === 0) {
    return {
      ok: false,
      message:
        'In dit bestand staan geen gegevens. De eerste regel moet de namen van de kolommen hebben, de regels daaronder de gegevens.',
    };
  }
  if (dataRows > MAX_SHEET_ROWS) {
    return {
      ok: false,
      message: `Dit bestand heeft ${dataRows} regels. Je kunt hoogstens ${MAX_SHEET_ROWS} regels tegelijk importeren. Verdeel het bestand over een paar kleinere bestanden.`,
    };
  }
  const width = Math.max(...rows.map((row) => row.length));
  return {
    ...read,
    rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]),
  };
}

async function xlsxRows(bytes: Uint8Array): Promise<SheetRead> {
  // Loaded when a spreadsheet comes in, not at start-up (start time and memory).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return {
      ok: false,
      message: 'Dit Excel-bestand kan de app niet lezen. Sla het opnieuw op als .xlsx of als CSV.',
    };
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    while (rows.length < row.number - 1) rows.push([]);
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) {
      const cell = row.getCell(i);
      // Text and numbers as they are; rich text, links and formulas give their shown text.
      cells.push(
        cell.value === null || cell.value === undefined
          ? ''
          : typeof cell.value === 'object'
            ? cell.text
            : String(cell.value),
      );
    }
    rows.push(cells);
  });
  return { ok: true, rows };
}

/** Decodes the bytes of a text file and says which encoding it had. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: Dutch Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)"
    // in Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator that splits the first line into the most columns, outside quotes. */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

function csvRows(bytes: Uint8Array): SheetRead {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) {
    return {
      ok: false,
      message: 'Dit bestand is geen CSV- of Excel-bestand. Kies een ander bestand.',
    };
  }
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    return {
      ok: false,
      message:
        'In dit CSV-bestand klopt iets niet met de aanhalingstekens ("). Open het in Excel, sla het opnieuw op en kies het nog een keer.',
    };
  }
  return { ok: true, rows: parsed.data, separator, encoding };
}

/**
 * Undoes what our own export does to keep Excel from changing a cell: `="0612345678"` (text
 * that looks like a number) and an apostrophe before = + - @ (no formula).
 */
export function cleanImportedCell(cell: string): string {
  const text = cell.trim();
  const asText = /^="(.*)"$/s.exec(text);
  if (asText) return (asText[1] ?? '').replace(/""/g, '"');
  if (/^'[=+\-@]/.test(text)) return text.slice(1);
  return text;
}
