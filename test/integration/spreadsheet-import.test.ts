import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOwnCategory,
  createPlaceOnPlan,
  type PlaceFields,
  setTopThree,
} from '~/features/overzichtskaart/places.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Import of meeting places and contact persons from XLSX and CSV: upload, match the columns,
// all or nothing, known places and persons matched rather than doubled, and our own exports
// importing back with nothing lost.

const kind = testDatabaseKind();

const blankPlace: PlaceFields = {
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

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What a browser would post in step two: the hidden rows and each select as shown. */
function stepTwoFields(html: string, change: Record<number, string> = {}): Record<string, string> {
  const sheet = /name="sheet" value="([^"]*)"/.exec(html)?.[1];
  if (sheet === undefined) throw new Error('No hidden sheet field on the page');
  const fields: Record<string, string> = { intent: 'importeren', sheet: unescapeHtml(sheet) };
  for (const match of html.matchAll(/<select[^>]*name="kolom-(\d+)"[^>]*>(.*?)<\/select>/gs)) {
    const column = Number(match[1]);
    const selected =
      /<option[^>]*selected=""[^>]*value="([^"]*)"|<option[^>]*value="([^"]*)"[^>]*selected=""/.exec(
        match[2] ?? '',
      );
    fields[`kolom-${column}`] = change[column] ?? selected?.[1] ?? selected?.[2] ?? '';
  }
  return fields;
}

async function upload(
  client: TestClient,
  path: string,
  file: { name: string; bytes: Uint8Array; type?: string },
): Promise<Response> {
  const form = new FormData();
  form.set('intent', 'bestand');
  form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? '' }), file.name);
  return client.request(path, { method: 'POST', body: form });
}

