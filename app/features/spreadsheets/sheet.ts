import Papa from 'papaparse';

// Spreadsheets for Dutch Excel. A CSV opens right on a double click: semicolons, UTF-8 with a
// byte order mark, CRLF. Postcodes and phone numbers stay text (leading zero, the +), and a
// cell that starts with = + - @ can never run as a formula.

export type Column<T> = {
  header: string;
  value: (row: T) => string | number;
  /** Text that Excel would otherwise read as a number: postcodes, phone numbers. */
  keepAsText?: boolean;
};

const FORMULA_START = /^[=+\-@\t\r]/;
const SAFE_NUMBER_TEXT = /^[0-9+()\-\s]+$/;

/** One CSV cell as Excel must read it. */
export function csvCell(value: string | number, keepAsText = false): string {
  const text = String(value);
  if (text === '') return '';
  // ="..." makes Excel keep the text exactly; only for digits, spaces, + - ( ), so a user
  // cannot smuggle a formula in.
  if (keepAsText && SAFE_NUMBER_TEXT.test(text)) return `="${text}"`;
  // OWASP: an apostrophe in front makes Excel treat the cell as text.
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  const data = [
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => csvCell(c.value(row), c.keepAsText))),
  ];
  const body = Papa.unparse(data, { delimiter: ';', newline: '\r\n', quotes: false });
  return `\uFEFF${body}\r\n`;
}

/** An XLSX workbook with one sheet; every cell is a string or number, never a formula. */
export async function toXlsx<T>(
  sheetName: string,
  columns: Column<T>[],
  rows: T[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ouders in de wijk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.min(60, Math.max(12, c.header.length + 4)),
    style: c.keepAsText ? { numFmt: '@' } : {},
  }));
  for (const row of rows) {
    sheet.addRow(columns.map((c) => c.value(row)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
