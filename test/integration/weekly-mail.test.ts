import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWeeklyMailJob, weeklyMailPeriod } from '~/features/teams/weekly-mail.server';
import { resetConfig } from '~/lib/config.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { type FakeSmtp, mailText, startFakeSmtp } from '../support/fake-smtp';
import { createPlan, signUp, TestClient, uniqueEmail } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// The weekly e-mail with what is due, with a fake mail server and the clock set to a Monday
// morning in 2027: the job runs in this test process (as in an app process), against the
// database of a running app server where the people and plans were made through the forms.

const kind = testDatabaseKind();
const BASE_URL = 'https://ouders.example.org';

/** Monday 15 March 2027, 08:00 in Amsterdam (07:00 UTC): ISO week 2027-W11. */
const MONDAY = new Date('2027-03-15T07:00:00Z');

function inviteLinkOf(html: string): string {
  const match =
    /id="uitnodigingslink"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="uitnodigingslink"/.exec(
      html,
    );
  const link = match?.[1] ?? match?.[2];
  if (!link) throw new Error('No invitation link on the page');
  return link;
}

async function post(client: TestClient, path: string, fields: Record<string, string>) {
  const response = await client.post(path, fields);
  expect(response.status, `${path} ${fields.intent} ${await response.clone().text()}`).toBe(302);
  return response;
}

