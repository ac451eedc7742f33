import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type Column, csvCell, toCsv, toXlsx } from './sheet';

type Row = { name: string; postcode: string; phone: string; notes: string };

const columns: Column<Row>[] = [
  { header: 'Naam', value: (r) => r.name },
  { header: 'Postcode', value: (r) => r.postcode, keepAsText: true },
  { header: 'Telefoon', value: (r) => r.phone, keepAsText: true },
  { header: 'Aantekeningen', value: (r) => r.notes },
];

const rows: Row[] = [
  {
    name: 'Buurthuis "De Linde"; zaal 2',
    postcode: '0123 AB',
    phone: '+31 6 1234 5678',
    notes: 'Eerste regel\nTweede regel, met komma',
  },
  { name: '=HYPERLINK("http://x")', postcode: '', phone: '0612345678', notes: '@SUM(A1)' },
  { name: 'Şişli İnce', postcode: '3555', phone: '-5', notes: '+ plus' },
];

describe('csvCell', () => {
  it('guards cells that would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@A1')).toBe("'@A1");
    expect(csvCell('gewoon')).toBe('gewoon');
  });

  it('keeps phone numbers and postcodes as text without opening a formula door', () => {
    expect(csvCell('0612345678', true)).toBe('="0612345678"');
    expect(csvCell('+31 6 1234 5678', true)).toBe('="+31 6 1234 5678"');
    expect(csvCell('=1+1', true)).toBe("'=1+1");
    expect(csvCell('3555 AB', true)).toBe('3555 AB');
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with BOM, semicolons and CRLF, and reads back whole', () => {
    const csv = toCsv(columns, rows);

    expect(csv.startsWith('\uFEFFNaam;Postcode;Telefoon;Aantekeningen\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.filter(
      (r) => r.length > 1,
    );
    expect(parsed[1]).toEqual([
      'Buurthuis "De Linde"; zaal 2',
      '0123 AB',
      '="+31 6 1234 5678"',
      'Eerste regel\nTweede regel, met komma',
    ]);
    expect(parsed[2]).toEqual(['\'=HYPERLINK("http://x")', '', '="0612345678"', "'@SUM(A1)"]);
    expect(parsed[3]?.[0]).toBe('Şişli İnce');
  });
});

describe('toXlsx', () => {
  it('writes strings, never formulas, with text format for phone and postcode', async () => {
    const bytes = await toXlsx('Plekken', columns, rows);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Plekken');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Naam',
      'Postcode',
      'Telefoon',
      'Aantekeningen',
    ]);
    expect(sheet?.getCell('B2').value).toBe('0123 AB');
    expect(sheet?.getCell('C3').value).toBe('0612345678');
    expect(sheet?.getCell('C2').numFmt).toBe('@');
    expect(sheet?.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A3').value).toBe('=HYPERLINK("http://x")');
  });
});
