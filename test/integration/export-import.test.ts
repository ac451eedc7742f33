import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlanDocument } from '~/features/export/import.server';
import {
  comparablePlanDocument,
  type PlanDocumentInput,
  readPlanDocument,
} from '~/features/export/plan-document';
import { CATEGORY_KEYS } from '~/features/plans/domain';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { startTestRuntime, testDatabaseKind } from '../support/runtime';

const kind = testDatabaseKind();
const repoRoot = path.resolve(import.meta.dirname, '../..');

const PLAN_TABLES = [
  'plan',
  'planArea',
  'category',
  'place',
  'planPlace',
  'contactMoment',
  'visit',
  'reliabilityCheck',
  'workMethod',
  'insight',
  'feedbackAction',
  'workSession',
  'feedbackPoster',
  'parentTextTranslation',
] as const;

async function countRows(
  db: DatabaseHandle['db'],
): Promise<Record<(typeof PLAN_TABLES)[number], number>> {
  const counts = {} as Record<(typeof PLAN_TABLES)[number], number>;
  for (const table of PLAN_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

function upload(client: TestClient, content: string | Blob, fileName = 'plan.json') {
  const form = new FormData();
  const blob =
    typeof content === 'string' ? new Blob([content], { type: 'application/json' }) : content;
  form.append('file', blob, fileName);
  return client.request('/plannen/import', { method: 'POST', body: form });
}

async function exportPlan(client: TestClient, planId: string): Promise<PlanDocumentInput> {
  const response = await client.get(`/plannen/${planId}/export.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as PlanDocumentInput;
}

function planIdFrom(response: Response): string {
  const match = /\/plannen\/([0-9a-f-]{36})$/.exec(response.headers.get('Location') ?? '');
  if (!match?.[1])
    throw new Error(`no plan in ${response.status} ${response.headers.get('Location')}`);
  return match[1];
}

/** Fills a plan the way the step pages store it, straight in the database (not via import). */
async function seedPlanContent(db: DatabaseHandle['db'], planId: string) {
  const plan = await db
    .selectFrom('plan')
    .select('organisationId')
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  const organisationId = plan.organisationId;
  const now = new Date().toISOString();
  const ids = {
    category: randomUUID(),
    school: randomUUID(),
    market: randomUUID(),
    offCard: randomUUID(),
    method: randomUUID(),
  };
  await db
    .updateTable('plan')
    .set({
      learnWhat: 'Hoe kunnen kinderen meer bewegen?',
      needFor: 'Om samen ideeën te bedenken.',
      ages: JSON.stringify(['4-12']),
      circumstances: JSON.stringify(['weinig-geld', 'alleenstaand']),
      targetNotes: 'Ouders die we nog niet kennen.',
      stepStatus: JSON.stringify({ 1: 'klaar', 3: 'bezig' }),
      planningDiscussedOn: '2027-01-15',
    })
    .where('id', '=', planId)
    .execute();
  await db
    .insertInto('category')
    .values({ id: ids.category, organisationId, name: 'Huisarts', createdAt: now })
    .execute();
  const place = (id: string, category: string, name: string, phone: string) => ({
    id,
    organisationId,
    category,
    name,
    address: 'Taagdreef 1',
    postcode: '3561 AB',
    city: 'Utrecht',
    whenParents: 'Dinsdag',
    organisationName: 'Stichting Test',
    contactPerson: 'Ayşe Yıldız',
    phone,
    phoneNormalized: '',
    email: 'contact@example.org',
    socialMedia: '',
    notes: '<script>alert(1)</script> blijft tekst',
    tipFrom: '',
    version: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  });
  await db
    .insertInto('place')
    .values([
      place(ids.school, 'school', 'Basisschool Test', '030-123 45 67'),
      place(ids.market, ids.category, 'Huisartsenpost Test', '06-12345678'),
      place(ids.offCard, 'markt', 'Markt buiten de kaart', ''),
    ])
    .execute();
  await db
    .insertInto('planPlace')
    .values([
      {
        id: randomUUID(),
        planId,
        placeId: ids.school,
        organisationId,
        topRank: 1,
        topReason: 'Kent alle ouders.',
        createdAt: now,
      },
      {
        id: randomUUID(),
        planId,
        placeId: ids.market,
        organisationId,
        topRank: null,
        topReason: '',
        createdAt: now,
      },
    ])
    .execute();
  await db
    .insertInto('contactMoment')
    .values({
      id: randomUUID(),
      planId,
      organisationId,
      placeId: ids.market,
      withWhom: 'De praktijkondersteuner',
      plannedOn: '2027-02-01',
      plannedTime: '10:30',
      purpose: 'Kennismaken',
      status: 'gepland',
      discussedWithManager: 1,
      discussedOn: '2027-01-20',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('visit')
    .values([
      {
        id: randomUUID(),
        planId,
        organisationId,
        placeId: ids.offCard,
        placeText: '',
        withWhom: '',
        visitOn: '2027-02-05',
        // SQLite has no DEFAULT in a multi-row insert: every row names the same columns.
        visitTime: '',
        discussedWithManager: 0,
        status: 'gedaan',
        parentsBusyWith: 'De kosten van sport.',
        notes: '',
        createdAt: now,
        updatedAt: now,
      },
      {
        id: randomUUID(),
        planId,
        organisationId,
        placeId: null,
        placeText: 'Pleintje achter de flat',
        withWhom: 'Kees, beheerder; "De Linde"',
        visitOn: '2027-02-10',
        visitTime: '09:30',
        durationMinutes: 90,
        repeatWeeks: 1,
        repeatUntil: '2027-04-14',
        discussedWithManager: 1,
        discussedOn: '2027-01-20',
        status: 'gepland',
        parentsBusyWith: '',
        notes: '',
        createdAt: now,
        updatedAt: now,
      },
    ])
    .execute();
  await db
    .insertInto('reliabilityCheck')
    .values({
      planId,
      organisationId,
      point: 'snel-antwoord',
      checked: 1,
      notes: 'Binnen een dag.',
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('workMethod')
    .values({
      id: ids.method,
      planId,
      organisationId,
      method: 'spiegelbijeenkomst',
      whenText: 'Woensdagochtend',
      withWhom: 'Acht ouders',
      learnGoal: 'Wat helpt?',
      notes: '',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('insight')
    .values({
      id: randomUUID(),
      planId,
      organisationId,
      workMethodId: ids.method,
      kind: 'idee',
      text: 'Gratis sport op het plein.',
      theme: 'Sport',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('feedbackAction')
    .values({
      id: randomUUID(),
      planId,
      organisationId,
      what: 'Poster bij de school',
      toWhom: 'Alle ouders',
      channel: 'poster',
      plannedOn: '2027-03-01',
      done: 1,
      doneOn: '2027-03-02',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return ids;
}

describe(`plan document (export.json and import) over HTTP (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;

  beforeAll(async () => {
    app = await startAppServer({ kind });
    database = openDatabase({ databaseUrl: app.databaseUrl, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await app?.stop();
  });

  it('exports the whole plan with its places, using ids of the document itself', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client, 'Bewegen in Overvecht – voorjaar');
    const seeded = await seedPlanContent(database.db, planId);

    const response = await client.get(`/plannen/${planId}/export.json`);
    const text = await response.text();
    const document = JSON.parse(text) as PlanDocumentInput & { exportedAt: string };

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="plan-bewegen-in-overvecht-voorjaar-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(document.format).toBe('ouders-in-de-wijk/plan');
    expect(document.version).toBe(1);
    expect(Number.isNaN(Date.parse(document.exportedAt))).toBe(false);
    expect(document.personalDataNotice).toContain('persoonsgegevens');
    expect(document.plan).toMatchObject({
      title: 'Bewegen in Overvecht – voorjaar',
      municipalityCode: 'GM0344',
      ages: ['4-12'],
      circumstances: ['weinig-geld', 'alleenstaand'],
      stepStatus: { 1: 'klaar', 2: 'niet-begonnen', 3: 'bezig' },
      planningDiscussedOn: '2027-01-15',
    });
    expect(document.areas).toEqual([
      expect.objectContaining({ kind: 'wijk', code: 'WK034403', name: 'Wijk 03 Overvecht' }),
    ]);
    for (const id of Object.values(seeded)) expect(text).not.toContain(id);
    expect(text).not.toContain(planId);

    const places = document.places ?? [];
    expect(places.map((p) => [p.id, p.name, p.onCard])).toEqual([
      ['place-1', 'Basisschool Test', true],
      ['place-2', 'Huisartsenpost Test', true],
      ['place-3', 'Markt buiten de kaart', false],
    ]);
    expect(places[0]).toMatchObject({
      category: 'school',
      contactPerson: 'Ayşe Yıldız',
      phone: '030-123 45 67',
      topRank: 1,
      topReason: 'Kent alle ouders.',
      notes: '<script>alert(1)</script> blijft tekst',
    });
    expect(document.categories).toEqual([{ id: 'category-1', name: 'Huisarts' }]);
    expect(places[1]?.category).toBe('category-1');
    expect(document.contactMoments?.[0]).toMatchObject({
      placeRef: 'place-2',
      discussedWithManager: true,
      plannedTime: '10:30',
    });
    expect(document.visits?.map((v) => [v.placeRef, v.placeText])).toEqual([
      ['place-3', ''],
      [null, 'Pleintje achter de flat'],
    ]);
    expect(document.visits?.[1]).toMatchObject({
      visitTime: '09:30',
      durationMinutes: 90,
      repeatWeeks: 1,
      repeatUntil: '2027-04-14',
      discussedWithManager: true,
      discussedOn: '2027-01-20',
    });
    expect(document.reliabilityChecks).toEqual([
      { point: 'snel-antwoord', checked: true, notes: 'Binnen een dag.' },
    ]);
    expect(document.workMethods?.[0]?.id).toBe('method-1');
    expect(document.insights?.[0]?.workMethodRef).toBe('method-1');
    expect(document.feedbackActions?.[0]).toMatchObject({ done: true, doneOn: '2027-03-02' });
    expect(readPlanDocument(document).ok).toBe(true);
  });

  it('imports a plan document as a new plan with new ids, and a new export equals the first', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const seeded = await seedPlanContent(database.db, planId);
    const first = await exportPlan(client, planId);
    const before = await countRows(database.db);

    const response = await upload(client, JSON.stringify(first));
    const newPlanId = planIdFrom(response);
    const again = await exportPlan(client, newPlanId);

    expect(response.status).toBe(303);
    expect(newPlanId).not.toBe(planId);
    const after = await countRows(database.db);
    expect(after.plan).toBe(before.plan + 1);
    expect(after.place).toBe(before.place + 3);
    expect(after.planPlace).toBe(before.planPlace + 2);
    expect(after.category).toBe(before.category);
    expect(after.insight).toBe(before.insight + 1);
    const newPlaces = await database.db
      .selectFrom('planPlace')
      .select('placeId')
      .where('planId', '=', newPlanId)
      .execute();
    for (const { placeId } of newPlaces) {
      expect(Object.values(seeded)).not.toContain(placeId);
    }
    const visit = await database.db
      .selectFrom('visit')
      .innerJoin('place', 'place.id', 'visit.placeId')
      .select(['place.name', 'place.id'])
      .where('visit.planId', '=', newPlanId)
      .executeTakeFirstOrThrow();
    expect(visit.name).toBe('Markt buiten de kaart');
    expect(visit.id).not.toBe(seeded.offCard);
    expect(comparablePlanDocument(again)).toEqual(comparablePlanDocument(first));
    expect(again.visits?.map((v) => v.withWhom)).toEqual(['', 'Kees, beheerder; "De Linde"']);

    const page = await client.get(`/plannen/${newPlanId}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('is geïmporteerd');
  });

  it('still imports a version 1 document whose visits have no person yet', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    await seedPlanContent(database.db, planId);
    const document = await exportPlan(client, planId);
    for (const visit of document.visits ?? []) delete visit.withWhom;

    const response = await upload(client, JSON.stringify(document));

    expect(response.status).toBe(303);
    expect(document.version).toBe(1);
    const visits = await database.db
      .selectFrom('visit')
      .select('withWhom')
      .where('planId', '=', planIdFrom(response))
      .execute();
    expect(visits.map((v) => v.withWhom)).toEqual(['', '']);
  });

  it('carries insights with their source and mark, the feedback plan and the poster, and still imports documents from before them', async () => {
    const { buildDemoPlan } = await import('~/features/export/demo-plan');
    const { client } = await signUp(app.baseUrl);
    const demo = buildDemoPlan('2027-05-10');
    const imported = planIdFrom(await upload(client, JSON.stringify(demo)));

    const exported = await exportPlan(client, imported);
    const older = structuredClone(exported);
    for (const entry of older.insights ?? []) {
      for (const key of [
        'quote',
        'sourceKind',
        'sourceText',
        'sessionRef',
        'reportBack',
      ] as const) {
        delete entry[key];
      }
    }
    for (const entry of older.feedbackActions ?? []) {
      for (const key of ['heard', 'willDo', 'cannotDo'] as const) delete entry[key];
    }
    delete older.feedbackPoster;
    delete older.translations;
    const response = await upload(client, JSON.stringify(older));

    const marked = exported.insights?.filter((i) => i.reportBack) ?? [];
    expect(marked.map((i) => i.theme)).toEqual(['Geld', 'Informatie']);
    expect(marked[0]?.quote).toBe('Voor één kind lukt het wel. Maar ik heb er drie.');
    const session = exported.sessions?.find((s) => s.id === marked[0]?.sessionRef);
    expect(session?.title).toBe('Gesprekjes op het schoolplein');
    expect(exported.feedbackActions?.[1]?.cannotDo).toContain('De contributie');
    expect(exported.feedbackPoster?.title).toBe('U vertelde het ons. Dit doen we ermee.');
    const invitation = exported.translations?.[0];
    expect(invitation?.language).toBe('ar');
    expect(exported.sessions?.find((s) => s.id === invitation?.sessionRef)?.title).toBe(
      'Ouders vertellen over bewegen',
    );
    expect(response.status).toBe(303);
    const rows = await database.db
      .selectFrom('insight')
      .select(['reportBack', 'sessionId', 'quote'])
      .where('planId', '=', planIdFrom(response))
      .execute();
    expect(
      rows.every((r) => Number(r.reportBack) === 0 && r.sessionId === null && r.quote === ''),
    ).toBe(true);
    const poster = await database.db
      .selectFrom('feedbackPoster')
      .select('planId')
      .where('planId', '=', planIdFrom(response))
      .executeTakeFirst();
    expect(poster).toBeUndefined();
  });

  it('round-trips the worked example of the demo unchanged', async () => {
    const { buildDemoPlan } = await import('~/features/export/demo-plan');
    const { client } = await signUp(app.baseUrl);
    const demo = buildDemoPlan('2027-05-10');

    const imported = planIdFrom(await upload(client, JSON.stringify(demo)));
    const first = await exportPlan(client, imported);
    const reimported = planIdFrom(await upload(client, JSON.stringify(first)));
    const second = await exportPlan(client, reimported);

    expect(comparablePlanDocument(first)).toEqual(comparablePlanDocument(second));
    const parsed = readPlanDocument(demo);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(comparablePlanDocument(first, { ignoreOrder: true })).toEqual(
      comparablePlanDocument(parsed.document, { ignoreOrder: true }),
    );
  });

  describe('a file that cannot be imported changes nothing', () => {
    let client: TestClient;
    let valid: PlanDocumentInput;

    beforeAll(async () => {
      ({ client } = await signUp(app.baseUrl));
      const planId = await createPlan(client);
      await seedPlanContent(database.db, planId);
      valid = await exportPlan(client, planId);
    });

    async function expectRefused(
      send: () => Promise<Response>,
      status: number,
      messages: string[],
    ) {
      const before = await countRows(database.db);
      const response = await send();
      const html = await response.text();
      expect(response.status).toBe(status);
      for (const message of messages) expect(html).toContain(message);
      expect(html).toContain('Er is niets veranderd.');
      expect(await countRows(database.db)).toEqual(before);
    }

    it('refuses broken JSON', async () => {
      await expectRefused(
        () => upload(client, '{"format": "ouders-in-de-wijk/plan", "version": 1,'),
        400,
        ['Dit bestand is geen geldig plandocument'],
      );
    });

    it('refuses a newer or unknown version and names it', async () => {
      await expectRefused(() => upload(client, JSON.stringify({ ...valid, version: 2 })), 400, [
        'versie 2',
        'versie 1 lezen',
      ]);
      await expectRefused(() => upload(client, JSON.stringify({ ...valid, version: 0 })), 400, [
        'versie 0',
      ]);
    });

    it('refuses a file of another kind', async () => {
      await expectRefused(() => upload(client, JSON.stringify({ hello: 'world' })), 400, [
        'geen plandocument van Ouders in de wijk',
      ]);
    });

    it('refuses an invalid field and says which one', async () => {
      const places = [...(valid.places ?? [])];
      places[2] = { ...(places[2] as NonNullable<typeof places>[number]), name: '' };
      await expectRefused(() => upload(client, JSON.stringify({ ...valid, places })), 400, [
        'Ontmoetingsplek 3',
        'de naam ontbreekt',
        'places[2].name',
      ]);
    });

    it('refuses a text longer than the form allows', async () => {
      const plan = { ...valid.plan, title: 'x'.repeat(151) };
      await expectRefused(() => upload(client, JSON.stringify({ ...valid, plan })), 400, [
        'de naam van het plan is te lang',
        'plan.title',
      ]);
    });

    it('refuses a reference to something that is not in the file', async () => {
      const visits = (valid.visits ?? []).map((visit) => ({ ...visit, placeRef: 'place-99' }));
      await expectRefused(() => upload(client, JSON.stringify({ ...valid, visits })), 400, [
        'Bezoek 1',
        'place-99',
        'staat niet in het bestand',
      ]);
    });

    it('refuses a file over 10 MB with 413 before reading it', async () => {
      const padding = 'a'.repeat(11 * 1024 * 1024);
      await expectRefused(
        () => upload(client, new Blob([padding], { type: 'application/json' })),
        413,
        ['Dit bestand is te groot', '10 MB'],
      );
    });

    it('counts the bytes when the size is not announced (chunked upload)', async () => {
      const boundary = 'grens1234567890';
      const head = new TextEncoder().encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="groot.json"\r\nContent-Type: application/json\r\n\r\n`,
      );
      const chunk = new Uint8Array(1024 * 1024).fill(97);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(head);
          if (sent < 11) controller.enqueue(chunk);
          else {
            controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
            controller.close();
          }
          sent++;
        },
      });
      await expectRefused(
        () =>
          client.request('/plannen/import', {
            method: 'POST',
            body,
            headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
            duplex: 'half',
          } as RequestInit),
        413,
        ['Dit bestand is te groot'],
      );
    });

    it('asks for a file when none was chosen', async () => {
      const form = new FormData();
      form.append('file', new Blob([]), '');
      await expectRefused(
        () => client.request('/plannen/import', { method: 'POST', body: form }),
        400,
        ['Kies eerst een bestand.'],
      );
    });
  });

  it('shows an upload form that works without JavaScript', async () => {
    const { client } = await signUp(app.baseUrl);

    const html = await client.html('/plannen/import');

    expect(html).toContain('<h1>Plan importeren</h1>');
    const form = /<form[^>]*action="\/plannen\/import"[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toMatch(/enctype="multipart\/form-data"/i);
    expect(form).toMatch(/method="post"/i);
    expect(html).toMatch(/<input[^>]*type="file"[^>]*name="file"/);
    expect(html).toContain('<label');
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const { client } = await signUp(app.baseUrl);
    client.dropCookies();

    const page = await client.get('/plannen/import');
    const post = await upload(client, '{}');

    expect(page.status).toBe(302);
    expect(post.status).toBe(302);
    expect(post.headers.get('Location')).toContain('/inloggen');
  });

  it('answers 404 for the export of another organisation’s plan', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    const other = await signUp(app.baseUrl, { organisationName: 'Andere organisatie' });

    const response = await other.client.get(`/plannen/${planId}/export.json`);

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('ouders-in-de-wijk/plan');
  });
});