describe(`weekly e-mail with what is due (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let second: DatabaseHandle;
  let smtp: FakeSmtp;
  let dropPostgres: (() => Promise<void>) | undefined;
  const previousEnv = { SMTP_URL: process.env.SMTP_URL, BASE_URL: process.env.BASE_URL };

  let responsible: { client: TestClient; email: string };
  let manager: { client: TestClient; email: string };
  let idle: { client: TestClient; email: string };
  let planId: string;

  function setSmtp(url: string | undefined) {
    if (url) process.env.SMTP_URL = url;
    else delete process.env.SMTP_URL;
    process.env.BASE_URL = BASE_URL;
    resetConfig();
  }

  function mailsTo(email: string) {
    return smtp.received.filter((mail) => mail.to.includes(email));
  }

  beforeAll(async () => {
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({ kind: 'sqlite', env: pg ? { DATABASE_URL: pg.url } : {} });
    database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
    // A second connection pool, as a second app process has.
    second = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
    smtp = await startFakeSmtp();

    // The responsible professional: a plan with a contact moment this week (with a parent's
    // name in "met wie"), a late promise, an open promise and a question waiting too long.
    responsible = await signUp(app.baseUrl, { name: 'Hanneke de Wit' });
    planId = await createPlan(responsible.client, 'Samen bewegen in Overvecht');
    await post(responsible.client, `/plannen/${planId}/stap/3`, {
      intent: 'contactmoment-nieuw',
      withWhom: 'Ayşe Demir',
      placeId: '',
      plannedOn: '16-03-2027',
      plannedTime: '09:30',
      purpose: 'Kennismaken op de koffieochtend.',
      momentStatus: 'gepland',
      discussedOn: '',
    });
    await post(responsible.client, `/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Flyers brengen',
      toWhom: 'Meneer Jansen',
      dueOn: '2027-03-01',
    });
    await post(responsible.client, `/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Zwemles uitzoeken',
      toWhom: 'Meneer Jansen',
      dueOn: '2027-04-01',
    });
    await post(responsible.client, `/plannen/${planId}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '01-03-2027',
      receivedTime: '10:00',
      channel: 'telefoon',
      fromWhom: 'Fatima El Amrani',
      about: 'Vraag over de zwemles.',
    });

    // A leidinggevende of the same organisation: gets all the organisation's plans.
    const invite = await responsible.client.post('/team', {
      intent: 'uitnodigen',
      email: '',
      role: 'manager',
    });
    expect(invite.status).toBe(200);
    const token =
      inviteLinkOf(await invite.text())
        .split('/')
        .pop() ?? '';
    const managerClient = new TestClient(app.baseUrl);
    const managerEmail = uniqueEmail('leidinggevende');
    await post(managerClient, `/registreren?uitnodiging=${token}`, {
      name: 'Pieter Smit',
      email: managerEmail,
      password: 'een lang wachtwoord',
    });
    manager = { client: managerClient, email: managerEmail };

    // Another organisation with a plan where nothing is due.
    idle = await signUp(app.baseUrl, { name: 'Kees Bos', organisationName: 'Gemeente Test' });
    await createPlan(idle.client, 'Rustig plan');
  });

  afterAll(async () => {
    process.env.SMTP_URL = previousEnv.SMTP_URL;
    process.env.BASE_URL = previousEnv.BASE_URL;
    if (previousEnv.SMTP_URL === undefined) delete process.env.SMTP_URL;
    if (previousEnv.BASE_URL === undefined) delete process.env.BASE_URL;
    resetConfig();
    await smtp?.close();
    await database?.close();
    await second?.close();
    await app?.stop();
    await dropPostgres?.();
  });

  it('names the period after the ISO week in Amsterdam', () => {
    expect(weeklyMailPeriod(MONDAY)).toBe('2027-W11');
    // Sunday 21:30 UTC is already Monday in Amsterdam in the summer.
    expect(weeklyMailPeriod(new Date('2027-06-27T22:30:00Z'))).toBe('2027-W26');
  });

  it('sends nothing and claims nothing without SMTP', async () => {
    setSmtp(undefined);
    expect(await runWeeklyMailJob(database, { now: MONDAY })).toEqual({
      ran: false,
      reason: 'geen-smtp',
    });
    expect(smtp.received).toHaveLength(0);
    const claims = await database.db
      .selectFrom('jobRun')
      .select('period')
      .where('job', '=', 'weekmail')
      .execute();
    expect(claims).toHaveLength(0);
  });

  it('waits until Monday morning', async () => {
    setSmtp(smtp.url);
    const early = new Date('2027-03-15T05:00:00Z'); // 06:00 in Amsterdam
    expect(await runWeeklyMailJob(database, { now: early })).toMatchObject({ ran: false });
    expect(smtp.received).toHaveLength(0);
  });

  it('sends each person with something due one mail, once, however many processes run it', async () => {
    setSmtp(smtp.url);
    const [a, b] = await Promise.all([
      runWeeklyMailJob(database, { now: MONDAY }),
      runWeeklyMailJob(second, { now: MONDAY }),
    ]);
    const ran = [a, b].filter((r) => r.ran);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ members: 2, sent: 2, failed: 0 });
    // Later that week: already done.
    expect(
      await runWeeklyMailJob(database, { now: new Date('2027-03-18T12:00:00Z') }),
    ).toMatchObject({ ran: false, reason: 'al-gedaan' });

    expect(mailsTo(responsible.email)).toHaveLength(1);
    expect(mailsTo(manager.email)).toHaveLength(1);
    // Nothing due: no mail.
    expect(mailsTo(idle.email)).toHaveLength(0);
    expect(smtp.received).toHaveLength(2);

    const mail = mailsTo(responsible.email)[0];
    if (!mail) throw new Error('no mail');
    expect(mail.raw).toMatch(/Subject: Wat er deze week te doen is/);
    const text = mailText(mail);
    expect(text).toContain('Samen bewegen in Overvecht');
    expect(text).toContain(`${BASE_URL}/plannen/${planId}`);
    expect(text).toContain(
      'dinsdag 16 maart, 09:30 uur: Contactmoment. Kennismaken op de koffieochtend.',
    );
    expect(text).toContain('1 vraag wacht te lang op een antwoord.');
    expect(text).toContain('1 belofte is te laat.');
    expect(text).toContain('1 belofte staat nog open.');
    expect(text).toContain(`${BASE_URL}/account`);
    // No names of parents or key figures: not "met wie", not to whom, not from whom.
    for (const name of ['Ayşe', 'Ay=C5=9Fe', 'Jansen', 'Fatima', 'Flyers']) {
      expect(text).not.toContain(name);
    }
    expect(mailText(mailsTo(manager.email)[0] ?? mail)).toContain('Samen bewegen in Overvecht');
  });

  it('sends nothing to a person who turned the weekly mail off on /account', async () => {
    const wrong = await responsible.client.post('/account', {
      intent: 'weekmail',
      weeklyMail: 'misschien',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Kies of je de weekmail wilt krijgen.');

    expect(await responsible.client.html('/account')).toContain('Weekmail uitzetten');
    await post(responsible.client, '/account', { intent: 'weekmail', weeklyMail: 'uit' });
    const page = await responsible.client.html('/account');
    expect(page).toContain('De weekmail staat uit. Je krijgt deze mail niet meer.');
    expect(page).toContain('Weekmail aanzetten');

    setSmtp(smtp.url);
    const before = smtp.received.length;
    const nextWeek = new Date('2027-03-22T08:00:00Z');
    expect(await runWeeklyMailJob(database, { now: nextWeek })).toMatchObject({
      ran: true,
      sent: 1,
    });
    const sent = smtp.received.slice(before);
    expect(sent.flatMap((m) => m.to)).toEqual([manager.email]);

    await post(responsible.client, '/account', { intent: 'weekmail', weeklyMail: 'aan' });
    expect(await responsible.client.html('/account')).toContain(
      'De weekmail staat aan. Je krijgt elke maandag een mail met wat er te doen is.',
    );
  });

  it('goes on when the mail server is down', async () => {
    const closed = await startFakeSmtp();
    await closed.close();
    setSmtp(closed.url);
    const result = await runWeeklyMailJob(database, { now: new Date('2027-03-29T08:00:00Z') });
    expect(result).toMatchObject({ ran: true, members: 2, sent: 0, failed: 2 });
    const finished = await database.db
      .selectFrom('jobRun')
      .select('finishedAt')
      .where('job', '=', 'weekmail')
      .where('period', '=', '2027-W13')
      .executeTakeFirstOrThrow();
    expect(finished.finishedAt).not.toBeNull();
  });
});

describe(`weekly mail job started by the server (${kind})`, () => {
  const local = DateTime.now().setZone('Europe/Amsterdam');
  const beforeStart = local.weekday === 1 && local.hour < 7;

  it.skipIf(beforeStart)(
    'is claimed for this week by a running app process with SMTP',
    async () => {
      const smtp = await startFakeSmtp();
      const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
      const app = await startAppServer({
        kind: 'sqlite',
        env: {
          JOB_FIRST_CHECK_SECONDS: '0',
          SMTP_URL: smtp.url,
          ...(pg ? { DATABASE_URL: pg.url } : {}),
        },
      });
      const database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
      try {
        const period = weeklyMailPeriod(new Date());
        let run: { finishedAt: string | null } | undefined;
        for (let attempt = 0; attempt < 50 && !run?.finishedAt; attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          run = await database.db
            .selectFrom('jobRun')
            .select('finishedAt')
            .where('job', '=', 'weekmail')
            .where('period', '=', period)
            .executeTakeFirst();
        }
        expect(run?.finishedAt).toBeTruthy();
      } finally {
        await database.close();
        await app.stop();
        await pg?.drop();
        await smtp.close();
      }
    },
  );
});
