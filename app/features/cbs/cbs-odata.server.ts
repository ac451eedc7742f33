// The one adapter for CBS online: Kerncijfers wijken en buurten through OData v4, with OData v3 as
// the fallback per table. Base URLs come from the configuration (CBS_ODATA_URL, CBS_ODATA_V3_URL);
// every request has a timeout and is retried with back-off. The caller caches the answer.
import { getConfig } from '~/lib/config.server';
import { logger } from '~/lib/logger.server';
import {
  type FigureKey,
  type FigureYears,
  mergeFigureYears,
  normalizeRegionCode,
  parseCbsNumber,
  slot,
} from './figures';
import { type ColumnInfo, resolveColumns } from './odata-columns';

/**
 * Kerncijfers wijken en buurten, newest first, and the SES-WOA scores per wijk and buurt. Per
 * figure the newest table with a value wins (see figures.ts newestValue). A table with a period
 * column (SES-WOA covers several years) gives each row the year of its period instead.
 */
export const KWB_TABLES = [
  { id: '85984NED', year: 2024 },
  { id: '85618NED', year: 2023 },
  { id: '85163NED', year: 2019 },
] as const;

/** '2019JJ00' (v3) or '2019JJ00' (v4 Perioden) → '2019'; the table's own year without one. */
function yearOf(row: Record<string, unknown>, fallback: number): string {
  return /^(\d{4})/.exec(String(row.Perioden ?? '').trim())?.[1] ?? String(fallback);
}

export type CbsOptions = {
  v4Url?: string;
  v3Url?: string;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  tables?: readonly { id: string; year: number }[];
};

export class CbsError extends Error {
  readonly code: 'timeout' | 'http' | 'json' | 'empty' | 'network';
  /** Dutch, safe to show. */
  readonly userMessage: string;
  constructor(code: CbsError['code'], message: string, userMessage: string) {
    super(message);
    this.code = code;
    this.userMessage = userMessage;
  }
}

const USER_MESSAGES: Record<CbsError['code'], string> = {
  timeout: 'Het CBS gaf niet op tijd antwoord.',
  http: 'De website van het CBS gaf een foutmelding.',
  json: 'Het CBS stuurde een antwoord dat deze app niet kan lezen.',
  empty: 'Het CBS heeft geen cijfers voor deze gemeente gegeven.',
  network: 'De website van het CBS is niet te bereiken.',
};

function fail(code: CbsError['code'], message: string): never {
  throw new CbsError(code, message, USER_MESSAGES[code]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function getJsonOnce(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') fail('timeout', `timeout ${url}`);
    fail('network', `network ${url}: ${(error as Error).message}`);
  }
  if (response.status === 404) fail('empty', `404 ${url}`);
  if (!response.ok) fail('http', `HTTP ${response.status} ${url}`);
  try {
    return await response.json();
  } catch {
    fail('json', `invalid JSON ${url}`);
  }
}

/** GET with a timeout; timeouts, network errors and 5xx are tried again after a growing pause. */
async function getJson(url: string, options: Required<CbsOptions>): Promise<unknown> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await getJsonOnce(url, options.timeoutMs);
    } catch (error) {
      const retryable =
        error instanceof CbsError && ['timeout', 'network', 'http'].includes(error.code);
      if (!retryable || attempt >= options.retries) throw error;
      await sleep(options.backoffMs * 2 ** attempt);
    }
  }
}

function valueList(body: unknown): Record<string, unknown>[] {
  const list = Array.isArray(body) ? body : (body as { value?: unknown } | null)?.value;
  if (!Array.isArray(list)) fail('json', 'no value array');
  return list as Record<string, unknown>[];
}

async function getAll(url: string, options: Required<CbsOptions>) {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  for (let page = 0; next !== undefined && page < 50; page += 1) {
    const body = await getJson(next, options);
    rows.push(...valueList(body));
    const link =
      (body as Record<string, unknown>)['@odata.nextLink'] ??
      (body as Record<string, unknown>)['odata.nextLink'];
    next = typeof link === 'string' ? new URL(link, next).href : undefined;
  }
  return rows;
}

function regionFilter(municipalityCode: string): string {
  const digits = normalizeRegionCode(municipalityCode).slice(2);
  return ['GM', 'WK', 'BU']
    .map((prefix) => `startswith(WijkenEnBuurten,'${prefix}${digits}')`)
    .join(' or ');
}

