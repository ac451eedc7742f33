import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan } from '~/features/overzichtskaart/places.server';
import { runRetentionJob } from '~/features/privacy/retention.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// The retention job with the clock set forward: personal data of a plan that is afgerond or
// gearchiveerd goes after the organisation's number of months, once, whatever the number of
// processes that try.

const kind = testDatabaseKind();

function monthsFromNow(months: number): Date {
  return DateTime.utc().plus({ months }).toJSDate();
}

function person(name: string) {
  return {
    kind: 'sleutelfiguur',
    name,
    role: '',
    contactOrganisationId: '',
    placeId: '',
    phone: '06 12345678',
    email: '',
    activeWhere: '',
    told: '',
    tips: '',
    notes: '',
    legalBasis: 'gerechtvaardigd-belang',
  };
}

async function post(client: TestClient, path: string, fields: Record<string, string>) {
  const response = await client.post(path, fields);
  expect(response.status, `${path} ${fields.intent}`).toBe(302);
  return response;
}

async function addPerson(client: TestClient, name: string): Promise<string> {
  const response = await post(client, '/contacten/nieuw', person(name));
  return (response.headers.get('Location') ?? '').replace('/contacten/', '');
}

async function addMoment(client: TestClient, planId: string, withWhom: string) {
  await post(client, `/plannen/${planId}/stap/3`, {
    intent: 'contactmoment-nieuw',
    withWhom,
    placeId: '',
    plannedOn: '14-03-2027',
    plannedTime: '09:30',
    purpose: 'Kennismaken op de koffieochtend.',
    momentStatus: 'gepland',
    discussedOn: '',
  });
}

