import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan } from '~/features/overzichtskaart/places.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, editTokenOf, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// The register of contacts over HTTP, as a browser without JavaScript uses it.

const kind = testDatabaseKind();

function person(name: string, extra: Record<string, string> = {}) {
  return {
    kind: 'contactpersoon',
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
    ...extra,
  };
}

/** The page without React's text separators, so sentences can be found whole. */
async function page(client: TestClient, path: string): Promise<string> {
  return (await client.html(path)).replace(/<!-- -->/g, '');
}

async function addPerson(client: TestClient, fields: Record<string, string>): Promise<string> {
  const response = await client.post('/contacten/nieuw', fields);
  expect(response.status, await response.clone().text()).toBe(302);
  return (response.headers.get('Location') ?? '').replace('/contacten/', '');
}

/** The names in the order the list shows them. */
function listedNames(html: string): string[] {
  return [...html.matchAll(/class="contacts-list__name"[^>]*>([^<]+)</g)].map((m) => m[1] ?? '');
}

describe(`contacts register (${kind})`, () => {
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

  it('keeps names as typed and sorts on the surname without tussenvoegsel', async () => {
    const { client } = await signUp(app.baseUrl);
    for (const name of [
      'Jan de Vries',
      'Ayşe van der Berg',
      'Mohammed',
      'Émile Achterberg',
      'Ольга Петрова',
      'Ayla Işık',
    ]) {
      await addPerson(client, person(name));
    }

    const html = await page(client, '/contacten');

    expect(listedNames(html)).toEqual([
      'Émile Achterberg',
      'Ayşe van der Berg',
      'Ayla Işık',
      'Mohammed',
      'Jan de Vries',
      'Ольга Петрова',
    ]);
  });

  it('finds people while ignoring accents and the Turkish İ and ı', async () => {
    const { client } = await signUp(app.baseUrl);
    await addPerson(client, person('Ayşe van der Berg'));
    await addPerson(client, person('Ayla Işık'));
    await addPerson(client, person('Mehmet İnce', { kind: 'sleutelfiguur' }));

    expect(listedNames(await page(client, '/contacten?zoek=ayse'))).toEqual(['Ayşe van der Berg']);
    expect(listedNames(await page(client, '/contacten?zoek=ISIK'))).toEqual(['Ayla Işık']);
    expect(listedNames(await page(client, '/contacten?zoek=ince'))).toEqual(['Mehmet İnce']);
    expect(listedNames(await page(client, '/contacten?soort=sleutelfiguur'))).toEqual([
      'Mehmet İnce',
    ]);
  });

  it('links a person to an organisation and keeps a key figure with what they told', async () => {
    const { client } = await signUp(app.baseUrl);
    const made = await client.post('/contacten', {
      organisationName: 'Basisschool De Regenboog',
      organisationPhone: '030-1234567',
      organisationEmail: '',
      organisationNotes: '',
    });
    expect(made.status).toBe(302);
    const org = await database.db
      .selectFrom('contactOrganisation')
      .select(['id', 'phoneNormalized'])
      .where('name', '=', 'Basisschool De Regenboog')
      .executeTakeFirstOrThrow();
    expect(org.phoneNormalized).toBe('+31301234567');

    const id = await addPerson(
      client,
      person('Samira El Amrani', {
        kind: 'sleutelfiguur',
        contactOrganisationId: org.id,
        activeWhere: 'Koffieochtend op dinsdag',
        tips: 'Veel moeders komen na het brengen naar het plein.',
        phone: '06-12345678',
      }),
    );
    const html = await page(client, `/contacten/${id}`);

    expect(html).toContain('Basisschool De Regenboog');
    expect(html).toContain('Koffieochtend op dinsdag');
    expect(html).toContain('href="tel:+31612345678"');
  });

  it('edits an organisation with an edit token, and removes it while its persons stay', async () => {
    const { client } = await signUp(app.baseUrl);
    await client.post('/contacten', {
      intent: 'organisatie-nieuw',
      organisationName: 'Buurthuis De Linde',
      organisationPhone: '',
      organisationEmail: '',
      organisationNotes: '',
    });
    const org = await database.db
      .selectFrom('contactOrganisation')
      .select('id')
      .where('name', '=', 'Buurthuis De Linde')
      .executeTakeFirstOrThrow();
    const personId = await addPerson(
      client,
      person('Kees de Vries', { contactOrganisationId: org.id }),
    );
    const form = await page(client, `/contacten?wijzig=${org.id}`);
    const edit = {
      intent: 'organisatie-wijzig',
      id: org.id,
      updatedAt: editTokenOf(form),
      organisationName: 'Buurthuis De Linde (Overvecht)',
      organisationPhone: '030 765 43 21',
      organisationNotes: 'Open op dinsdag en donderdag.',
    };

    const bad = await client.post(`/contacten?wijzig=${org.id}`, {
      ...edit,
      organisationEmail: 'geen adres',
    });
    const saved = await client.post(`/contacten?wijzig=${org.id}`, {
      ...edit,
      organisationEmail: 'info@delinde.example',
    });
    const stale = await client.post(`/contacten?wijzig=${org.id}`, {
      ...edit,
      organisationName: 'Iets anders',
      organisationEmail: '',
    });

    expect(form).toContain('value="Buurthuis De Linde"');
    expect(bad.status).toBe(400);
    const badHtml = (await bad.text()).replace(/<!-- -->/g, '');
    expect(badHtml).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl');
    expect(badHtml).toContain('value="Buurthuis De Linde (Overvecht)"');
    expect(saved.status).toBe(302);
    expect(stale.status).toBe(409);
    expect((await stale.text()).replace(/<!-- -->/g, '')).toContain(
      'Dit is intussen ook gewijzigd',
    );
    const stored = await database.db
      .selectFrom('contactOrganisation')
      .select(['name', 'phoneNormalized', 'email', 'notes'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      name: 'Buurthuis De Linde (Overvecht)',
      phoneNormalized: '+31307654321',
      email: 'info@delinde.example',
      notes: 'Open op dinsdag en donderdag.',
    });
    expect(await page(client, `/contacten?verwijder=${org.id}`)).toContain(
      'Organisatie verwijderen?',
    );

    const other = await signUp(app.baseUrl);
    const foreign = await other.client.post('/contacten', {
      intent: 'organisatie-verwijderen',
      id: org.id,
    });
    const removed = await client.post('/contacten', {
      intent: 'organisatie-verwijderen',
      id: org.id,
    });

    expect(foreign.status).toBe(404);
    expect(removed.status).toBe(302);
    const left = await database.db
      .selectFrom('contactOrganisation')
      .select('id')
      .where('id', '=', org.id)
      .execute();
    expect(left).toEqual([]);
    const kept = await database.db
      .selectFrom('contactPerson')
      .select(['name', 'contactOrganisationId'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ name: 'Kees de Vries', contactOrganisationId: null });
  });

  it('answers 400 with the typed values and a Dutch message for a bad e-mail address', async () => {
    const { client } = await signUp(app.baseUrl);

    const response = await client.post(
      '/contacten/nieuw',
      person('Noor Bakker', { email: 'noor@' }),
    );

    expect(response.status).toBe(400);
    const html = (await response.text()).replace(/<!-- -->/g, '');
    expect(html).toContain('Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.');
    expect(html).toContain('value="Noor Bakker"');
  });

  it('keeps a timeline per person, newest first', async () => {
    const { client } = await signUp(app.baseUrl);
    const id = await addPerson(client, person('Ayşe van der Berg'));

    await client.post(`/contacten/${id}`, {
      intent: 'tijdlijn-nieuw',
      eventKind: 'telefoon',
      happenedOn: '02-03-2027',
      summary: 'Gebeld over de koffieochtend.',
    });
    await client.post(`/contacten/${id}`, {
      intent: 'tijdlijn-nieuw',
      eventKind: 'bezoek',
      happenedOn: '2027-03-09',
      summary: 'Op bezoek bij de koffieochtend.',
    });
    const html = await page(client, `/contacten/${id}`);

    const visit = html.indexOf('9 maart 2027: Bezoek');
    const call = html.indexOf('2 maart 2027: Telefoontje');
    expect(visit).toBeGreaterThan(0);
    expect(call).toBeGreaterThan(visit);
  });

  it("shows the person's visits, contact moments and incoming contacts from the plans on the timeline", async () => {
    const { client } = await signUp(app.baseUrl);
    const personId = await addPerson(client, person('Ayşe İnce-van der Berg'));
    const planId = await createPlan(client, 'Samen bewegen');
    const posts = [
      client.post(`/plannen/${planId}/stap/3`, {
        intent: 'contactmoment-nieuw',
        withWhom: 'Juf Ayse Ince-van der Berg',
        placeId: '',
        plannedOn: '2027-03-29',
        plannedTime: '10:00',
        purpose: 'Vragen naar het koffie-uur',
        momentStatus: 'gepland',
        discussedOn: '',
        duration: '',
        repeat: 'nee',
        repeatUntil: '',
      }),
      client.post(`/plannen/${planId}/stap/4`, {
        intent: 'bezoek-nieuw',
        placeId: '',
        placeText: 'Schoolplein De Regenboog',
        withWhom: 'Ayşe İnce-van der Berg',
        visitOn: '16-03-2027',
        visitTime: '08:30',
        duration: '60',
        repeat: 'nee',
        repeatUntil: '',
        visitStatus: 'gedaan',
        parentsBusyWith: '',
        notes: '',
      }),
      client.post(`/plannen/${planId}/vertrouwen`, {
        intent: 'binnen-nieuw',
        receivedOn: '2027-04-02',
        receivedTime: '14:15',
        channel: 'telefoon',
        fromWhom: 'ayşe ince-van der berg (juf)',
        about: 'Er is plek op de ouderavond',
      }),
      client.post(`/plannen/${planId}/stap/3`, {
        intent: 'contactmoment-nieuw',
        withWhom: 'Meester Jan',
        placeId: '',
        plannedOn: '2027-03-30',
        plannedTime: '',
        purpose: 'Iets anders',
        momentStatus: 'gepland',
        discussedOn: '',
        duration: '',
        repeat: 'nee',
        repeatUntil: '',
      }),
      client.post(`/contacten/${personId}`, {
        intent: 'tijdlijn-nieuw',
        eventKind: 'bericht',
        happenedOn: '2027-03-20',
        summary: 'Bedankt voor het bezoek',
      }),
    ];
    for (const post of posts) {
      const response = await post;
      expect(response.status, await response.clone().text()).toBe(302);
    }

    const html = await page(client, `/contacten/${personId}`);

    const timeline = html.slice(html.indexOf('class="contacts-timeline"'));
    const order = [
      'Er is plek op de ouderavond',
      'Vragen naar het koffie-uur',
      'Bedankt voor het bezoek',
      'Schoolplein De Regenboog',
    ].map((text) => timeline.indexOf(text));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(timeline).toContain('2 april 2027, 14:15 uur: Zocht contact: gebeld');
    expect(timeline).toContain('29 maart 2027, 10:00 uur: Contactmoment (gepland)');
    expect(timeline).toContain('16 maart 2027, 08:30 uur: Bezoek (gedaan)');
    expect(timeline).toContain(`href="/plannen/${planId}/stap/4#bezoek-`);
    expect(timeline).not.toContain('Iets anders');
  });

  it('puts a removed person in the bin, from where it can be put back', async () => {
    const { client } = await signUp(app.baseUrl);
    const id = await addPerson(client, person('Jan de Vries'));

    await client.post(`/contacten/${id}`, { intent: 'contact-verwijderen' });

    expect((await client.get(`/contacten/${id}`)).status).toBe(404);
    expect(listedNames(await page(client, '/contacten'))).toEqual([]);
    expect(await page(client, '/prullenbak')).toContain('Jan de Vries');
    const restored = await client.post('/prullenbak', { intent: 'contact-terugzetten', id });
    expect(restored.headers.get('Location')).toBe(`/contacten/${id}`);
    expect(listedNames(await page(client, '/contacten'))).toEqual(['Jan de Vries']);
  });

  it("answers 404 for another organisation's person and refuses its organisation ids", async () => {
    const owner = await signUp(app.baseUrl);
    const id = await addPerson(owner.client, person('Jan de Vries'));
    await owner.client.post('/contacten', {
      organisationName: 'Moskee Al Fath',
      organisationPhone: '',
      organisationEmail: '',
      organisationNotes: '',
    });
    const org = await database.db
      .selectFrom('contactOrganisation')
      .select('id')
      .where('name', '=', 'Moskee Al Fath')
      .executeTakeFirstOrThrow();
    const other = await signUp(app.baseUrl);

    expect((await other.client.get(`/contacten/${id}`)).status).toBe(404);
    expect(
      (await other.client.post(`/contacten/${id}`, { intent: 'contact-verwijderen' })).status,
    ).toBe(404);
    expect(
      (await other.client.post('/contacten/nieuw', person('X', { contactOrganisationId: org.id })))
        .status,
    ).toBe(404);
    expect(listedNames(await page(other.client, '/contacten'))).toEqual([]);
  });

  it('shows the contacts of a top 3 place in step 3', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const plan = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    const placeId = await createPlaceOnPlan(database.db, {
      organisationId: plan.organisationId,
      planId,
      fields: {
        category: 'school',
        name: 'Basisschool De Regenboog',
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
      },
    });
    const top = await client.post(`/plannen/${planId}/stap/3`, {
      intent: 'top-3',
      top1: placeId,
      reason1: 'Veel ouders op het schoolplein.',
      top2: '',
      reason2: '',
      top3: '',
      reason3: '',
    });
    expect(top.status).toBe(302);
    const personId = await addPerson(client, person('Ayşe van der Berg', { placeId, role: 'Juf' }));

    const html = await page(client, `/plannen/${planId}/stap/3`);

    expect(html).toContain('In je contacten');
    expect(html).toMatch(
      new RegExp(`href="/contacten/${personId}"[^>]*>Ayşe van der Berg</a> \\(Juf\\)`),
    );
  });
});
