import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { type FakePdok, startFakePdok, TEST_ADDRESSES } from '../support/fake-pdok';
import { createPlan, signUp, type TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Geocoding of meeting places over HTTP, with JavaScript off: the app talks to a fake PDOK on
// 127.0.0.1 that answers with documents of the recorded shape, or fails as the real one can.

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const isCi = process.env.CI === 'true';

function pdfText(bytes: ArrayBuffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'oidw-geocoding-'));
  try {
    const file = path.join(dir, 'kaart.pdf');
    writeFileSync(file, Buffer.from(bytes));
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EMPTY_PLACE = {
  category: 'school',
  name: '',
  address: '',
  postcode: '',
  city: '',
  whenParents: '',
  organisationName: '',
  contactPerson: '',
  phone: '',
  email: '',
  socialMedia: '',
  notes: '',
  tipFrom: '',
};

function decode(text: string): string {
  return text
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

async function flashAfter(client: TestClient, response: Response): Promise<string> {
  const html = await client.html(response.headers.get('Location') ?? '/');
  return decode(/class="flash flash--\w+" role="status">([^<]*)</.exec(html)?.[1] ?? '');
}

function placeIdFrom(response: Response): string {
  const match = /#plek-([0-9a-f-]+)$/.exec(response.headers.get('Location') ?? '');
  if (!match?.[1]) throw new Error(`no place in redirect: ${response.status}`);
  return match[1];
}

/** The part of the page that shows one place on its card. */
function placeOnPage(html: string, placeId: string): string {
  const start = html.indexOf(`id="plek-${placeId}"`);
  return decode(html.slice(start, html.indexOf('</tr>', start)));
}

describe(`geocoding meeting places (${testDatabaseKind()})`, () => {
  let app: AppServer;
  let pdok: FakePdok;

  beforeAll(async () => {
    pdok = await startFakePdok(TEST_ADDRESSES);
    app = await startAppServer({
      kind: testDatabaseKind(),
      env: { PDOK_LOCATIESERVER_URL: pdok.url },
    });
  });

  afterAll(async () => {
    await app?.stop();
    await pdok?.close();
  });

  beforeEach(() => {
    pdok.mode = 'ok';
    pdok.requests.length = 0;
  });

  async function newPlan() {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    return { client, planId, page: `/plannen/${planId}/overzichtskaart` };
  }

  async function addPlace(client: TestClient, page: string, fields: Partial<typeof EMPTY_PLACE>) {
    const response = await client.post(`${page}?toevoegen=school`, {
      ...EMPTY_PLACE,
      ...fields,
      intent: 'plek-toevoegen',
      formToken: randomUUID(),
    });
    expect(response.status, await response.clone().text()).toBe(302);
    return { placeId: placeIdFrom(response), flash: await flashAfter(client, response) };
  }

  it('looks the address up on save and shows the wijk on the card and the map list', async () => {
    const { client, page } = await newPlan();

    const { placeId, flash } = await addPlace(client, page, {
      name: 'Basisschool De Regenboog',
      address: 'taagdreef 14',
      postcode: '3561kt',
      city: 'Utrecht',
    });

    expect(flash).toBe(
      'Basisschool De Regenboog staat nu op de kaart. Het adres ligt in de wijk Overvecht.',
    );
    const free = pdok.requests.find((r) => r.pathname.endsWith('/free'));
    expect(free?.searchParams.getAll('fq')).toEqual([
      'type:adres',
      'postcode:3561KT',
      'huisnummer:14',
    ]);
    const html = await client.html(page);
    const card = placeOnPage(html, placeId);
    expect(card).toContain('<dt>Wijk</dt>');
    expect(card).toContain('Overvecht');
    expect(card).toContain('nummer 1 op de kaart');
    expect(card).not.toContain('Adres opnieuw zoeken');
    expect(html).toContain('Kaart van de plekken');
    expect(html).toMatch(
      /<li value="1"><a href="#plek-[^"]+"><span dir="auto">Basisschool De Regenboog<\/span><\/a>/,
    );
    expect(html).toContain('De kaart heeft JavaScript nodig');
    expect(html).toContain('Kaartgegevens © Kadaster');

    const document = await (
      await client.get(`/plannen/${(/plannen\/([^/]+)/.exec(page) ?? [])[1]}/export.json`)
    ).json();
    expect(document.places[0]).toMatchObject({
      latitude: 52.1188,
      longitude: 5.1152,
      wijkCode: 'WK034403',
      buurtCode: 'BU03440311',
    });
  });

  // Each with an address of its own: the app keeps PDOK's answers in its cache.
  for (const [mode, name, address] of [
    ['error', 'PDOK answers 500', 'Kerkstraat 12-A'],
    ['slow', 'PDOK does not answer in time', 'Kerkstraat 12 bis'],
    ['broken', 'PDOK answers broken JSON', 'Kerkstraat 12'],
  ] as const) {
    it(`saves the place when ${name}, marks it and lets the user retry`, async () => {
      const { client, page } = await newPlan();
      pdok.mode = mode;
      pdok.slowMs = 20_000;

      const typed = {
        name: 'Speeltuin Oase',
        address,
        postcode: '3561 AB',
        city: 'Utrecht',
        contactPerson: 'Ayşe Demir',
        notes: 'Elke woensdag, na school.',
      };
      const { placeId, flash } = await addPlace(client, page, typed);

      expect(flash).toContain('Speeltuin Oase staat nu op de kaart.');
      expect(flash).toContain('adreszoeker van PDOK gaf geen antwoord');
      const card = placeOnPage(await client.html(page), placeId);
      for (const value of [
        'Speeltuin Oase',
        address,
        '3561 AB',
        'Ayşe Demir',
        'Elke woensdag, na school.',
      ]) {
        expect(card).toContain(value);
      }
      expect(card).toContain('adres niet gevonden op de kaart');
      expect(card).toContain('name="intent" value="adres-opzoeken"');
      expect(card).toContain('Adres opnieuw zoeken');

      pdok.mode = 'ok';
      const retry = await client.post(page, { intent: 'adres-opzoeken', placeId });
      expect(retry.status).toBe(302);
      expect(await flashAfter(client, retry)).toBe(
        'Het adres van Speeltuin Oase is gevonden. Het ligt in de wijk Overvecht.',
      );
      const after = placeOnPage(await client.html(page), placeId);
      expect(after).not.toContain('adres niet gevonden');
      expect(after).toContain('Overvecht');
    });
  }

  it('says so when PDOK finds nothing, and keeps the place', async () => {
    const { client, page } = await newPlan();
    pdok.mode = 'empty';

    const { placeId, flash } = await addPlace(client, page, {
      name: 'Markt Overvecht',
      address: 'Nergensplein 1',
      postcode: '3563 ZZ',
    });

    expect(flash).toContain('konden het adres niet vinden');
    expect(placeOnPage(await client.html(page), placeId)).toContain(
      'adres niet gevonden op de kaart',
    );
  });

  it('looks the address up again when it is changed, not when other fields are', async () => {
    const { client, page } = await newPlan();
    const { placeId } = await addPlace(client, page, {
      name: 'Buurthuis',
      address: 'Taagdreef 14',
      postcode: '3561KT',
    });
    const edit = (fields: Partial<typeof EMPTY_PLACE>, version: string) =>
      client.post(`${page}?wijzig=${placeId}`, {
        ...EMPTY_PLACE,
        name: 'Buurthuis',
        address: 'Taagdreef 14',
        postcode: '3561KT',
        ...fields,
        intent: 'plek-wijzigen',
        placeId,
        version,
      });

    pdok.requests.length = 0;
    const notes = await edit({ notes: 'Koffie op dinsdag.' }, '1');
    expect(notes.status).toBe(302);
    expect(pdok.requests).toHaveLength(0);

    const moved = await edit({ address: 'Wolgadreef 3HS', postcode: '3564hk' }, '2');
    expect(moved.status).toBe(302);
    expect(await flashAfter(client, moved)).toContain('Het adres ligt in de wijk Overvecht.');
    expect(pdok.requests.at(-1)?.searchParams.getAll('fq')).toContain('postcode:3564HK');
  });

  it('"Zoek alle adressen op" looks up every place without coordinates and reports the counts', async () => {
    const { client, page } = await newPlan();
    pdok.mode = 'error';
    await addPlace(client, page, {
      name: 'School A',
      address: 'Hinthamerstraat 7',
      city: 'Den Bosch',
    });
    await addPlace(client, page, {
      name: 'School B',
      address: 'Spui 70',
      city: 'Den Haag',
    });
    await addPlace(client, page, {
      name: 'School C',
      address: 'Onbekendpad 9',
      postcode: '3561 AB',
    });
    await addPlace(client, page, { name: 'School D' });
    const before = await client.html(page);
    expect(before).toContain('Zoek alle adressen op');
    expect(decode(before)).toContain('School D</span></a> (geen adres)');

    pdok.mode = 'ok';
    const response = await client.post(page, { intent: 'alle-adressen-opzoeken' });

    expect(response.status).toBe(302);
    expect(await flashAfter(client, response)).toBe(
      'De adressen zijn opgezocht. Gevonden: 2 plekken. Niet gevonden: 1 plek. Zonder adres: 1 plek.',
    );
    const html = await client.html(page);
    expect(html).toMatch(/<li value="2">/);
    expect(decode(html)).toContain('School C</span></a> (adres niet gevonden)');
  });

  it('stops "Zoek alle adressen op" when PDOK is down, and says how many are left', async () => {
    const { client, page } = await newPlan();
    pdok.mode = 'error';
    await addPlace(client, page, { name: 'School A', address: 'Haadwei 5', city: 'Rinsumageast' });
    await addPlace(client, page, {
      name: 'School B',
      address: 'Skoalleane 2',
      city: 'Walterswald',
    });
    pdok.requests.length = 0;

    const response = await client.post(page, { intent: 'alle-adressen-opzoeken' });

    expect(await flashAfter(client, response)).toContain('2 plekken zijn nog niet opgezocht');
    // One place tried (with its one retry), then it stopped.
    expect(pdok.requests).toHaveLength(2);
  });

  it('shows on step 2 which places lie in each wijk of the plan', async () => {
    const { client, planId, page } = await newPlan();
    await addPlace(client, page, {
      name: 'Speeltuin Noord',
      address: 'Taagdreef 14',
      postcode: '3561KT',
    });
    await addPlace(client, page, {
      name: 'Brede school',
      address: 'Marktstraat 15',
      city: 'Snits',
    });
    await addPlace(client, page, { name: 'Zonder adres' });

    const html = decode(await client.html(`/plannen/${planId}/stap/2`));

    expect(html).toContain('Ontmoetingsplekken in je wijken');
    const section = html.slice(html.indexOf('id="plekken-per-wijk"'));
    expect(section).toMatch(/Overvecht <span class="wijk-places__count">\(1 plek\)<\/span>/);
    expect(section).toContain('<span dir="auto">Speeltuin Noord</span>');
    expect(section).toContain('Buiten je wijken: Brede school (Sneek).');
    expect(section).toContain('Van 1 plek weten we de wijk nog niet');
  });

  it.skipIf(!hasPoppler && !isCi)(
    'draws the located places, numbered, on a map page of the PDF',
    async () => {
      const { client, page } = await newPlan();
      await addPlace(client, page, {
        name: 'Consultatiebureau Noord',
        address: 'Zamenhofdreef 23-II',
        postcode: '3562JT',
      });
      pdok.mode = 'empty';
      await addPlace(client, page, {
        name: 'Onvindbaar',
        address: 'Nergenspad 1',
        postcode: '3562 ZZ',
      });

      const response = await client.get(`${page}.pdf`);
      expect(response.status).toBe(200);
      const text = pdfText(await response.arrayBuffer());

      expect(text).toContain('Kaart van de plekken');
      expect(text).toMatch(
        /1\. Consultatiebureau Noord · Zamenhofdreef 23-II, 3562 JT · wijk Overvecht/,
      );
      expect(text).toContain('Kadaster / Centraal Bureau voor de Statistiek, 2024');
      expect(text).toContain('1 plek staat niet op de kaart');
    },
  );

  it('suggests addresses while typing and splits the chosen one into the form fields', async () => {
    const { client } = await signUp(app.baseUrl);

    const suggest = await client.get('/api/adressen?q=lijsterstraat%2020%20amersfoort');
    expect(suggest.status).toBe(200);
    expect(await suggest.json()).toEqual({
      suggesties: [
        {
          id: 'adr-fb6a9e8075bd7e25281db1d21fb17982',
          label: 'Lijsterstraat 20, 3815DT Amersfoort',
        },
      ],
    });
    const sent = pdok.requests.find((r) => r.pathname.endsWith('/suggest'));
    expect(sent?.searchParams.get('q')).toBe('lijsterstraat 20 amersfoort');
    expect(sent?.searchParams.getAll('fq')).toEqual(['type:adres']);

    const lookup = await client.get('/api/adressen?id=adr-fb6a9e8075bd7e25281db1d21fb17982');
    expect(await lookup.json()).toEqual({
      adres: { address: 'Lijsterstraat 20', postcode: '3815 DT', city: 'Amersfoort' },
    });

    expect(await (await client.get('/api/adressen?q=ab')).json()).toEqual({ suggesties: [] });
    expect((await client.get('/api/adressen?id=../../etc')).status).toBe(404);

    pdok.mode = 'error';
    const down = await client.get('/api/adressen?q=kerkstraat%201%20utrecht');
    expect(down.status).toBe(503);
    expect((await down.json()).fout).toContain('Typ het adres zelf in');

    client.dropCookies();
    expect((await client.get('/api/adressen?q=lijsterstraat')).status).toBe(401);
  });

  it('looks up one place as JSON for the progress of "Zoek alle adressen op" with JavaScript', async () => {
    const { client, page } = await newPlan();
    pdok.mode = 'error';
    const { placeId } = await addPlace(client, page, {
      name: 'Bibliotheek',
      address: 'Skoalleane 2',
      city: 'Wâlterswâld',
    });
    const post = (id: string) => {
      const body = new FormData();
      body.set('placeId', id);
      return client.request('/api/adressen', { method: 'POST', body });
    };

    const down = await post(placeId);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ resultaat: 'unavailable' });

    pdok.mode = 'ok';
    const found = await post(placeId);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ resultaat: 'found' });
    expect(placeOnPage(await client.html(page), placeId)).not.toContain('adres niet gevonden');
    expect(await client.html(page)).toMatch(/<li value="1">/);

    const other = await newPlan();
    expect(
      (
        await other.client.request('/api/adressen', {
          method: 'POST',
          body: (() => {
            const body = new FormData();
            body.set('placeId', placeId);
            return body;
          })(),
        })
      ).status,
    ).toBe(404);
    client.dropCookies();
    expect((await post(placeId)).status).toBe(401);
  });

  it("answers 404 for another organisation's place", async () => {
    const first = await newPlan();
    const { placeId } = await addPlace(first.client, first.page, {
      name: 'Geheim',
      address: 'Taagdreef 14',
      postcode: '3561KT',
    });
    const second = await newPlan();

    const response = await second.client.post(second.page, { intent: 'adres-opzoeken', placeId });

    expect(response.status).toBe(404);
  });
});
