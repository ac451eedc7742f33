import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

// A fake PDOK Locatieserver on 127.0.0.1 with a random port. It answers with the recorded real
// responses in test/fixtures/pdok, and other questions with documents of the same shape: the
// recorded `adres` document with the fields of a test address filled in. It can also fail the
// ways the real one does: too slow, 500, broken JSON, nothing found.

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/pdok');

export function fixture(name: string): { response: { docs: Record<string, unknown>[] } } {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
}

export type FakeAddress = {
  straatnaam: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode: string;
  woonplaatsnaam: string;
  gemeentenaam: string;
  gemeentecode: string;
  wijkcode: string;
  buurtcode: string;
  lon: number;
  lat: number;
};

export type FakeMode = 'ok' | 'slow' | 'error' | 'broken' | 'empty';

export type FakePdok = {
  url: string;
  /** Every request's path and query, in order. */
  requests: URL[];
  mode: FakeMode;
  /** Milliseconds a 'slow' answer takes. */
  slowMs: number;
  addresses: FakeAddress[];
  close: () => Promise<void>;
};

function huisNlt(a: FakeAddress): string {
  return `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
}

function idOf(a: FakeAddress): string {
  return `adr-fake-${a.postcode}-${huisNlt(a)}`.toLowerCase();
}

/** A document of the recorded shape (free_adres_1118CP_202.json) for a test address. */
export function addressDoc(a: FakeAddress): Record<string, unknown> {
  const template = fixture('free_adres_1118CP_202.json').response.docs[0] ?? {};
  const doc: Record<string, unknown> = {
    ...template,
    id: idOf(a),
    straatnaam: a.straatnaam,
    huisnummer: a.huisnummer,
    huis_nlt: huisNlt(a),
    postcode: a.postcode,
    woonplaatsnaam: a.woonplaatsnaam,
    gemeentenaam: a.gemeentenaam,
    gemeentecode: a.gemeentecode,
    wijkcode: a.wijkcode,
    buurtcode: a.buurtcode,
    weergavenaam: `${a.straatnaam} ${huisNlt(a)}, ${a.postcode} ${a.woonplaatsnaam}`,
    centroide_ll: `POINT(${a.lon} ${a.lat})`,
  };
  if (a.huisletter) doc.huisletter = a.huisletter;
  if (a.huisnummertoevoeging) doc.huisnummertoevoeging = a.huisnummertoevoeging;
  // wijknaam/buurtnaam belong to the recorded address, not this one; PDOK omits them at times.
  delete doc.wijknaam;
  delete doc.buurtnaam;
  return doc;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function envelope(docs: Record<string, unknown>[]) {
  return { response: { numFound: docs.length, start: 0, maxScore: 10, numFoundExact: true, docs } };
}

/** Answers like Solr would, roughly: filters exactly, free text on street and place. */
function answerFree(url: URL, addresses: FakeAddress[]) {
  if (url.searchParams.get('q') === 'postcode:1118CP and housenumber:202') {
    return fixture('free_adres_1118CP_202.json');
  }
  let found = addresses;
  for (const filter of url.searchParams.getAll('fq')) {
    const [field, value] = filter.split(':');
    if (field === 'type' && value !== 'adres') found = [];
    if (field === 'postcode') found = found.filter((a) => a.postcode === value);
    if (field === 'huisnummer') found = found.filter((a) => String(a.huisnummer) === value);
  }
  const q = fold(url.searchParams.get('q') ?? '');
  const hasPostcode = url.searchParams.getAll('fq').some((f) => f.startsWith('postcode:'));
  if (!hasPostcode) {
    found = found.filter(
      (a) => q.includes(fold(a.straatnaam)) && q.includes(fold(a.woonplaatsnaam)),
    );
  }
  return envelope(found.map(addressDoc));
}

function answerSuggest(url: URL, addresses: FakeAddress[]) {
  const q = fold(url.searchParams.get('q') ?? '');
  if (q.includes('lijsterstraat')) return fixture('suggest_lijsterstraat20_amersfoort.json');
  const words = q.split(/\s+/).filter(Boolean);
  const docs = addresses
    .filter((a) => {
      const text = fold(`${a.straatnaam} ${huisNlt(a)} ${a.postcode} ${a.woonplaatsnaam}`);
      return words.length > 0 && words.every((w) => text.includes(w));
    })
    .map((a) => {
      const full = addressDoc(a);
      return { type: 'adres', weergavenaam: full.weergavenaam, id: full.id, score: 5 };
    });
  return envelope(docs);
}

function answerLookup(url: URL, addresses: FakeAddress[]) {
  const id = url.searchParams.get('id') ?? '';
  if (id === 'adr-fb6a9e8075bd7e25281db1d21fb17982') {
    return fixture('lookup_adr-fb6a9e8075bd7e25281db1d21fb17982.json');
  }
  const match = addresses.find((a) => idOf(a) === id);
  return envelope(match ? [addressDoc(match)] : []);
}

export async function startFakePdok(addresses: FakeAddress[] = []): Promise<FakePdok> {
  const state = {
    requests: [] as URL[],
    mode: 'ok' as FakeMode,
    slowMs: 5000,
    addresses,
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    state.requests.push(url);
    const send = (status: number, body: string) => {
      if (response.destroyed) return;
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(body);
    };
    const endpoint = url.pathname.replace(/^.*\//, '');
    if (state.mode === 'error') return send(500, '{"message":"Internal Server Error"}');
    if (state.mode === 'broken') return send(200, '{"response":{"numFound":1,"docs":[{"id":');
    if (state.mode === 'empty') return send(200, JSON.stringify(fixture('free_empty.json')));
    let body: unknown;
    if (endpoint === 'free') body = answerFree(url, state.addresses);
    else if (endpoint === 'suggest') body = answerSuggest(url, state.addresses);
    else if (endpoint === 'lookup') body = answerLookup(url, state.addresses);
    else return send(404, '{"message":"Not Found"}');
    if (state.mode === 'slow') {
      const timer = setTimeout(() => send(200, JSON.stringify(body)), state.slowMs);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    send(200, JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const fake: FakePdok = Object.assign(state, {
    url: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return fake;
}

/** Test addresses: real streets in Utrecht Overvecht and elsewhere, coordinates near them. */
export const TEST_ADDRESSES: FakeAddress[] = [
  {
    straatnaam: 'Taagdreef',
    huisnummer: 14,
    postcode: '3561KT',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    wijkcode: 'WK034403',
    buurtcode: 'BU03440311',
    lon: 5.1152,
    lat: 52.1188,
  },
  {
    straatnaam: 'Kerkstraat',
    huisnummer: 12,
    postcode: '3561AB',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    wijkcode: 'WK034403',
    buurtcode: 'BU03440312',
    lon: 5.111,
    lat: 52.117,
  },
  {
    straatnaam: 'Kerkstraat',
    huisnummer: 12,
    huisletter: 'A',
    postcode: '3561AB',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    wijkcode: 'WK034403',
    buurtcode: 'BU03440312',
    lon: 5.1112,
    lat: 52.1172,
  },
  {
    straatnaam: 'Kerkstraat',
    huisnummer: 12,
    huisnummertoevoeging: 'bis',
    postcode: '3561AB',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    wijkcode: 'WK034403',
    buurtcode: 'BU03440312',
    lon: 5.1114,
    lat: 52.1174,
  },
  {
    straatnaam: 'Wolgadreef',
    huisnummer: 3,
    huisnummertoevoeging: 'HS',
    postcode: '3564HK',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    wijkcode: 'WK034403',
    buurtcode: 'BU03440322',
    lon: 5.1281,
    lat: 52.1149,
  },
  {
    straatnaam: 'Zamenhofdreef',
    huisnummer: 23,
    huisnummertoevoeging: 'II',
    postcode: '3562JT',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    wijkcode: 'WK034403',
    buurtcode: 'BU03440332',
    lon: 5.1098,
    lat: 52.1119,
  },
  {
    straatnaam: 'Hinthamerstraat',
    huisnummer: 7,
    postcode: '5211MA',
    woonplaatsnaam: "'s-Hertogenbosch",
    gemeentenaam: "'s-Hertogenbosch",
    gemeentecode: '0796',
    wijkcode: 'WK079601',
    buurtcode: 'BU07960101',
    lon: 5.3076,
    lat: 51.6896,
  },
  {
    straatnaam: 'Spui',
    huisnummer: 70,
    postcode: '2511BT',
    woonplaatsnaam: "'s-Gravenhage",
    gemeentenaam: "'s-Gravenhage",
    gemeentecode: '0518',
    wijkcode: 'WK051828',
    buurtcode: 'BU05182812',
    lon: 4.3172,
    lat: 52.0773,
  },
  {
    straatnaam: 'Haadwei',
    huisnummer: 5,
    postcode: '9105PA',
    woonplaatsnaam: 'Rinsumageast',
    gemeentenaam: 'Dantumadiel',
    gemeentecode: '1891',
    wijkcode: 'WK189103',
    buurtcode: 'BU18910300',
    lon: 5.9427,
    lat: 53.2624,
  },
  {
    straatnaam: 'Skoalleane',
    huisnummer: 2,
    postcode: '9213VK',
    woonplaatsnaam: 'Wâlterswâld',
    gemeentenaam: 'Dantumadiel',
    gemeentecode: '1891',
    wijkcode: 'WK189106',
    buurtcode: 'BU18910600',
    lon: 5.9833,
    lat: 53.2015,
  },
  {
    straatnaam: 'Marktstraat',
    huisnummer: 15,
    postcode: '8601CV',
    woonplaatsnaam: 'Sneek',
    gemeentenaam: 'Súdwest-Fryslân',
    gemeentecode: '1900',
    wijkcode: 'WK190001',
    buurtcode: 'BU19000101',
    lon: 5.6589,
    lat: 53.0326,
  },
];