describe(`retention job (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let second: DatabaseHandle;
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({ kind: 'sqlite', env: pg ? { DATABASE_URL: pg.url } : {} });
    database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
    // A second connection pool, as a second app process has.
    second = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await second?.close();
    await app?.stop();
    await dropPostgres?.();
  });

  it('lets the beheerder set the retention period, with Dutch messages', async () => {
    const { client } = await signUp(app.baseUrl);

    const wrong = await client.post('/organisatie', {
      intent: 'bewaartermijn',
      retentionMonths: 'een jaar',
    });
    expect(wrong.status).toBe(400);
    const html = (await wrong.text()).replace(/<!-- -->/g, '');
    expect(html).toContain('Vul een heel getal in, bijvoorbeeld 12.');
    expect(html).toContain('value="een jaar"');
    const tooMany = await client.post('/organisatie', {
      intent: 'bewaartermijn',
      retentionMonths: '500',
    });
    expect(await tooMany.text()).toContain('Kies een aantal maanden van 1 tot en met 120.');
    expect(await client.html('/organisatie')).toContain('value="12"');

    await post(client, '/organisatie', { intent: 'bewaartermijn', retentionMonths: '6' });

    expect(await client.html('/organisatie')).toContain('value="6"');
  });

  it('removes personal data of a closed plan after the period, and only then', async () => {
    const { client } = await signUp(app.baseUrl, { organisationName: 'Wijkteam Zuid' });
    await post(client, '/organisatie', { intent: 'bewaartermijn', retentionMonths: '6' });
    const closed = await createPlan(client, 'Zwemmen in Overvecht');
    const active = await createPlan(client, 'Samen sporten');
    const ayse = await addPerson(client, 'Ayşe van der Berg');
    const mehmet = await addPerson(client, 'Mehmet İnce');
    const noor = await addPerson(client, 'Noor Bakker');
    await addMoment(client, closed, 'Ayşe van der Berg');
    await addMoment(client, closed, 'Mehmet İnce');
    await addMoment(client, active, 'Mehmet İnce');
    await post(client, `/plannen/${closed}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '05-03-2027',
      receivedTime: '15:00',
      channel: 'telefoon',
      fromWhom: 'De moeder van Sem',
      about: 'Vraag over de zwemles.',
    });
    const plan = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', closed)
      .executeTakeFirstOrThrow();
    const place = await createPlaceOnPlan(database.db, {
      organisationId: plan.organisationId,
      planId: closed,
      fields: {
        category: 'zwembad',
        name: 'Zwembad De Kwakel',
        address: '',
        postcode: '',
        city: 'Utrecht',
        whenParents: 'Zaterdagochtend',
        organisationName: 'Zwembad De Kwakel',
        contactPerson: 'Juf Samira',
        phone: '030-1234567',
        email: 'samira@example.org',
        socialMedia: '',
        notes: '',
        tipFrom: '',
      },
    });
    // A parent left a phone number, with consent, on the plan's questionnaire.
    const stamp = new Date().toISOString();
    await database.db
      .insertInto('questionnaire')
      .values({
        id: `vl-${closed}`,
        planId: closed,
        organisationId: plan.organisationId,
        title: 'Zwemles',
        intro: '',
        closesOn: '2027-12-31',
        publicToken: `token-${closed}`,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    await database.db
      .insertInto('questionnaireResponse')
      .values({
        id: `antwoord-${closed}`,
        questionnaireId: `vl-${closed}`,
        organisationId: plan.organisationId,
        language: 'nl',
        source: 'online',
        contact: '06-12345678',
        createdAt: stamp,
      })
      .execute();
    await post(client, `/plannen/${closed}`, { intent: 'status', status: 'gearchiveerd' });

    const early = await runRetentionJob(database.db, { now: monthsFromNow(5) });
    expect(early).toMatchObject({ ran: true, plans: 0, persons: 0 });
    const stillThere = await database.db
      .selectFrom('contactMoment')
      .select('withWhom')
      .where('planId', '=', closed)
      .execute();
    expect(stillThere.map((m) => m.withWhom).sort()).toEqual(['Ayşe van der Berg', 'Mehmet İnce']);

    const late = await runRetentionJob(database.db, { now: monthsFromNow(7) });

    expect(late).toMatchObject({ ran: true, plans: 1, places: 1, persons: 1 });
    const moments = await database.db
      .selectFrom('contactMoment')
      .select(['planId', 'withWhom', 'purpose'])
      .where('planId', 'in', [closed, active])
      .execute();
    expect(moments.filter((m) => m.planId === closed).map((m) => m.withWhom)).toEqual(['', '']);
    expect(moments.filter((m) => m.planId === closed).map((m) => m.purpose)).toEqual([
      'Kennismaken op de koffieochtend.',
      'Kennismaken op de koffieochtend.',
    ]);
    expect(moments.filter((m) => m.planId === active).map((m) => m.withWhom)).toEqual([
      'Mehmet İnce',
    ]);
    const incoming = await database.db
      .selectFrom('incomingContact')
      .select(['fromWhom', 'about', 'channel'])
      .where('planId', '=', closed)
      .executeTakeFirstOrThrow();
    expect(incoming).toEqual({ fromWhom: '', about: '', channel: 'telefoon' });
    const response = await database.db
      .selectFrom('questionnaireResponse')
      .select(['contact', 'source'])
      .where('id', '=', `antwoord-${closed}`)
      .executeTakeFirstOrThrow();
    expect(response).toEqual({ contact: '', source: 'online' });
    const placeRow = await database.db
      .selectFrom('place')
      .select(['name', 'contactPerson', 'phone', 'email'])
      .where('id', '=', place)
      .executeTakeFirstOrThrow();
    expect(placeRow).toEqual({
      name: 'Zwembad De Kwakel',
      contactPerson: '',
      phone: '',
      email: '',
    });
    const persons = await database.db
      .selectFrom('contactPerson')
      .select('id')
      .where('id', 'in', [ayse, mehmet, noor])
      .execute();
    expect(persons.map((p) => p.id).sort()).toEqual([mehmet, noor].sort());
    const log = await database.db
      .selectFrom('auditLog')
      .select(['actorName', 'subjectKind', 'subjectLabel'])
      .where('organisationId', '=', plan.organisationId)
      .where('action', '=', 'bewaartermijn')
      .orderBy('subjectKind')
      .execute();
    expect(log).toEqual([
      {
        actorName: 'De app (bewaartermijn)',
        subjectKind: 'plan',
        subjectLabel: 'Zwemmen in Overvecht',
      },
      {
        actorName: 'De app (bewaartermijn)',
        subjectKind: 'sleutelfiguur',
        subjectLabel: 'Verwijderde persoon',
      },
    ]);
    expect(await client.html('/organisatie/auditlog?actie=bewaartermijn')).toContain(
      'Zwemmen in Overvecht',
    );

    const again = await runRetentionJob(database.db, { now: monthsFromNow(7) });
    expect(again).toEqual({ ran: false });

    // Reopened and closed again: what was added since goes after a new period.
    await post(client, `/plannen/${closed}`, { intent: 'status', status: 'actief' });
    await addMoment(client, closed, 'Noor Bakker');
    await post(client, `/plannen/${closed}`, { intent: 'status', status: 'gearchiveerd' });
    const reopened = await runRetentionJob(database.db, { now: monthsFromNow(8) });
    expect(reopened).toMatchObject({ ran: true, plans: 1, persons: 1 });
    const names = await database.db
      .selectFrom('contactMoment')
      .select('withWhom')
      .where('planId', '=', closed)
      .execute();
    expect(names.map((m) => m.withWhom)).toEqual(['', '', '']);
  });

  it('runs once when two processes start it at the same moment', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client, 'Koffieochtend De Linde');
    await addMoment(client, planId, 'Fatima El Amrani');
    await post(client, `/plannen/${planId}`, { intent: 'status', status: 'gearchiveerd' });
    const now = monthsFromNow(13);

    const results = await Promise.all([
      runRetentionJob(database.db, { now }),
      runRetentionJob(second.db, { now }),
    ]);

    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(results.filter((r) => !r.ran)).toEqual([{ ran: false }]);
    expect(results.find((r) => r.ran)).toMatchObject({ plans: 1 });
    const runs = await database.db
      .selectFrom('jobRun')
      .select(['finishedAt', 'result'])
      .where('job', '=', 'bewaartermijn')
      .where('period', '=', now.toISOString().slice(0, 10))
      .execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.finishedAt).not.toBeNull();
    const logged = await database.db
      .selectFrom('auditLog')
      .select('id')
      .where('subjectId', '=', planId)
      .where('action', '=', 'bewaartermijn')
      .execute();
    expect(logged).toHaveLength(1);
  });
});

describe(`retention job started by the server (${kind})`, () => {
  it('is claimed for today by a running app process', async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    const app = await startAppServer({
      kind: 'sqlite',
      env: { JOB_FIRST_CHECK_SECONDS: '0', ...(pg ? { DATABASE_URL: pg.url } : {}) },
    });
    const database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
    try {
      const today = new Date().toISOString().slice(0, 10);
      let run: { finishedAt: string | null } | undefined;
      for (let attempt = 0; attempt < 50 && !run?.finishedAt; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        run = await database.db
          .selectFrom('jobRun')
          .select('finishedAt')
          .where('job', '=', 'bewaartermijn')
          .where('period', '=', today)
          .executeTakeFirst();
      }

      expect(run?.finishedAt).toBeTruthy();
      expect(await runRetentionJob(database.db)).toEqual({ ran: false });
    } finally {
      await database.close();
      await app.stop();
      await pg?.drop();
    }
  });
});
