import { data } from 'react-router';
import { z } from 'zod';
import { guessMapping, type ImportField } from './import-fields';
import type { ImportRecord, ImportResult, ImportRowError } from './import-sheet.server';
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS, readSheetFile } from './read-sheet.server';

// The two steps of a spreadsheet import, without JavaScript: step one uploads the file and
// answers with a preview and a <select> per column; the parsed rows travel back in a hidden
// field (bounded in size), so nothing is stored between the steps. Step two matches the
// columns and imports all rows, or none.

export type ImportStep =
  | { step: 'upload'; error: string }
  | {
      step: 'match';
      fileName: string;
      sheet: string;
      headers: string[];
      samples: string[][];
      rowCount: number;
      mapping: string[];
      columnErrors: Record<number, string>;
      errors: string[];
      rowErrors: ImportRowError[];
    };

const MAX_COLUMNS = 60;
// The rows in the hidden field as JSON: room for a full file of empty cells (`"",` for `;`).
const MAX_SHEET_FIELD = 4 * MAX_SHEET_BYTES;
// Step two posts that JSON url-encoded, where a letter outside ASCII takes up to 9 bytes.
const MAX_POST_BYTES = 12 * MAX_SHEET_BYTES;

const sheetSchema = z.object({
  fileName: z.string().max(300),
  rows: z
    .array(z.array(z.string().max(10_000)).max(MAX_COLUMNS))
    .min(2)
    .max(MAX_SHEET_ROWS * 2),
});

type Sheet = z.output<typeof sheetSchema>;

function matchStep(
  sheet: Sheet,
  serialised: string,
  mapping: string[],
  problems: Partial<
    Pick<Extract<ImportStep, { step: 'match' }>, 'columnErrors' | 'errors' | 'rowErrors'>
  > = {},
): Extract<ImportStep, { step: 'match' }> {
  const [headers = [], ...rest] = sheet.rows;
  const filled = rest.filter((row) => row.some((cell) => cell !== ''));
  return {
    step: 'match',
    fileName: sheet.fileName,
    sheet: serialised,
    headers,
    samples: filled.slice(0, 3),
    rowCount: filled.length,
    mapping,
    columnErrors: problems.columnErrors ?? {},
    errors: problems.errors ?? [],
    rowErrors: problems.rowErrors ?? [],
  };
}

/**
 * Runs one step of the import. Returns the page data for the next step (with status), or the
 * successful result of `run`.
 */
export async function handleImportStep(
  request: Request,
  options: {
    fields: ImportField[];
    run: (records: ImportRecord[]) => Promise<ImportResult>;
  },
): Promise<
  | { done: true; result: Extract<ImportResult, { ok: true }> }
  | { done: false; response: ReturnType<typeof data<ImportStep>> }
> {
  const fail = (step: ImportStep, status = 400) => ({
    done: false as const,
    response: data<ImportStep>(step, { status }),
  });
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_POST_BYTES) {
    return fail(
      { step: 'upload', error: 'Dit bestand is te groot. Een bestand mag hoogstens 2 MB zijn.' },
      413,
    );
  }
  const formData = await request.formData();

  if (formData.get('intent') !== 'importeren') {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail({
        step: 'upload',
        error:
          file instanceof File && file.name !== ''
            ? 'Dit bestand is leeg. Kies een ander bestand.'
            : 'Kies eerst een bestand.',
      });
    }
    if (file.size > MAX_SHEET_BYTES) {
      return fail(
        { step: 'upload', error: 'Dit bestand is te groot. Een bestand mag hoogstens 2 MB zijn.' },
        413,
      );
    }
    const read = await readSheetFile(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return fail({ step: 'upload', error: read.message });
    if ((read.rows[0]?.length ?? 0) > MAX_COLUMNS) {
      return fail({
        step: 'upload',
        error: `Dit bestand heeft meer dan ${MAX_COLUMNS} kolommen. Haal de kolommen weg die je niet nodig hebt.`,
      });
    }
    const sheet = { fileName: file.name.slice(0, 300), rows: read.rows };
    const mapping = guessMapping(sheet.rows[0] ?? [], options.fields);
    return {
      done: false,
      response: data<ImportStep>(matchStep(sheet, JSON.stringify(sheet), mapping)),
    };
  }

  const serialised = String(formData.get('sheet') ?? '');
  let sheet: Sheet;
  try {
    if (serialised.length > MAX_SHEET_FIELD) throw new Error('too large');
    sheet = sheetSchema.parse(JSON.parse(serialised));
  } catch {
    return fail({
      step: 'upload',
      error: 'Het bestand is onderweg kwijtgeraakt. Kies het bestand nog een keer.',
    });
  }
  const width = sheet.rows[0]?.length ?? 0;
  const keys = new Set(options.fields.map((f) => f.key));
  const mapping = Array.from({ length: width }, (_, i) => {
    const value = String(formData.get(`kolom-${i}`) ?? '');
    return keys.has(value) ? value : '';
  });

  const columnErrors: Record<number, string> = {};
  const firstColumn = new Map<string, number>();
  mapping.forEach((key, i) => {
    if (key === '') return;
    const first = firstColumn.get(key);
    if (first === undefined) firstColumn.set(key, i);
    else {
      const label = options.fields.find((f) => f.key === key)?.label ?? key;
      columnErrors[i] =
        `Ook kolom ${first + 1} is al "${label}". Kies voor één van de twee iets anders.`;
    }
  });
  const errors = options.fields
    .filter((f) => f.required && !firstColumn.has(f.key))
    .map((f) => `Kies welke kolom "${f.label}" is. Die is nodig.`);
  if (errors.length > 0 || Object.keys(columnErrors).length > 0) {
    return fail(matchStep(sheet, serialised, mapping, { columnErrors, errors }));
  }

  const records: ImportRecord[] = [];
  sheet.rows.slice(1).forEach((cells, index) => {
    if (!cells.some((cell) => cell !== '')) return;
    const values: Record<string, string> = {};
    mapping.forEach((key, i) => {
      if (key !== '') values[key] = cells[i] ?? '';
    });
    records.push({ row: index + 2, values });
  });
  const result = await options.run(records);
  if (!result.ok) {
    return fail(matchStep(sheet, serialised, mapping, { rowErrors: result.errors }));
  }
  return { done: true, result };
}
