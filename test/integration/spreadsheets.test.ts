import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan } from '~/features/overzichtskaart/places.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Spreadsheet exports of the meeting places and contact persons.

const kind = testDatabaseKind();

describe(`spreadsheet exports (${kind})`, () => {
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

  async function planWithPlace() {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const plan = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    await createPlaceOnPlan(database.db, {
      organisationId: plan.organisationId,
      planId,
      fields: {
        category: 'geloof',
        name: '=Moskee; "Al Fath"',
        address: 'Kerkstraat 1',
        postcode: '0123 AB',
        city: 'Utrecht',
        whenParents: 'Vrijdag na het gebed',
        organisationName: 'Stichting Al Fath',
        contactPerson: 'Ayşe İnce',
        phone: '+31 6 1234 5678',
        email: '',
        socialMedia: '',
        notes: 'Eerste regel\nTweede regel',
        tipFrom: '',
      },
    });
    await client.post('/contacten/nieuw', {
      kind: 'sleutelfiguur',
      name: 'Ayşe van der Berg',
      role: '',
      contactOrganisationId: '',
      placeId: '',
      phone: '0612345678',
      email: '',
      activeWhere: 'Koffieochtend',
      told: '',
      tips: '',
      notes: '',
      legalBasis: 'gerechtvaardigd-belang',
    });
    return { client, planId };
  }

  it('exports the meeting places as CSV for Dutch Excel', async () => {
    const { client, planId } = await planWithPlace();

    const response = await client.get(`/plannen/${planId}/export/ontmoetingsplekken.csv`);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte order mark itself.
    const text = new TextDecoder().decode(bytes);
    const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data;
    expect(rows[0]?.slice(0, 4)).toEqual(['Naam', 'Categorie', 'Adres', 'Postcode']);
    expect(rows[1]?.[0]).toBe('\'=Moskee; "Al Fath"');
    expect(rows[1]?.[1]).toBe('Moskee, kerk en tempel');
    expect(rows[1]?.[3]).toBe('0123 AB');
    expect(rows[1]?.[7]).toBe('Ayşe İnce');
    expect(rows[1]?.[8]).toBe('="+31 6 1234 5678"');
    expect(rows[1]?.[11]).toBe('Eerste regel\nTweede regel');
  });

  it('exports the meeting places and contact persons as XLSX', async () => {
    const { client, planId } = await planWithPlace();

    const places = await client.get(`/plannen/${planId}/export/ontmoetingsplekken.xlsx`);
    const persons = await client.get(`/plannen/${planId}/export/contactpersonen.xlsx`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await places.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet?.getCell('A2').value).toBe('=Moskee; "Al Fath"');
    expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('I2').value).toBe('+31 6 1234 5678');
    const people = new ExcelJS.Workbook();
    await people.xlsx.load(await persons.arrayBuffer());
    expect(people.worksheets[0]?.getCell('A2').value).toBe('Ayşe van der Berg');
    expect(people.worksheets[0]?.getCell('F2').value).toBe('0612345678');
  });

  it('answers 404 for another organisation and for an unknown file', async () => {
    const { client, planId } = await planWithPlace();
    const other = await signUp(app.baseUrl);

    expect(
      (await other.client.get(`/plannen/${planId}/export/ontmoetingsplekken.csv`)).status,
    ).toBe(404);
    expect((await client.get(`/plannen/${planId}/export/iets.xlsx`)).status).toBe(404);
  });
});