/** OData v4: measures in MeasureCodes, values in long format (one measure per row). */
async function fetchTableV4(
  table: { id: string; year: number },
  municipalityCode: string,
  o: Required<CbsOptions>,
): Promise<FigureYears> {
  const base = `${o.v4Url.replace(/\/$/, '')}/${table.id}`;
  const measures = (await getAll(`${base}/MeasureCodes`, o)).map(
    (m): ColumnInfo => ({ key: String(m.Identifier ?? ''), title: String(m.Title ?? '') }),
  );
  const columns = resolveColumns(measures);
  const figureOf = new Map(
    Object.entries(columns).map(([figure, id]) => [id, figure as FigureKey]),
  );
  if (figureOf.size === 0) fail('empty', `${table.id}: no known measures`);
  const filter = encodeURIComponent(regionFilter(municipalityCode));
  const rows = await getAll(`${base}/Observations?$filter=${filter}`, o);
  const years: FigureYears = {};
  for (const row of rows) {
    const figure = figureOf.get(String(row.Measure ?? ''));
    if (figure === undefined) continue;
    const code = normalizeRegionCode(String(row.WijkenEnBuurten ?? ''));
    const regions = slot(years, yearOf(row, table.year), () => ({}));
    slot(regions, code, () => ({}))[figure] = parseCbsNumber(row.Value);
  }
  return years;
}

/** OData v3: column Keys in DataProperties, values in TypedDataSet (one row per region). */
async function fetchTableV3(
  table: { id: string; year: number },
  municipalityCode: string,
  o: Required<CbsOptions>,
): Promise<FigureYears> {
  const base = `${o.v3Url.replace(/\/$/, '')}/${table.id}`;
  const properties = (await getAll(`${base}/DataProperties`, o)).map(
    (p): ColumnInfo => ({
      key: String(p.Key ?? ''),
      title: String(p.Title ?? ''),
      type: String(p.Type ?? ''),
    }),
  );
  const columns = Object.entries(resolveColumns(properties)) as [FigureKey, string][];
  if (columns.length === 0) fail('empty', `${table.id}: no known columns`);
  const hasPeriod = properties.some((p) => p.key === 'Perioden');
  const select = [
    'WijkenEnBuurten',
    ...(hasPeriod ? ['Perioden'] : []),
    ...columns.map(([, key]) => key),
  ].join(',');
  const filter = encodeURIComponent(regionFilter(municipalityCode));
  const rows = await getAll(`${base}/TypedDataSet?$filter=${filter}&$select=${select}`, o);
  const years: FigureYears = {};
  for (const row of rows) {
    const code = normalizeRegionCode(String(row.WijkenEnBuurten ?? ''));
    const figures: Partial<Record<FigureKey, number | null>> = {};
    for (const [figure, key] of columns) figures[figure] = parseCbsNumber(row[key]);
    slot(years, yearOf(row, table.year), () => ({}))[code] = figures;
  }
  return years;
}

export type CbsFetchResult = { figures: FigureYears; tables: string[]; regions: number };

/**
 * The figures of one municipality (the municipality, its wijken and buurten) from every table,
 * v4 first and v3 when v4 fails. Throws a CbsError when no table gave figures.
 */
export async function fetchMunicipalityFigures(
  municipalityCode: string,
  options: CbsOptions = {},
): Promise<CbsFetchResult> {
  const o: Required<CbsOptions> = {
    v4Url: options.v4Url ?? getConfig().cbsOdataUrl,
    v3Url: options.v3Url ?? getConfig().cbsOdataV3Url,
    timeoutMs: options.timeoutMs ?? 8_000,
    retries: options.retries ?? 1,
    backoffMs: options.backoffMs ?? 300,
    tables: options.tables ?? KWB_TABLES,
  };
  const sets: FigureYears[] = [];
  const tables: string[] = [];
  let lastError: CbsError | undefined;
  for (const table of o.tables) {
    const failures: CbsError['code'][] = [];
    for (const [version, fetchTable] of [
      ['v4', fetchTableV4],
      ['v3', fetchTableV3],
    ] as const) {
      try {
        const years = await fetchTable(table, municipalityCode, o);
        if (Object.keys(years).length === 0) fail('empty', `${table.id}: no rows`);
        sets.push(years);
        tables.push(`${table.id} (${version})`);
        break;
      } catch (error) {
        if (!(error instanceof CbsError)) throw error;
        lastError = error;
        failures.push(error.code);
        logger.warn({ table: table.id, version, code: error.code }, 'CBS table not fetched');
      }
    }
    // Both versions unreachable: the next tables would only make the user wait longer.
    if (
      failures.length === 2 &&
      failures.every((code) => code === 'timeout' || code === 'network')
    ) {
      break;
    }
  }

  if (sets.length === 0) throw lastError ?? fail('empty', 'no tables');
  const figures = mergeFigureYears(...sets);
  const regions = new Set(Object.values(figures).flatMap((r) => Object.keys(r))).size;
  return { figures, tables, regions };
}
