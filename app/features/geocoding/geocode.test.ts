import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PdokLocatieserver, PdokUnavailableError, parsePoint } from '~/lib/pdok.server';
import {
  type FakePdok,
  fixture,
  startFakePdok,
  TEST_ADDRESSES,
} from '../../../test/support/fake-pdok';
import { buildFreeQuery, compactPostcode, parseAddress } from './address';
import { geocodeAddress } from './geocode.server';

describe('the query built for each way people type an address', () => {
  const cases: [string, { address: string; postcode: string; city: string }, string, string[]][] = [
    [
      'postcode with a space',
      { address: 'Taagdreef 14', postcode: '3561 KT', city: 'Utrecht' },
      'Taagdreef 14 3561KT Utrecht',
      ['type:adres', 'postcode:3561KT', 'huisnummer:14'],
    ],
    [
      'postcode without a space, in lower case',
      { address: 'Taagdreef 14', postcode: '3561kt', city: '' },
      'Taagdreef 14 3561KT',
      ['type:adres', 'postcode:3561KT', 'huisnummer:14'],
    ],
    [
      'house number with a letter',
      { address: 'Kerkstraat 12a', postcode: '3561 AB', city: 'Utrecht' },
      'Kerkstraat 12a 3561AB Utrecht',
      ['type:adres', 'postcode:3561AB', 'huisnummer:12'],
    ],
    [
      'letter after a hyphen',
      { address: 'Kerkstraat 12-A', postcode: '3561AB', city: 'Utrecht' },
      'Kerkstraat 12A 3561AB Utrecht',
      ['type:adres', 'postcode:3561AB', 'huisnummer:12'],
    ],
    [
      'addition bis',
      { address: 'Kerkstraat 12 bis', postcode: '3561AB', city: 'Utrecht' },
      'Kerkstraat 12bis 3561AB Utrecht',
      ['type:adres', 'postcode:3561AB', 'huisnummer:12'],
    ],
    [
      'addition HS',
      { address: 'Wolgadreef 3HS', postcode: '3564 hk', city: 'Utrecht' },
      'Wolgadreef 3HS 3564HK Utrecht',
      ['type:adres', 'postcode:3564HK', 'huisnummer:3'],
    ],
    [
      'roman addition',
      { address: 'Zamenhofdreef 23-II', postcode: '3562JT', city: 'Utrecht' },
      'Zamenhofdreef 23II 3562JT Utrecht',
      ['type:adres', 'postcode:3562JT', 'huisnummer:23'],
    ],
    [
      'a place name with an apostrophe, typed with a curly one',
      { address: 'Hinthamerstraat 7', postcode: '', city: '’s-Hertogenbosch' },
      "Hinthamerstraat 7 's-Hertogenbosch",
      ['type:adres', 'huisnummer:7'],
    ],
    [
      'Den Bosch for the same place',
      { address: 'Hinthamerstraat 7', postcode: '', city: 'Den Bosch' },
      "Hinthamerstraat 7 's-Hertogenbosch",
      ['type:adres', 'huisnummer:7'],
    ],
    [
      "Den Haag for 's-Gravenhage",
      { address: 'Spui 70', postcode: '', city: 'Den Haag' },
      "Spui 70 's-Gravenhage",
      ['type:adres', 'huisnummer:70'],
    ],
    [
      'a Frisian place name with accents',
      { address: 'Skoalleane 2', postcode: '', city: 'Wâlterswâld' },
      'Skoalleane 2 Wâlterswâld',
      ['type:adres', 'huisnummer:2'],
    ],
    [
      'the Frisian name of a town the BAG names in Dutch',
      { address: 'Marktstraat 15', postcode: '', city: 'Snits' },
      'Marktstraat 15 Sneek',
      ['type:adres', 'huisnummer:15'],
    ],
    [
      'characters with a meaning in a search query',
      { address: 'Dorpsstraat (achter) 4', postcode: '', city: 'Utrecht"' },
      'Dorpsstraat achter 4 Utrecht',
      ['type:adres', 'huisnummer:4'],
    ],
  ];

  for (const [name, typed, q, fq] of cases) {
    it(name, () => {
      expect(buildFreeQuery(typed)).toMatchObject({ q, fq });
    });
  }

  it('keeps a street name that starts with a number', () => {
    expect(parseAddress({ address: '2e Oosterparkstraat 10', postcode: '', city: '' })).toEqual({
      street: '2e Oosterparkstraat',
      number: 10,
      suffix: '',
      postcode: '',
      city: '',
    });
  });

  it('does not look up what cannot be found', () => {
    expect(buildFreeQuery({ address: '', postcode: '', city: '' })).toBeUndefined();
    expect(buildFreeQuery({ address: 'Kerkstraat 1', postcode: '', city: '' })).toBeUndefined();
    expect(compactPostcode('0123 AB')).toBe('');
    expect(compactPostcode(' 3561  kt ')).toBe('3561KT');
  });

  it('puts the address into the URL encoded, accents and apostrophes kept', () => {
    const pdok = new PdokLocatieserver({ baseUrl: 'http://127.0.0.1:1/search/v3_1/' });
    const query = buildFreeQuery({ address: 'Skoalleane 2', postcode: '', city: 'Wâlterswâld' });
    const url = new URL(pdok.url('free', { q: query?.q ?? '', fq: query?.fq ?? [] }));
    expect(url.pathname).toBe('/search/v3_1/free');
    expect(url.searchParams.get('q')).toBe('Skoalleane 2 Wâlterswâld');
    expect(url.search).toContain('W%C3%A2ltersw%C3%A2ld');
  });
});

