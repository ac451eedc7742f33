import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, editTokenOf, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Trust over HTTP: incoming contacts with the answer-time target, and promises.

const kind = testDatabaseKind();

async function page(client: TestClient, path: string): Promise<string> {
  return (await client.html(path)).replace(/<!-- -->/g, '');
}

describe(`trust: answers and promises (${kind})`, () => {
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

  it('logs an incoming call in Amsterdam time and shows it late once the working day passed', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);

    const response = await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '05-03-2027',
      receivedTime: '15:00',
      channel: 'telefoon',
      fromWhom: 'Een moeder van De Regenboog',
      about: 'Vraag over de zwemles.',
    });

    expect(response.status).toBe(302);
    const stored = await database.db
      .selectFrom('incomingContact')
      .select(['id', 'receivedAt'])
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    expect(stored.receivedAt).toBe('2027-03-05T14:00:00.000Z');
    // Before 2027 nothing is late yet: the call is still within its working day.
    const before = await page(client, `/plannen/${planId}/vertrouwen`);
    expect(before).toContain('Wacht op antwoord');
    expect(before).toContain('Antwoord uiterlijk 8 maart 2027 om 23:59');

    const past = await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '2024-05-01',
      receivedTime: '10:00',
      channel: 'email',
      fromWhom: 'Een vader van de voetbalclub',
      about: '',
    });
    expect(past.status).toBe(302);
    const late = await page(client, `/plannen/${planId}/vertrouwen`);
    expect(late).toContain('Te laat: nog geen antwoord');
    expect(late).toContain('Wachten te lang op antwoord (1)');

    const lateId = await database.db
      .selectFrom('incomingContact')
      .select('id')
      .where('planId', '=', planId)
      .where('fromWhom', '=', 'Een vader van de voetbalclub')
      .executeTakeFirstOrThrow();
    await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'beantwoord',
      id: lateId.id,
      answeredOn: '2024-05-06',
      answeredTime: '09:00',
    });
    const after = await page(client, `/plannen/${planId}/vertrouwen`);
    expect(after).toContain('Wachten te lang op antwoord (0)');
    expect(after).toContain('Te laat beantwoord (6 mei 2024 om 09:00)');
  });

  it('lets the organisation set a longer answer target', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'antwoordtijd',
      answerTargetDays: '2',
    });
    await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '2027-03-05',
      receivedTime: '15:00',
      channel: 'bericht',
      fromWhom: 'Een oma',
      about: '',
    });

    const html = await page(client, `/plannen/${planId}/vertrouwen`);

    expect(html).toContain('antwoord binnen <strong>2 werkdagen</strong>');
    expect(html).toContain('Antwoord uiterlijk 9 maart 2027 om 23:59');
  });

  it('lets only the beheerder change the answer target; a member sees it read-only', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    const colleague = await signUp(app.baseUrl, { name: 'Collega Jan' });
    const ownerRow = await database.raw
      .selectFrom('member')
      .innerJoin('user', 'user.id', 'member.userId')
      .select('member.organizationId')
      .where('user.email', '=', owner.email)
      .executeTakeFirstOrThrow();
    const colleagueUser = await database.raw
      .selectFrom('user')
      .select('id')
      .where('email', '=', colleague.email)
      .executeTakeFirstOrThrow();
    await database.raw.deleteFrom('member').where('userId', '=', colleagueUser.id).execute();
    await database.raw
      .insertInto('member')
      .values({
        id: `member-${colleagueUser.id}`,
        organizationId: ownerRow.organizationId,
        userId: colleagueUser.id,
        role: 'member',
        createdAt: new Date().toISOString(),
      })
      .execute();

    const refused = await colleague.client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'antwoordtijd',
      answerTargetDays: '3',
    });
    const colleaguePage = await page(colleague.client, `/plannen/${planId}/vertrouwen`);
    const allowed = await owner.client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'antwoordtijd',
      answerTargetDays: '2',
    });
    const ownerPage = await page(owner.client, `/plannen/${planId}/vertrouwen`);

    expect(refused.status).toBe(403);
    expect(colleaguePage).toContain('antwoord binnen <strong>1 werkdag</strong>');
    expect(colleaguePage).toContain('Alleen de beheerder van je organisatie kan het veranderen.');
    expect(colleaguePage).not.toContain('name="answerTargetDays"');
    expect(allowed.status).toBe(302);
    expect(ownerPage).toContain('antwoord binnen <strong>2 werkdagen</strong>');
    expect(ownerPage).toContain('name="answerTargetDays"');
    expect(await page(colleague.client, `/plannen/${planId}/vertrouwen`)).toContain(
      'antwoord binnen <strong>2 werkdagen</strong>',
    );
  });

  it('adds a promise, shows it open and late, and keeps how it was kept', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Flyers in het Arabisch meenemen',
      toWhom: 'De ouders van de koffieochtend',
      dueOn: '2024-06-01',
    });
    const open = await page(client, `/plannen/${planId}/vertrouwen`);
    expect(open).toContain('Open beloftes (1)');
    expect(open).toContain('1 over de datum.');
    const promise = await database.db
      .selectFrom('promise')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();

    await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-klaar',
      id: promise.id,
      promiseStatus: 'nagekomen',
      howKept: 'Meegenomen op dinsdag.',
    });

    const kept = await page(client, `/plannen/${planId}/vertrouwen`);
    expect(kept).toContain('Open beloftes (0)');
    expect(kept).toContain('Hoe: Meegenomen op dinsdag.');
  });

  it('answers 400 with the typed values when something is missing', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);

    const response = await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Terugbellen over de vergoeding',
      toWhom: '',
      dueOn: '31-02-2027',
    });

    expect(response.status).toBe(400);
    const html = (await response.text()).replace(/<!-- -->/g, '');
    expect(html).toContain('Vul aan wie je het hebt beloofd in.');
    expect(html).toContain('Deze datum bestaat niet.');
    expect(html).toContain('Terugbellen over de vergoeding');
  });

  it("keeps another organisation's plan and items out", async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Iets',
      toWhom: 'Iemand',
      dueOn: '2027-06-01',
    });
    const promise = await database.db
      .selectFrom('promise')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    const other = await signUp(app.baseUrl);
    const otherPlan = await createPlan(other.client);

    expect((await other.client.get(`/plannen/${planId}/vertrouwen`)).status).toBe(404);
    const closed = await other.client.post(`/plannen/${otherPlan}/vertrouwen`, {
      intent: 'belofte-klaar',
      id: promise.id,
      promiseStatus: 'nagekomen',
      howKept: '',
    });
    expect(closed.status).toBe(404);
  });

  it('keeps compensation agreements with a total per plan and the warning about benefits', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const base = {
      intent: 'vergoeding-nieuw',
      compensationForm: 'waardebon',
      agreedWith: 'Mijn leidinggevende',
      paidOn: '',
    };
    await client.post(`/plannen/${planId}/vertrouwen`, {
      ...base,
      activity: 'Spiegelbijeenkomst 14 maart',
      amount: '12,50',
    });
    await client.post(`/plannen/${planId}/vertrouwen`, {
      ...base,
      activity: 'Interview',
      compensationForm: 'geld',
      amount: '€ 20',
      paidOn: '01-03-2027',
    });
    const bad = await client.post(`/plannen/${planId}/vertrouwen`, {
      ...base,
      activity: 'Focusgroep',
      amount: 'twintig',
    });

    expect(bad.status).toBe(400);
    const badHtml = (await bad.text()).replace(/<!-- -->/g, '');
    expect(badHtml).toContain('Vul een bedrag in zoals 12,50.');
    expect(badHtml).toContain('value="Focusgroep"');
    const html = (await page(client, `/plannen/${planId}/vertrouwen`)).replace(/\u00a0/g, ' ');
    expect(html).toContain('€ 32,50');
    expect(html).toContain('1 maart 2027');
    expect(html).toContain('bijstandsuitkering of toeslagen');
    const rows = await database.db
      .selectFrom('compensation')
      .select(['amountCents', 'paidOn'])
      .where('planId', '=', planId)
      .orderBy('createdAt')
      .execute();
    expect(rows).toEqual([
      { amountCents: 1250, paidOn: null },
      { amountCents: 2000, paidOn: '2027-03-01' },
    ]);
  });

  it('edits a promise, refuses a stale edit with both versions, and removes it', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const url = `/plannen/${planId}/vertrouwen`;
    await client.post(url, {
      intent: 'belofte-nieuw',
      what: 'Folder sturen',
      toWhom: 'De ouders van de koffieochtend',
      dueOn: '2027-06-01',
    });
    const { id } = await database.db
      .selectFrom('promise')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    const form = await page(client, `${url}?wijzig=${id}`);
    const token = editTokenOf(form);
    const edit = { intent: 'belofte-wijzig', id, updatedAt: token, toWhom: 'De ouders' };

    const bad = await client.post(`${url}?wijzig=${id}`, {
      ...edit,
      what: 'Folder en poster sturen',
      dueOn: '',
    });
    const saved = await client.post(url, {
      ...edit,
      what: 'Folder en poster sturen',
      dueOn: '2027-06-08',
    });
    const stale = await client.post(`${url}?wijzig=${id}`, {
      ...edit,
      what: 'Iets anders',
      dueOn: '2027-06-08',
    });

    expect(form).toContain('>Folder sturen</textarea>');
    expect(bad.status).toBe(400);
    expect((await bad.text()).replace(/<!-- -->/g, '')).toContain(
      '>Folder en poster sturen</textarea>',
    );
    expect(saved.status).toBe(302);
    expect(stale.status).toBe(409);
    const staleHtml = (await stale.text()).replace(/<!-- -->/g, '');
    expect(staleHtml).toContain('Dit is intussen ook gewijzigd');
    expect(staleHtml).toContain('Iets anders');
    const stored = await database.db
      .selectFrom('promise')
      .select(['what', 'toWhom', 'dueOn'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      what: 'Folder en poster sturen',
      toWhom: 'De ouders',
      dueOn: '2027-06-08',
    });
    expect(await page(client, `${url}?verwijder=${id}`)).toContain('Belofte verwijderen?');

    const removed = await client.post(url, { intent: 'belofte-verwijderen', id });

    expect(removed.status).toBe(302);
    expect(
      await database.db.selectFrom('promise').select('id').where('id', '=', id).execute(),
    ).toEqual([]);
    expect((await client.post(url, { intent: 'belofte-verwijderen', id })).status).toBe(404);
  });

  it('edits and removes a compensation, and keeps other organisations out', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const url = `/plannen/${planId}/vertrouwen`;
    await client.post(url, {
      intent: 'vergoeding-nieuw',
      activity: 'Interview',
      compensationForm: 'waardebon',
      amount: '15',
      agreedWith: '',
      paidOn: '',
    });
    const { id } = await database.db
      .selectFrom('compensation')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    const form = await page(client, `${url}?wijzig=${id}`);
    const edit = {
      intent: 'vergoeding-wijzig',
      id,
      updatedAt: editTokenOf(form),
      activity: 'Interview met twee ouders',
      compensationForm: 'geld',
      agreedWith: 'Mijn leidinggevende',
      paidOn: '2027-03-02',
    };
    const other = await signUp(app.baseUrl);
    const otherPlan = await createPlan(other.client);

    const bad = await client.post(`${url}?wijzig=${id}`, { ...edit, amount: 'veel' });
    const foreign = await other.client.post(`/plannen/${otherPlan}/vertrouwen`, {
      ...edit,
      amount: '1',
    });
    const foreignRemove = await other.client.post(`/plannen/${otherPlan}/vertrouwen`, {
      intent: 'vergoeding-verwijderen',
      id,
    });
    const saved = await client.post(url, { ...edit, amount: '25,50' });

    expect(form).toContain('value="15,00"');
    expect(bad.status).toBe(400);
    const badHtml = (await bad.text()).replace(/<!-- -->/g, '');
    expect(badHtml).toContain('Vul een bedrag in zoals 12,50.');
    expect(badHtml).toContain('value="Interview met twee ouders"');
    expect(foreign.status).toBe(404);
    expect(foreignRemove.status).toBe(404);
    expect(saved.status).toBe(302);
    const stored = await database.db
      .selectFrom('compensation')
      .select(['activity', 'form', 'amountCents', 'agreedWith', 'paidOn'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      activity: 'Interview met twee ouders',
      form: 'geld',
      amountCents: 2550,
      agreedWith: 'Mijn leidinggevende',
      paidOn: '2027-03-02',
    });

    const removed = await client.post(url, { intent: 'vergoeding-verwijderen', id });

    expect(removed.status).toBe(302);
    expect((await page(client, url)).replace(/\u00a0/g, ' ')).not.toContain('€ 25,50');
  });
});