/** Uploads a file and posts step two with the columns as the page guessed them. */
async function importFile(
  client: TestClient,
  path: string,
  file: { name: string; bytes: Uint8Array },
  change: Record<number, string> = {},
): Promise<{ preview: Response; html: string; result: Response }> {
  const preview = await upload(client, path, file);
  const html = await preview.text();
  const result = await client.post(path, stepTwoFields(html, change));
  return { preview, html, result };
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe(`spreadsheet import (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({ kind: 'sqlite', env: pg ? { DATABASE_URL: pg.url } : {} });
    database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await app?.stop();
    await dropPostgres?.();
  });

  async function organisationOf(planId: string) {
    const plan = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    return plan.organisationId;
  }

  async function countPlaces(organisationId: string) {
    const rows = await database.db
      .selectFrom('place')
      .select('id')
      .where('organisationId', '=', organisationId)
      .execute();
    return rows.length;
  }

  /** A plan with places that test every rule of the export: formulas, +, own category, top 3. */
  async function planWithPlaces() {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const organisationId = await organisationOf(planId);
    const own = await createOwnCategory(database.db, { organisationId, name: 'Kapper' });
    const scope = { organisationId, planId };
    const mosque = await createPlaceOnPlan(database.db, {
      ...scope,
      fields: {
        ...blankPlace,
        category: 'geloof',
        name: '=Moskee; "Al Fath"',
        address: 'Kerkstraat 1',
        postcode: '3562 JT',
        city: 'Utrecht',
        whenParents: 'Vrijdag na het gebed',
        organisationName: 'Stichting Al Fath',
        contactPerson: 'Ayşe İnce',
        phone: '+31 6 1234 5678',
        email: 'info@alfath.example',
        notes: 'Eerste regel\nTweede regel, met komma',
        tipFrom: '-buurman',
      },
    });
    await createPlaceOnPlan(database.db, {
      ...scope,
      fields: { ...blankPlace, category: own, name: 'Kapsalon Şahin', phone: '030-1234567' },
    });
    const school = await createPlaceOnPlan(database.db, {
      ...scope,
      fields: {
        ...blankPlace,
        name: 'Basisschool De Regenboog',
        address: 'Plein 2',
        postcode: '3563 AB',
      },
    });
    await setTopThree(database.db, {
      ...scope,
      top: [
        { placeId: school, rank: 1, reason: 'Alle ouders komen hier' },
        { placeId: mosque, rank: 2, reason: 'Vertrouwd' },
      ],
    });
    return { client, planId, organisationId };
  }

  for (const format of ['csv', 'xlsx'] as const) {
    it(`imports its own ${format.toUpperCase()} export into another organisation with nothing lost, and again without doubles`, async () => {
      const source = await planWithPlaces();
      const exported = await bytesOf(
        await source.client.get(`/plannen/${source.planId}/export/ontmoetingsplekken.${format}`),
      );
      const { client } = await signUp(app.baseUrl);
      const planId = await createPlan(client);
      const organisationId = await organisationOf(planId);
      const path = `/plannen/${planId}/ontmoetingsplekken/importeren`;

      const first = await importFile(client, path, { name: `plekken.${format}`, bytes: exported });
      const again = await importFile(client, path, { name: `plekken.${format}`, bytes: exported });

      expect(first.preview.status).toBe(200);
      expect(first.html).toContain('Kolom 1: Naam');
      expect(first.html).toContain('Kapsalon Şahin');
      expect(first.result.status).toBe(302);
      expect(first.result.headers.get('Location')).toBe(`/plannen/${planId}/overzichtskaart`);
      expect(again.result.status).toBe(302);
      expect(await countPlaces(organisationId)).toBe(3);
      const reexported = await bytesOf(
        await client.get(`/plannen/${planId}/export/ontmoetingsplekken.${format}`),
      );
      if (format === 'csv') {
        expect(new TextDecoder().decode(reexported)).toBe(new TextDecoder().decode(exported));
      } else {
        expect(await sheetValues(reexported)).toEqual(await sheetValues(exported));
      }
    });
  }

  it('matches places the organisation already has, ignoring case and spaces, and puts them on the plan', async () => {
    const source = await planWithPlaces();
    const otherPlan = await createPlan(source.client, 'Tweede plan');
    const csv =
      'Naam;Categorie;Adres\r\nbasisschool  de REGENBOOG;School;plein 2\r\nNieuwe plek;Markt;\r\n';

    const { result } = await importFile(
      source.client,
      `/plannen/${otherPlan}/ontmoetingsplekken/importeren`,
      { name: 'lijst.csv', bytes: new TextEncoder().encode(csv) },
    );

    expect(result.status).toBe(302);
    expect(await countPlaces(source.organisationId)).toBe(4);
    const onPlan = await database.db
      .selectFrom('planPlace')
      .innerJoin('place', 'place.id', 'planPlace.placeId')
      .select(['place.name', 'place.category'])
      .where('planPlace.planId', '=', otherPlan)
      .orderBy('place.name')
      .execute();
    expect(onPlan).toEqual([
      { name: 'Basisschool De Regenboog', category: 'school' },
      { name: 'Nieuwe plek', category: 'markt' },
    ]);
  });

  it('detects Windows-1252 with commas and UTF-8 with tabs', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const organisationId = await organisationOf(planId);
    const path = `/plannen/${planId}/ontmoetingsplekken/importeren`;
    // "Café Ré" and "één" in Windows-1252: é is 0xE9.
    const latin = Uint8Array.from([
      ...new TextEncoder().encode('Naam,Categorie,Plaats\r\nCaf'),
      0xe9,
      ...new TextEncoder().encode(' R'),
      0xe9,
      ...new TextEncoder().encode(',Markt,"Utrecht, Noord"\r\n'),
    ]);
    const tabs = new TextEncoder().encode(
      'Naam\tCategorie\tTelefoon\nİnci Işık\tMarkt\t06 1234 5678\n',
    );

    const one = await importFile(client, path, { name: 'oud.csv', bytes: latin });
    const two = await importFile(client, path, { name: 'tabs.txt', bytes: tabs });

    expect(one.result.status).toBe(302);
    expect(two.result.status).toBe(302);
    const places = await database.db
      .selectFrom('place')
      .select(['name', 'city', 'phone'])
      .where('organisationId', '=', organisationId)
      .orderBy('name')
      .execute();
    expect(places).toEqual([
      { name: 'Café Ré', city: 'Utrecht, Noord', phone: '' },
      { name: 'İnci Işık', city: '', phone: '06 1234 5678' },
    ]);
  });

  it('imports nothing when one row is wrong, and says which row and why in Dutch', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const organisationId = await organisationOf(planId);
    const csv =
      '\uFEFFNaam;Categorie;Postcode;Telefoon\r\nGoede plek;Markt;3562 JT;06-12345678\r\n\r\nFoute plek;Markt;12345;bel mij\r\n;Markt;;\r\n';

    const { result } = await importFile(
      client,
      `/plannen/${planId}/ontmoetingsplekken/importeren`,
      { name: 'fout.csv', bytes: new TextEncoder().encode(csv) },
    );

    expect(result.status).toBe(400);
    const html = await result.text();
    expect(html).toContain('Er is niets geïmporteerd');
    expect(html).toContain('Regel 4, Postcode: Een postcode is vier cijfers en twee letters');
    expect(html).toContain('Regel 4, Telefoon: Dit is geen telefoonnummer');
    expect(html).toContain('Regel 5, Naam van de plek: Vul de naam van de plek in.');
    expect(html).not.toContain('Regel 2');
    expect(await countPlaces(organisationId)).toBe(0);
  });

  it('asks for the columns it needs and refuses a column chosen twice', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const path = `/plannen/${planId}/ontmoetingsplekken/importeren`;
    const csv = new TextEncoder().encode('Titel;Soort;Andere naam\r\nPlek;Markt;Plek 2\r\n');

    const missing = await importFile(client, path, { name: 'a.csv', bytes: csv });
    const preview = await upload(client, path, { name: 'a.csv', bytes: csv });
    const twice = await client.post(
      path,
      stepTwoFields(await preview.text(), { 0: 'name', 2: 'name' }),
    );

    expect(missing.result.status).toBe(400);
    expect(await missing.result.text()).toContain(
      'Kies welke kolom &quot;Naam van de plek&quot; is.',
    );
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('Ook kolom 1 is al');
    expect(await countPlaces(await organisationOf(planId))).toBe(0);
  });

  it('refuses an empty, an old .xls or a broken file with a Dutch message', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const path = `/plannen/${planId}/ontmoetingsplekken/importeren`;

    const empty = await upload(client, path, {
      name: 'leeg.csv',
      bytes: new TextEncoder().encode('Naam;Categorie\r\n'),
    });
    const xls = await upload(client, path, {
      name: 'oud.xls',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]),
    });
    const zip = await upload(client, path, {
      name: 'kapot.xlsx',
      bytes: Uint8Array.from([0x50, 0x4b, 3, 4, 9]),
    });

    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('In dit bestand staan geen gegevens.');
    expect(await xls.text()).toContain('oud Excel-bestand (.xls)');
    expect(await zip.text()).toContain('Dit Excel-bestand kan de app niet lezen.');
    const large = await upload(client, path, {
      name: 'groot.csv',
      bytes: new TextEncoder().encode(`Naam;Categorie\r\n${'x'.repeat(2 * 1024 * 1024)};Markt\r\n`),
    });
    expect(large.status).toBe(413);
    expect(await large.text()).toContain('Dit bestand is te groot.');
  });

  it('answers 404 for the plan of another organisation', async () => {
    const source = await planWithPlaces();
    const other = await signUp(app.baseUrl);

    const page = await other.client.get(`/plannen/${source.planId}/ontmoetingsplekken/importeren`);
    const post = await upload(
      other.client,
      `/plannen/${source.planId}/ontmoetingsplekken/importeren`,
      {
        name: 'x.csv',
        bytes: new TextEncoder().encode('Naam;Categorie\r\nX;Markt\r\n'),
      },
    );

    expect(page.status).toBe(404);
    expect(post.status).toBe(404);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`imports the contact persons back from ${format.toUpperCase()} with their organisation and place, without doubles`, async () => {
      const source = await planWithPlaces();
      const placeId = (
        await database.db
          .selectFrom('place')
          .select('id')
          .where('organisationId', '=', source.organisationId)
          .where('name', '=', 'Kapsalon Şahin')
          .executeTakeFirstOrThrow()
      ).id;
      await source.client.post('/contacten', {
        organisationName: 'Buurtteam Noord',
        organisationPhone: '',
        organisationEmail: '',
        organisationNotes: '',
      });
      const organisation = await database.db
        .selectFrom('contactOrganisation')
        .select('id')
        .where('organisationId', '=', source.organisationId)
        .executeTakeFirstOrThrow();
      for (const person of [
        {
          kind: 'contactpersoon',
          name: 'Jan van der Berg',
          role: 'Jongerenwerker',
          contactOrganisationId: organisation.id,
          placeId: '',
          phone: '06-12345678',
          email: 'jan@example.org',
          activeWhere: '',
        },
        {
          kind: 'sleutelfiguur',
          name: 'Ayşe',
          role: '',
          contactOrganisationId: '',
          placeId,
          phone: '',
          email: '',
          activeWhere: 'Koffieochtend; dinsdag',
        },
      ]) {
        await source.client.post('/contacten/nieuw', {
          ...person,
          told: '',
          tips: '',
          notes: '',
          legalBasis: 'gerechtvaardigd-belang',
        });
      }
      const places = await bytesOf(
        await source.client.get(`/plannen/${source.planId}/export/ontmoetingsplekken.${format}`),
      );
      const persons = await bytesOf(
        await source.client.get(`/plannen/${source.planId}/export/contactpersonen.${format}`),
      );
      const { client } = await signUp(app.baseUrl);
      const planId = await createPlan(client);

      const before = await importFile(client, '/contacten/importeren', {
        name: `p.${format}`,
        bytes: persons,
      });
      await importFile(client, `/plannen/${planId}/ontmoetingsplekken/importeren`, {
        name: `o.${format}`,
        bytes: places,
      });
      const first = await importFile(client, '/contacten/importeren', {
        name: `p.${format}`,
        bytes: persons,
      });
      const again = await importFile(client, '/contacten/importeren', {
        name: `p.${format}`,
        bytes: persons,
      });

      // Without the places the link to "Kapsalon Şahin" would be lost: nothing is imported.
      expect(before.result.status).toBe(400);
      expect(await before.result.text()).toContain('Importeer eerst de ontmoetingsplekken');
      expect(first.result.status).toBe(302);
      expect(again.result.status).toBe(302);
      const reexported = await bytesOf(
        await client.get(`/plannen/${planId}/export/contactpersonen.${format}`),
      );
      if (format === 'csv') {
        expect(new TextDecoder().decode(reexported)).toBe(new TextDecoder().decode(persons));
      } else {
        expect(await sheetValues(reexported)).toEqual(await sheetValues(persons));
      }
    });
  }
});

async function sheetValues(bytes: Uint8Array): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const rows: unknown[] = [];
  book.worksheets[0]?.eachRow((row) => {
    rows.push(row.values);
  });
  return rows;
}
