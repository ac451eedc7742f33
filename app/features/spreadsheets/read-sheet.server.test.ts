import { describe, expect, it } from 'vitest';
import { guessMapping, PLACE_IMPORT_FIELDS } from './import-fields';
import { cleanImportedCell, decodeText, detectSeparator, readSheetFile } from './read-sheet.server';
import { toCsv, toXlsx } from './sheet';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Çiğdem é');

    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'Çiğdem é',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(utf8)).toEqual({ text: 'Çiğdem é', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({
      text: 'Café €',
      encoding: 'windows-1252',
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00])).text).toBe('A\t');
  });
});

describe('detectSeparator', () => {
  it('picks the separator of the header line, ignoring quoted text', () => {
    expect(detectSeparator('Naam;Adres;Plaats\r\na,b,c,d,e')).toBe(';');
    expect(detectSeparator('Naam,"Adres; straat",Plaats\n')).toBe(',');
    expect(detectSeparator('Naam\tAdres, nr\tPlaats')).toBe('\t');
  });
});

describe('cleanImportedCell', () => {
  it('undoes what the export does to keep Excel from changing a cell', () => {
    expect(cleanImportedCell('="0612345678"')).toBe('0612345678');
    expect(cleanImportedCell("'=SOM(A1)")).toBe('=SOM(A1)');
    expect(cleanImportedCell("'+31 6")).toBe('+31 6');
    expect(cleanImportedCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(cleanImportedCell('  gewoon ')).toBe('gewoon');
  });
});

describe('readSheetFile', () => {
  const columns = [
    { header: 'Naam', value: (r: string[]) => r[0] ?? '' },
    { header: 'Telefoon', value: (r: string[]) => r[1] ?? '', keepAsText: true },
  ];
  const rows = [
    ['=Plek; "een"', '+31 6 1234 5678'],
    ['Tweede\nregel', '0612345678'],
  ];

  it('reads our own CSV and XLSX back to the same text', async () => {
    const csv = await readSheetFile(new TextEncoder().encode(toCsv(columns, rows)));
    const xlsx = await readSheetFile(await toXlsx('Blad', columns, rows));

    expect(csv).toMatchObject({ ok: true, separator: ';', encoding: 'utf-8-bom' });
    expect(csv.ok && csv.rows).toEqual([['Naam', 'Telefoon'], ...rows]);
    expect(xlsx.ok && xlsx.rows).toEqual([['Naam', 'Telefoon'], ...rows]);
  });

  it('keeps empty rows in place so row numbers match the file', async () => {
    const read = await readSheetFile(new TextEncoder().encode('Naam\n\nEen\n\n'));

    expect(read.ok && read.rows).toEqual([['Naam'], [''], ['Een']]);
  });
});

describe('guessMapping', () => {
  it('recognises the headers of our export and common variants, each field once', () => {
    expect(
      guessMapping(
        ['Naam', 'categorie', 'E-MAIL', 'Postcode', 'Naam', 'Iets'],
        PLACE_IMPORT_FIELDS,
      ),
    ).toEqual(['name', 'category', 'email', 'postcode', '', '']);
  });
});