describe('geocoding against a fake PDOK with answers of the recorded shape', () => {
  let fake: FakePdok;
  const pdok = () =>
    new PdokLocatieserver({ baseUrl: fake.url, timeoutMs: 300, retries: 1, backoffMs: 10 });

  beforeAll(async () => {
    fake = await startFakePdok(TEST_ADDRESSES);
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.mode = 'ok';
    fake.requests.length = 0;
  });

  const found: [string, { address: string; postcode: string; city: string }, string][] = [
    ['3561 KT', { address: 'Taagdreef 14', postcode: '3561 KT', city: 'Utrecht' }, '14'],
    ['3561kt', { address: 'taagdreef 14', postcode: '3561kt', city: '' }, '14'],
    ['12 (plain)', { address: 'Kerkstraat 12', postcode: '3561AB', city: '' }, '12'],
    ['12a', { address: 'Kerkstraat 12a', postcode: '3561AB', city: '' }, '12A'],
    ['12-A', { address: 'Kerkstraat 12-A', postcode: '3561 ab', city: '' }, '12A'],
    ['12 bis', { address: 'Kerkstraat 12 bis', postcode: '3561AB', city: '' }, '12-bis'],
    ['3HS', { address: 'Wolgadreef 3HS', postcode: '3564HK', city: '' }, '3-HS'],
    ['23-II', { address: 'Zamenhofdreef 23-II', postcode: '3562JT', city: '' }, '23-II'],
    [
      '12c (unknown letter: the building)',
      { address: 'Kerkstraat 12c', postcode: '3561AB', city: '' },
      '12',
    ],
    [
      "'s-Hertogenbosch",
      { address: 'Hinthamerstraat 7', postcode: '', city: "'s-Hertogenbosch" },
      '7',
    ],
    ['Den Bosch', { address: 'Hinthamerstraat 7', postcode: '', city: 'den bosch' }, '7'],
    ['Den Haag', { address: 'Spui 70', postcode: '', city: 'Den Haag' }, '70'],
    ['Wâlterswâld', { address: 'Skoalleane 2', postcode: '', city: 'Wâlterswâld' }, '2'],
    [
      'Walterswald without accents',
      { address: 'Skoalleane 2', postcode: '', city: 'Walterswald' },
      '2',
    ],
    ['Rinsumageast', { address: 'Haadwei 5', postcode: '', city: 'Rinsumageast' }, '5'],
    ['Snits', { address: 'Marktstraat 15', postcode: '', city: 'Snits' }, '15'],
  ];

  for (const [name, typed, huisNlt] of found) {
    it(`finds ${name}`, async () => {
      const result = await geocodeAddress(pdok(), typed);
      expect(result.kind).toBe('found');
      if (result.kind !== 'found') return;
      expect(result.label).toContain(` ${huisNlt},`);
      expect(result.wijkCode).toMatch(/^WK\d{6}$/);
      expect(result.buurtCode).toMatch(/^BU\d{8}$/);
      expect(result.latitude).toBeGreaterThan(50.7);
      expect(result.longitude).toBeGreaterThan(3.3);
    });
  }

  it('reads the coordinates and codes of a recorded answer', async () => {
    const answer = await pdok().free({ q: 'postcode:1118CP and housenumber:202' });
    const doc = answer.response.docs[0];
    expect(doc?.wijkcode).toBe('WK039416');
    expect(doc?.buurtcode).toBe('BU03941663');
    expect(parsePoint(doc?.centroide_ll)).toEqual({ latitude: 52.30389723, longitude: 4.74790756 });
  });

  it('suggests and looks up with the recorded answers', async () => {
    const client = pdok();
    const suggestions = await client.suggest({ q: 'lijsterstraat 20 amersfoort' });
    expect(suggestions.response.docs).toEqual(
      fixture('suggest_lijsterstraat20_amersfoort.json').response.docs,
    );
    const id = suggestions.response.docs[0]?.id ?? '';
    const detail = await client.lookup(id);
    expect(detail.response.docs[0]).toMatchObject({ postcode: '3815DT', wijkcode: 'WK030710' });
    expect(fake.requests.map((r) => r.pathname.replace(/^.*\//, ''))).toEqual([
      'suggest',
      'lookup',
    ]);
  });

  it('says not found for a street in another place, or an unknown number', async () => {
    expect(
      await geocodeAddress(pdok(), { address: 'Taagdreef 14', postcode: '', city: 'Amersfoort' }),
    ).toEqual({ kind: 'not-found' });
    expect(
      await geocodeAddress(pdok(), { address: 'Taagdreef 99', postcode: '3561KT', city: '' }),
    ).toEqual({ kind: 'not-found' });
  });

  it('says not found for an empty answer (the recorded one)', async () => {
    fake.mode = 'empty';
    const typed = { address: 'Nergensstraat 1', postcode: '9999 ZZ', city: '' };
    expect(await geocodeAddress(pdok(), typed)).toEqual({ kind: 'not-found' });
  });

  it('gives up on a slow answer after the timeout and one retry', async () => {
    fake.mode = 'slow';
    fake.slowMs = 5000;
    const typed = { address: 'Taagdreef 14', postcode: '3561KT', city: '' };
    const started = Date.now();
    expect(await geocodeAddress(pdok(), typed)).toEqual({ kind: 'unavailable' });
    expect(fake.requests).toHaveLength(2);
    // Far below the 5 s the server takes: the user's save never waits on it.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('retries a 500 once, then reports PDOK as unavailable', async () => {
    fake.mode = 'error';
    const client = pdok();
    await expect(client.free({ q: 'x', fq: ['postcode:3561KT'] })).rejects.toBeInstanceOf(
      PdokUnavailableError,
    );
    expect(fake.requests).toHaveLength(2);
    expect(
      await geocodeAddress(client, { address: 'Taagdreef 14', postcode: '3561KT', city: '' }),
    ).toEqual({ kind: 'unavailable' });
  });

  it('does not retry broken JSON, and reports it as unavailable', async () => {
    fake.mode = 'broken';
    const typed = { address: 'Taagdreef 14', postcode: '3561KT', city: '' };
    expect(await geocodeAddress(pdok(), typed)).toEqual({ kind: 'unavailable' });
    expect(fake.requests).toHaveLength(1);
  });

  it('reports a closed port as unavailable', async () => {
    const closed = new PdokLocatieserver({ baseUrl: 'http://127.0.0.1:1/x', retries: 0 });
    const typed = { address: 'Taagdreef 14', postcode: '3561KT', city: '' };
    expect(await geocodeAddress(closed, typed)).toEqual({ kind: 'unavailable' });
  });

  it('answers the same question from its cache, but never caches a failure', async () => {
    const client = pdok();
    const typed = { address: 'Taagdreef 14', postcode: '3561KT', city: '' };
    fake.mode = 'error';
    await geocodeAddress(client, typed);
    fake.mode = 'ok';
    fake.requests.length = 0;
    await geocodeAddress(client, typed);
    await geocodeAddress(client, typed);
    expect(fake.requests).toHaveLength(1);
  });

  it('sends no more requests per second than allowed', async () => {
    const client = new PdokLocatieserver({ baseUrl: fake.url, perSecond: 20 });
    const times: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        await client.free({ q: `vraag ${n}` });
        times.push(Date.now());
      }),
    );
    expect(fake.requests).toHaveLength(5);
    times.sort((a, b) => a - b);
    // Five requests at 20 a second span at least four intervals of 50 ms.
    expect((times[4] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(190);
  });
});
