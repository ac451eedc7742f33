import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, writeAudit } from '~/features/privacy/audit.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient, uniqueEmail } from '../support/http';
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

/** A new colleague in the admin's team with this role (member = medewerker). */
async function colleague(admin: TestClient, role: string, name: string): Promise<TestClient> {
  const invite = await admin.post('/team', { intent: 'uitnodigen', email: '', role });
  expect(invite.status).toBe(200);
  const html = (await invite.text()).replaceAll('&amp;', '&');
  const link = /value="([^"]*\/uitnodiging\/[^"]+)"/.exec(html)?.[1];
  if (!link) throw new Error('No invitation link on the page');
  const token = new URL(link).pathname.split('/').pop() ?? '';
  const client = new TestClient(admin.baseUrl);
  const response = await client.post(`/registreren?uitnodiging=${token}`, {
    name,
    organisationName: `Organisatie van ${name}`,
    email: uniqueEmail('collega'),
    password: 'een lang wachtwoord',
  });
  expect(response.status).toBe(302);
  return client;
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

describe(`privacy: audit log (${kind})`, () => {
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

  it('writes who created, viewed, changed and binned a person', async () => {
    const { client: admin } = await signUp(app.baseUrl, { name: 'Fatma Yılmaz' });
    const worker = await colleague(admin, 'member', 'Kees Jansen');

    const id = await addPerson(worker, person('Ayşe van der Berg'));
    await worker.get(`/contacten/${id}`);
    const changed = await worker.post(`/contacten/${id}`, {
      intent: 'contact-wijzig',
      ...person('Ayşe van der Berg', { role: 'Buurtmoeder' }),
    });
    expect(changed.status).toBe(302);
    await admin.get(`/contacten/${id}`);
    const binned = await worker.post(`/contacten/${id}`, { intent: 'contact-verwijderen' });
    expect(binned.status).toBe(302);

    const rows = await database.db
      .selectFrom('auditLog')
      .select(['actorName', 'action', 'subjectKind', 'subjectLabel'])
      .where('subjectId', '=', id)
      .orderBy('at')
      .execute();
    expect(rows.map((r) => `${r.actorName}: ${r.action}`)).toEqual([
      'Kees Jansen: aangemaakt',
      'Kees Jansen: bekeken',
      'Kees Jansen: gewijzigd',
      'Fatma Yılmaz: bekeken',
      'Kees Jansen: naar-prullenbak',
    ]);
    expect(new Set(rows.map((r) => r.subjectLabel))).toEqual(new Set(['Ayşe van der Berg']));
    expect(new Set(rows.map((r) => r.subjectKind))).toEqual(new Set(['sleutelfiguur']));
  });

  it('shows the log to the beheerder only, filtered, and as CSV', async () => {
    const { client: admin } = await signUp(app.baseUrl, { name: 'Fatma Yılmaz' });
    const worker = await colleague(admin, 'member', 'Kees Jansen');
    const manager = await colleague(admin, 'manager', 'Sanne de Wit');
    const noor = await addPerson(worker, person('Noor Bakker'));
    await addPerson(admin, person('Mehmet İnce'));
    await worker.get(`/contacten/${noor}`);

    expect((await worker.get('/organisatie/auditlog')).status).toBe(403);
    expect((await manager.get('/organisatie/auditlog')).status).toBe(403);
    expect((await worker.get('/organisatie/auditlog.csv')).status).toBe(403);
    expect((await worker.get('/organisatie')).status).toBe(403);

    const all = await page(admin, '/organisatie/auditlog');
    expect(all).toContain('Noor Bakker');
    expect(all).toContain('Mehmet İnce');
    const viewed = await page(admin, '/organisatie/auditlog?actie=bekeken');
    expect(viewed).toContain('Noor Bakker');
    expect(viewed).not.toContain('Mehmet İnce');
    const byName = await page(admin, '/organisatie/auditlog?zoek=mehmet');
    expect(byName).toContain('Mehmet İnce');
    expect(byName).not.toContain('Noor Bakker');
    const badDate = await page(admin, '/organisatie/auditlog?van=31-02-2026');
    expect(badDate).toContain('Deze datum bestaat niet.');
    const notADate = await page(admin, '/organisatie/auditlog?van=abc');
    expect(notADate).toContain('Vul een datum in als dag-maand-jaar');
    const badCsv = await admin.get('/organisatie/auditlog.csv?van=abc');
    expect(badCsv.status).toBe(400);
    expect(await badCsv.text()).toContain('Het auditlog is niet opgeslagen.');
    const future = await page(admin, '/organisatie/auditlog?van=01-01-2099');
    expect(future).toContain('Er zijn geen regels die passen bij dit filter.');

    const csv = await admin.get('/organisatie/auditlog.csv?actie=aangemaakt');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Disposition')).toContain('auditlog.csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Wanneer;Tijdstip (UTC);Wie;Wat;Soort;Over;Toelichting');
    expect(lines.slice(1).map((line) => line.split(';').slice(2, 6))).toEqual([
      ['Fatma Yılmaz', 'Aangemaakt', 'Sleutelfiguur', 'Mehmet İnce'],
      ['Kees Jansen', 'Aangemaakt', 'Sleutelfiguur', 'Noor Bakker'],
    ]);
  });

  it('logs a list export and a person removed for good from the bin, without the name', async () => {
    const { client: admin } = await signUp(app.baseUrl, { name: 'Fatma Yılmaz' });
    const planId = await createPlan(admin);
    const id = await addPerson(admin, person('Ayla Işık'));
    await admin.post(`/contacten/${id}`, { intent: 'contact-verwijderen' });
    await database.db
      .updateTable('contactPerson')
      .set({ deletedAt: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', id)
      .execute();

    expect((await admin.get(`/plannen/${planId}/export/contactpersonen.csv`)).status).toBe(200);
    expect((await admin.get('/prullenbak')).status).toBe(200);

    const log = await page(admin, '/organisatie/auditlog');
    expect(log).toContain('Lijst van 0 contacten');
    expect(log).toContain('Opgeslagen als CSV bij het plan Meer bewegen in Overvecht.');
    expect(log).toContain('Na 30 dagen uit de prullenbak verwijderd.');
    expect(log).not.toContain('Ayla Işık');
  });

  it('filters on days in Amsterdam, as the page shows the times', async () => {
    const organisationId = `org-${Date.now()}`;
    const actor = { userId: null, name: 'Test' };
    for (const [label, at] of [
      ['laat op 1 juli', '2026-07-01T21:30:00.000Z'],
      ['vroeg op 2 juli', '2026-07-01T22:30:00.000Z'],
    ] as const) {
      await writeAudit(database.db, {
        organisationId,
        actor,
        action: 'bekeken',
        subjectKind: 'sleutelfiguur',
        subjectId: null,
        subjectLabel: label,
        at,
      });
    }
    const labels = async (filter: { from?: string; to?: string }) =>
      (await listAudit(database.db, { organisationId, filter })).map((r) => r.subjectLabel);

    expect(await labels({ to: '2026-07-01' })).toEqual(['laat op 1 juli']);
    expect(await labels({ from: '2026-07-02' })).toEqual(['vroeg op 2 juli']);
    expect(await labels({ from: '2026-07-01', to: '2026-07-02' })).toEqual([
      'vroeg op 2 juli',
      'laat op 1 juli',
    ]);
  });

  it("never shows another organisation's log", async () => {
    const { client: first } = await signUp(app.baseUrl);
    await addPerson(first, person('Ayla Işık'));
    const { client: second } = await signUp(app.baseUrl);

    const html = await page(second, '/organisatie/auditlog');
    const csv = await (await second.get('/organisatie/auditlog.csv')).text();

    expect(html).not.toContain('Ayla Işık');
    expect(csv).not.toContain('Ayla Işık');
  });
});

/** A plan that names the person in a contact moment, a visit, an incoming contact and a promise. */
async function planNaming(client: TestClient, name: string): Promise<string> {
  const planId = await createPlan(client);
  const posts: [string, Record<string, string>][] = [
    [
      'stap/3',
      {
        intent: 'contactmoment-nieuw',
        withWhom: name,
        placeId: '',
        plannedOn: '14-03-2027',
        plannedTime: '09:30',
        purpose: 'Kennismaken op de koffieochtend.',
        momentStatus: 'gepland',
        discussedOn: '',
      },
    ],
    [
      'stap/4',
      {
        intent: 'bezoek-nieuw',
        placeId: '',
        placeText: 'Koffieochtend buurthuis De Linde',
        withWhom: `${name} en de buurtvader`,
        visitOn: '2027-04-02',
        visitStatus: 'gepland',
        parentsBusyWith: '',
        notes: '',
      },
    ],
    [
      'vertrouwen',
      {
        intent: 'binnen-nieuw',
        receivedOn: '05-03-2027',
        receivedTime: '15:00',
        channel: 'telefoon',
        fromWhom: name.toUpperCase(),
        about: 'Vraag over de zwemles.',
      },
    ],
    [
      'vertrouwen',
      {
        intent: 'belofte-nieuw',
        what: `Flyers brengen bij ${name}`,
        toWhom: 'De ouders van de koffieochtend',
        dueOn: '2027-06-01',
      },
    ],
  ];
  for (const [path, fields] of posts) {
    const response = await client.post(`/plannen/${planId}/${path}`, fields);
    expect(response.status, `${path} ${fields.intent}`).toBe(302);
  }
  return planId;
}

describe(`privacy: one person's data (${kind})`, () => {
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

  it('exports the register entry, the timeline and every mention by name', async () => {
    const { client: admin } = await signUp(app.baseUrl);
    const id = await addPerson(
      admin,
      person('Ayşe van der Berg', {
        phone: '06 12345678',
        legalBasis: 'toestemming',
        consentOn: '2026-01-12',
        consentHow: 'mondeling',
        consentFor: 'Bellen over de koffieochtend.',
      }),
    );
    await admin.post(`/contacten/${id}`, {
      intent: 'tijdlijn-nieuw',
      eventKind: 'gesprek',
      happenedOn: '2026-02-01',
      summary: 'Kennisgemaakt.',
    });
    await planNaming(admin, 'Ayse van der Berg');

    const response = await admin.get(`/contacten/${id}/export.json`);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toContain('attachment');
    const document = await response.json();
    expect(document.format).toBe('ouders-in-de-wijk/persoon');
    expect(document.person).toMatchObject({
      name: 'Ayşe van der Berg',
      phone: '06 12345678',
      legalBasis: 'toestemming',
      consent: { on: '2026-01-12', how: 'mondeling', for: 'Bellen over de koffieochtend.' },
    });
    expect(document.timeline).toMatchObject([{ kind: 'gesprek', summary: 'Kennisgemaakt.' }]);
    expect(
      document.mentions.map((m: { what: string; plan: string }) => `${m.what} / ${m.plan}`).sort(),
    ).toEqual([
      'belofte / Meer bewegen in Overvecht',
      'bezoek / Meer bewegen in Overvecht',
      'binnengekomen contact / Meer bewegen in Overvecht',
      'contactmoment / Meer bewegen in Overvecht',
    ]);
    expect(document.auditLog.map((a: { action: string }) => a.action)).toContain('aangemaakt');
    const exported = await database.db
      .selectFrom('auditLog')
      .select('actorName')
      .where('subjectId', '=', id)
      .where('action', '=', 'geexporteerd')
      .execute();
    expect(exported).toHaveLength(1);
  });

  it('lets only the beheerder export or remove a person', async () => {
    const { client: admin } = await signUp(app.baseUrl);
    const worker = await colleague(admin, 'member', 'Kees Jansen');
    const id = await addPerson(admin, person('Noor Bakker'));

    expect((await worker.get(`/contacten/${id}/export.json`)).status).toBe(403);
    expect((await worker.post(`/contacten/${id}`, { intent: 'persoon-wissen' })).status).toBe(403);
    expect(await page(worker, `/contacten/${id}`)).not.toContain('Overal wissen');
    const { client: other } = await signUp(app.baseUrl);
    expect((await other.get(`/contacten/${id}/export.json`)).status).toBe(404);
    expect((await other.post(`/contacten/${id}`, { intent: 'persoon-wissen' })).status).toBe(404);
    const still = await database.db
      .selectFrom('contactPerson')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(still?.name).toBe('Noor Bakker');
  });

  it('removes a person everywhere after confirmation, and logs it without the name', async () => {
    const { client: admin } = await signUp(app.baseUrl);
    const id = await addPerson(admin, person('Ayşe van der Berg'));
    await admin.post(`/contacten/${id}`, {
      intent: 'tijdlijn-nieuw',
      eventKind: 'gesprek',
      happenedOn: '2026-02-01',
      summary: 'Kennisgemaakt.',
    });
    const planId = await planNaming(admin, 'Ayşe van der Berg');
    const keeper = await addPerson(
      admin,
      person('Kees Jansen', { tips: 'Vraag Ayşe van der Berg.' }),
    );

    const confirm = await page(admin, `/contacten/${id}?wis=1`);
    expect(confirm).toContain('Ayşe van der Berg overal wissen?');
    expect(confirm).toContain('5 teksten');
    const response = await admin.post(`/contacten/${id}`, { intent: 'persoon-wissen' });

    expect(response.status).toBe(302);
    expect((await admin.get(`/contacten/${id}`)).status).toBe(404);
    const plan = JSON.stringify(await (await admin.get(`/plannen/${planId}/export.json`)).json());
    expect(plan).not.toMatch(/Ayşe van der Berg|AYŞE VAN DER BERG/);
    expect(plan).toContain('[naam verwijderd] en de buurtvader');
    const promise = await database.db
      .selectFrom('promise')
      .select('what')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    expect(promise.what).toBe('Flyers brengen bij [naam verwijderd]');
    const incoming = await database.db
      .selectFrom('incomingContact')
      .select(['fromWhom', 'about'])
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    expect(incoming).toEqual({ fromWhom: '[naam verwijderd]', about: 'Vraag over de zwemles.' });
    const tips = await database.db
      .selectFrom('contactPerson')
      .select('tips')
      .where('id', '=', keeper)
      .executeTakeFirstOrThrow();
    expect(tips.tips).toBe('Vraag [naam verwijderd].');
    const events = await database.db
      .selectFrom('contactEvent')
      .select('id')
      .where('personId', '=', id)
      .execute();
    expect(events).toEqual([]);
    const log = await database.db
      .selectFrom('auditLog')
      .select(['action', 'subjectLabel', 'detail'])
      .where('subjectId', '=', id)
      .execute();
    expect(log.map((l) => l.subjectLabel)).not.toContain('Ayşe van der Berg');
    expect(log.find((l) => l.action === 'gewist')?.detail).toContain('5 teksten');
    expect(await page(admin, '/organisatie/auditlog')).not.toContain('Ayşe van der Berg');
  });
});

describe(`privacy: export of the whole organisation (${kind})`, () => {
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

  it('holds every plan, the register, the settings and the members without passwords', async () => {
    const {
      client: admin,
      email,
      password,
    } = await signUp(app.baseUrl, {
      name: 'Fatma Yılmaz',
      organisationName: 'GGD Noord',
    });
    const worker = await colleague(admin, 'member', 'Kees Jansen');
    await planNaming(admin, 'Ayşe van der Berg');
    await createPlan(worker, 'Samen zwemmen');
    await addPerson(admin, person('Ayşe van der Berg', { phone: '06 12345678' }));

    const response = await admin.get('/organisatie/export.json');

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(
      /attachment; filename="organisatie-/,
    );
    const text = await response.text();
    const document = JSON.parse(text);
    expect(document.format).toBe('ouders-in-de-wijk/organisatie');
    expect(document.organisation).toEqual({ name: 'GGD Noord' });
    expect(document.settings).toMatchObject({ retentionMonths: 12 });
    expect(
      document.plans.map((p: { document: { plan: { title: string } } }) => p.document.plan.title),
    ).toEqual(['Meer bewegen in Overvecht', 'Samen zwemmen']);
    expect(document.plans[0].document.format).toBe('ouders-in-de-wijk/plan');
    expect(document.plans[0].trust.promises).toMatchObject([
      { what: 'Flyers brengen bij Ayşe van der Berg' },
    ]);
    expect(document.register.persons).toMatchObject([
      { name: 'Ayşe van der Berg', phone: '06 12345678', legalBasis: 'gerechtvaardigd-belang' },
    ]);
    expect(document.members).toEqual([
      { name: 'Fatma Yılmaz', email, role: 'Beheerder' },
      expect.objectContaining({ name: 'Kees Jansen', role: 'Medewerker' }),
    ]);
    expect(text).not.toContain(password);
    expect(text).not.toMatch(/"password"|scrypt|"token/i);
    expect((await worker.get('/organisatie/export.json')).status).toBe(403);
    const logged = await database.db
      .selectFrom('auditLog')
      .select(['subjectKind', 'actorName'])
      .where('action', '=', 'geexporteerd')
      .where('subjectLabel', '=', 'GGD Noord')
      .execute();
    expect(logged).toEqual([{ subjectKind: 'organisatie', actorName: 'Fatma Yılmaz' }]);
  });
});