describe(`importPlanDocument (${kind})`, () => {
  it('writes nothing at all when a write fails halfway', async () => {
    const { runtime, stop } = await startTestRuntime(kind);
    try {
      const { buildDemoPlan } = await import('~/features/export/demo-plan');
      const read = readPlanDocument(buildDemoPlan('2027-05-10'));
      if (!read.ok) throw new Error(read.errors.join('\n'));
      const db = runtime.database.db;
      const scope = { organisationId: randomUUID(), userId: null };
      await importPlanDocument(db, { ...scope, document: read.document });
      const before = await countRows(db);
      // Checked documents never hold a point twice; forcing it makes the insert of the checks
      // (after the plan, its places and its contacts) fail on the primary key.
      const broken = {
        ...read.document,
        reliabilityChecks: [...read.document.reliabilityChecks, read.document.reliabilityChecks[0]],
      } as typeof read.document;

      await expect(importPlanDocument(db, { ...scope, document: broken })).rejects.toThrow();

      expect(await countRows(db)).toEqual(before);
    } finally {
      await stop();
    }
  });
});

describe(`npm run demo (${kind})`, () => {
  const run = promisify(execFile);
  let dataDir: string;
  let pg: Awaited<ReturnType<typeof createTestPostgresDatabase>> | undefined;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'oidw-demo-'));
    pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: pg?.url ?? '',
      BASE_URL: 'http://demo.example.org:4321',
      BETTER_AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
      DEMO_PASSWORD: '',
    };
  });

  afterAll(async () => {
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function demo(extra: Record<string, string> = {}) {
    const { stdout } = await run(process.execPath, ['scripts/demo.ts'], {
      cwd: repoRoot,
      env: { ...env, ...extra },
    });
    return stdout.trimEnd().split('\n');
  }

  it('loads the worked example once, however often it runs, with a fresh password', async () => {
    const first = await demo();
    const second = await demo();

    expect(second).toHaveLength(3);
    expect(second[0]).toBe('Adres: http://demo.example.org:4321');
    expect(second[1]).toBe('E-mail: demo@example.org');
    expect(second[2]).toMatch(/^Wachtwoord: \S{10,}$/);
    expect(second[2]).not.toBe(first[2]);

    const database = openDatabase({ databaseUrl: pg?.url, dataDir });
    try {
      const member = await database.raw
        .selectFrom('member')
        .innerJoin('user', 'user.id', 'member.userId')
        .select('member.organizationId')
        .where('user.email', '=', 'demo@example.org')
        .execute();
      expect(member).toHaveLength(1);
      const organisationId = member[0]?.organizationId as string;
      const plans = await database.db
        .selectFrom('plan')
        .select('id')
        .where('organisationId', '=', organisationId)
        .execute();
      expect(plans).toHaveLength(1);
      const places = await database.db
        .selectFrom('planPlace')
        .innerJoin('place', 'place.id', 'planPlace.placeId')
        .select(['place.category', 'planPlace.topRank'])
        .where('planPlace.planId', '=', plans[0]?.id as string)
        .execute();
      const allPlaces = await database.db
        .selectFrom('place')
        .select('id')
        .where('organisationId', '=', organisationId)
        .execute();
      expect(places.length).toBeGreaterThanOrEqual(12);
      expect(allPlaces).toHaveLength(places.length);
      const categories = new Set(places.map((p) => p.category));
      for (const key of CATEGORY_KEYS) expect(categories).toContain(key);
      expect(places.map((p) => p.topRank).filter((r) => r !== null)).toHaveLength(3);
      const visits = await database.db
        .selectFrom('visit')
        .select('status')
        .where('organisationId', '=', organisationId)
        .execute();
      expect(new Set(visits.map((v) => v.status))).toEqual(new Set(['gepland', 'gedaan']));
    } finally {
      await database.close();
    }

    const server = await startAppServer({
      env: { DATA_DIR: dataDir, DATABASE_URL: pg?.url ?? '' },
    });
    try {
      const signIn = (password: string) =>
        fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: server.baseUrl },
          body: JSON.stringify({ email: 'demo@example.org', password }),
        });
      const password = (second[2] ?? '').replace('Wachtwoord: ', '');
      const oldPassword = (first[2] ?? '').replace('Wachtwoord: ', '');
      expect((await signIn(password)).status).toBe(200);
      expect((await signIn(oldPassword)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it('uses DEMO_PASSWORD when it is given', async () => {
    const lines = await demo({ DEMO_PASSWORD: 'een-eigen-demo-wachtwoord' });

    expect(lines[2]).toBe('Wachtwoord: een-eigen-demo-wachtwoord');
  });
});
