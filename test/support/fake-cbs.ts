// A fake CBS OData server on 127.0.0.1 (random port), built from the real Utrecht figures in
// test/fixtures/cbs in the documented shapes: v3 DataProperties + TypedDataSet ({"value": [...]},
// one row per region, column Keys from the metadata, region codes padded to 10 characters) and v4
// MeasureCodes + Observations (long format, one measure per row). Table 85984NED (2024) uses the
// March 2025 metadata, table 85618NED (2023) the renumbered metadata, so both versions are used.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { csvObjects } from '../../scripts/build-region-data.ts';

const fixtures = new URL('../fixtures/cbs/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

/** CBS short code in the kwb files → OData Key without its number (test's own mapping). */
const FILE_TO_ODATA: Record<string, string> = {
  a_inw: 'AantalInwoners',
  a_00_14: 'k_0Tot15Jaar',
  a_15_24: 'k_15Tot25Jaar',
  a_hh: 'HuishoudensTotaal',
  a_hh_m_k: 'HuishoudensMetKinderen',
  g_hhgro: 'GemiddeldeHuishoudensgrootte',
  p_hh_lkk: 'HuishoudensMetEenLaagInkomen',
  p_hh_osm: 'HuishOnderOfRondSociaalMinimum',
  a_soz_wb: 'PersonenPerSoortUitkeringBijstand',
  p_wcorpw: 'InBezitWoningcorporatie',
  g_wozbag: 'GemiddeldeWOZWaardeVanWoningen',
  a_eur_al: 'EuropaExclusiefNederland',
  a_neu_al: 'BuitenEuropa',
};

type Property = { Key: string; Title: string; Type: string };

export type FakeCbsMode = 'ok' | 'v4-down' | 'timeout' | 'error-500' | 'broken-json' | 'no-result';

/** One region (and period) with its values under the metadata's column Keys. */
type TableRow = { code: string; period?: string; values: Record<string, number | null> };
type Table = { metadata: Property[]; rows: TableRow[] };

function kwbRows(metadata: Property[], file: string): TableRow[] {
  return csvObjects(read(file)).map((row) => {
    const values: Record<string, number | null> = {};
    for (const fileCode of Object.keys(FILE_TO_ODATA)) {
      const key = keyFor(metadata, fileCode);
      if (key !== undefined) values[key] = apiValue(row[fileCode]);
    }
    return { code: (row.gwb_code_10 ?? '').trim(), values };
  });
}

/** SES-WOA (85163NED): a period dimension and the score; rows from the StatLine export. */
const SES_METADATA: Property[] = [
  { Key: 'Perioden', Title: 'Perioden', Type: 'TimeDimension' },
  { Key: 'WijkenEnBuurten', Title: 'Wijken en buurten', Type: 'GeoDetail' },
  { Key: 'ParticuliereHuishoudens_1', Title: 'Particuliere huishoudens', Type: 'Topic' },
  { Key: 'GemiddeldeScore_29', Title: 'Gemiddelde score', Type: 'Topic' },
];

function sesRows(): TableRow[] {
  const [, ...lines] = read('ses_woa_2019_amsterdam_85163NED_statline_export.csv')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  return lines.map((line) => {
    const cells = line.split(';').map((cell) => cell.trim().replace(/^"|"$/g, ''));
    return {
      code: (cells[2] ?? '').trim(),
      period: `${(cells[0] ?? '').trim()}JJ00`,
      values: {
        ParticuliereHuishoudens_1: apiValue(cells[3]),
        GemiddeldeScore_29: apiValue(cells[7]),
      },
    };
  });
}

function loadTables(): Record<string, Table> {
  const original = JSON.parse(read('kwb2024_85984NED_DataProperties.json')) as Property[];
  const renumbered = JSON.parse(read('kwb_renumbered_DataProperties.json')) as Property[];
  return {
    '85984NED': { metadata: original, rows: kwbRows(original, 'utrecht_GM0344_kwb2024.csv') },
    '85618NED': { metadata: renumbered, rows: kwbRows(renumbered, 'utrecht_GM0344_kwb2023.csv') },
    '85163NED': { metadata: SES_METADATA, rows: sesRows() },
  };
}

/** The v3 Key of a kwb short code in this metadata: first Topic whose Key starts with the name. */
function keyFor(metadata: Property[], fileCode: string): string | undefined {
  const name = FILE_TO_ODATA[fileCode];
  return metadata.find((p) => p.Type === 'Topic' && p.Key.replace(/_\d+$/, '') === name)?.Key;
}

/** CBS publishes "." for no value; the API answers null. */
function apiValue(raw: string | undefined): number | null {
  const text = (raw ?? '').trim();
  return text === '.' || text === '' ? null : Number(text);
}

const pad = (code: string) => code.padEnd(10, ' ');

function matchesFilter(code: string, filter: string | null): boolean {
  if (filter === null) return true;
  const prefixes = [...filter.matchAll(/startswith\(WijkenEnBuurten,'([^']+)'\)/g)].map(
    (m) => m[1],
  );
  return prefixes.some((prefix) => prefix !== undefined && code.startsWith(prefix));
}

export type FakeCbs = {
  v4Url: string;
  v3Url: string;
  mode: FakeCbsMode;
  requests: string[];
  close(): Promise<void>;
};

export async function startFakeCbs(initialMode: FakeCbsMode = 'ok'): Promise<FakeCbs> {
  const tables = loadTables();
  const requests: string[] = [];
  const state = { mode: initialMode };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(decodeURIComponent(url.pathname + url.search));
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const [, version, tableId, resource] = url.pathname.split('/');
    const table = tables[tableId ?? ''];
    if (state.mode === 'timeout') return; // never answers
    if (state.mode === 'error-500') return send(500, { error: 'internal' });
    if (state.mode === 'v4-down' && version === 'v4') return send(503, { error: 'down' });
    if (state.mode === 'broken-json') return send(200, '{"value": [ {"Key": ');
    if (table === undefined) return send(404, { error: 'no such table' });
    const filter = url.searchParams.get('$filter');
    const rows =
      state.mode === 'no-result' ? [] : table.rows.filter((row) => matchesFilter(row.code, filter));

    if (version === 'v3' && resource === 'DataProperties')
      return send(200, { value: table.metadata });
    if (version === 'v3' && resource === 'TypedDataSet') {
      const value = rows.map((row, index) => ({
        ID: index,
        ...(row.period !== undefined ? { Perioden: row.period } : {}),
        WijkenEnBuurten: pad(row.code),
        ...row.values,
      }));
      return send(200, { 'odata.metadata': 'fake', value });
    }
    const topics = table.metadata.filter((p) => p.Type === 'Topic');
    const measureId = (key: string) =>
      `M${String(topics.findIndex((p) => p.Key === key)).padStart(6, '0')}`;
    if (version === 'v4' && resource === 'MeasureCodes') {
      const value = topics.map((p, index) => ({
        Identifier: measureId(p.Key),
        Index: index,
        Title: p.Title,
      }));
      return send(200, { value });
    }
    if (version === 'v4' && resource === 'Observations') {
      const value: Record<string, unknown>[] = [];
      for (const row of rows) {
        for (const [key, raw] of Object.entries(row.values)) {
          value.push({
            Id: value.length,
            Measure: measureId(key),
            ...(row.period !== undefined ? { Perioden: row.period } : {}),
            WijkenEnBuurten: row.code,
            Value: raw,
            ValueAttribute: raw === null ? 'Missing' : 'None',
          });
        }
      }
      return send(200, { value });
    }
    return send(404, { error: 'unknown resource' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeCbs = {
    v4Url: `http://127.0.0.1:${port}/v4`,
    v3Url: `http://127.0.0.1:${port}/v3`,
    get mode() {
      return state.mode;
    },
    set mode(mode: FakeCbsMode) {
      state.mode = mode;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
