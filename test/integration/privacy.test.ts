import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Privacy (AVG) over HTTP, as a browser without JavaScript uses it: the legal basis and
// consent of people in the register.

const kind = testDatabaseKind();

function person(name: string, extra: Record<string, string> = {}) {
  return {
    kind: 'sleutelfiguur',
    name,
    role: '',
    contactOrganisationId: '',
    placeId: '',
    phone: '',
    email: '',
    activeWhere: '',
    told: '',
    tips: '',
    notes: '',
    legalBasis: 'gerechtvaardigd-belang',
    consentOn: '',
    consentHow: '',
    consentFor: '',
    ...extra,
  };
}

async function page(client: TestClient, path: string): Promise<string> {
  return (await client.html(path)).replace(/<!-- -->/g, '');
}

async function addPerson(client: TestClient, fields: Record<string, string>): Promise<string> {
  const response = await client.post('/contacten/nieuw', fields);
  expect(response.status, await response.clone().text()).toBe(302);
  return (response.headers.get('Location') ?? '').replace('/contacten/', '');
}

describe(`privacy: legal basis and consent (${kind})`, () => {
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

  it('refuses a person without a basis, with a Dutch message and the typed values kept', async () => {
    const { client } = await signUp(app.baseUrl);

    const response = await client.post(
      '/contacten/nieuw',
      person('Ayşe van der Berg', { legalBasis: '', activeWhere: 'Koffieochtend' }),
    );

    expect(response.status).toBe(400);
    const html = (await response.text()).replace(/<!-- -->/g, '');
    expect(html).toContain('op welke grond je deze gegevens bewaart');
    expect(html).toContain('value="Ayşe van der Berg"');
    expect(html).toContain('Koffieochtend');
  });

  it('asks when, how and for what consent was given when the basis is toestemming', async () => {
    const { client } = await signUp(app.baseUrl);

    const response = await client.post(
      '/contacten/nieuw',
      person('Mehmet İnce', { legalBasis: 'toestemming', consentOn: '2099-01-01' }),
    );

    expect(response.status).toBe(400);
    const html = (await response.text()).replace(/<!-- -->/g, '');
    expect(html).toContain('Deze datum ligt in de toekomst.');
    expect(html).toContain('Kies hoe de persoon toestemming gaf.');
    expect(html).toContain('Schrijf op waarvoor de persoon toestemming gaf.');
    expect(html).toContain('value="Mehmet İnce"');
  });

  it('stores the consent and shows it on the person page', async () => {
    const { client } = await signUp(app.baseUrl);

    const id = await addPerson(
      client,
      person('Mehmet İnce', {
        legalBasis: 'toestemming',
        consentOn: '12-01-2026',
        consentHow: 'mondeling',
        consentFor: 'Bellen over de koffieochtend.',
      }),
    );

    const html = await page(client, `/contacten/${id}`);
    expect(html).toContain('Toestemming');
    expect(html).toContain('12 januari 2026');
    expect(html).toContain('Mondeling');
    expect(html).toContain('Bellen over de koffieochtend.');
    const stored = await database.db
      .selectFrom('contactPerson')
      .select(['legalBasis', 'consentOn', 'consentHow', 'consentFor'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      legalBasis: 'toestemming',
      consentOn: '2026-01-12',
      consentHow: 'mondeling',
      consentFor: 'Bellen over de koffieochtend.',
    });
  });

  it('drops the consent details when the basis changes to another one', async () => {
    const { client } = await signUp(app.baseUrl);
    const id = await addPerson(
      client,
      person('Noor Bakker', {
        legalBasis: 'toestemming',
        consentOn: '2026-01-12',
        consentHow: 'e-mail',
        consentFor: 'Mailen over bijeenkomsten.',
      }),
    );

    const response = await client.post(`/contacten/${id}`, {
      intent: 'contact-wijzig',
      ...person('Noor Bakker', { legalBasis: 'publieke-taak', consentOn: '2026-01-12' }),
    });

    expect(response.status).toBe(302);
    const stored = await database.db
      .selectFrom('contactPerson')
      .select(['legalBasis', 'consentOn', 'consentHow', 'consentFor'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      legalBasis: 'publieke-taak',
      consentOn: null,
      consentHow: '',
      consentFor: '',
    });
    expect(await page(client, `/contacten/${id}`)).toContain('Publieke taak');
  });
});
