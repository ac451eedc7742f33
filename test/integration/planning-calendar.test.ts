import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaceOnPlan } from '~/features/overzichtskaart/places.server';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, type TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Calendar files over HTTP: the plan's planning.ics, one file per appointment and the private
// subscription, with repeats across the change to summer time. Every file is parsed with ical.js.

const kind = testDatabaseKind();

const coffeeMorning = {
  intent: 'bezoek-nieuw',
  placeId: '',
  placeText: 'Koffieochtend, buurthuis; De Linde',
  visitOn: '16-03-2027',
  visitTime: '09:30',
  duration: '120',
  repeat: '1',
  repeatUntil: '06-04-2027',
  visitStatus: 'gepland',
  parentsBusyWith: '',
  notes: '',
};

const schoolCall = {
  intent: 'contactmoment-nieuw',
  withWhom: 'Juf Ayşe İnce-van der Berg',
  placeId: '',
  plannedOn: '2027-03-29',
  plannedTime: '',
  purpose: 'Vragen of ik bij het koffie-uur mag komen.\nEn een afspraak maken.',
  momentStatus: 'gepland',
  discussedOn: '',
  duration: '',
  repeat: 'nee',
  repeatUntil: '',
};

/** The page without React's text separators, so sentences can be found whole. */
async function page(client: TestClient, path: string): Promise<string> {
  return (await client.html(path)).replace(/<!-- -->/g, '');
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function startsUtc(event: InstanceType<typeof ICAL.Event>): string[] {
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < 20; next = iterator.next()) {
    starts.push(next.toJSDate().toISOString());
  }
  return starts;
}

describe(`calendar files (${kind})`, () => {
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

  async function planWithAppointments(): Promise<{ client: TestClient; planId: string }> {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client, 'Samen bewegen, Overvecht');
    const visit = await owner.client.post(`/plannen/${planId}/stap/4`, coffeeMorning);
    expect(visit.status, await visit.clone().text()).toBe(302);
    const call = await owner.client.post(`/plannen/${planId}/stap/3`, schoolCall);
    expect(call.status, await call.clone().text()).toBe(302);
    return { client: owner.client, planId };
  }

  it('gives the plan planning as one .ics with a repeat that keeps 09:30 across summer time', async () => {
    const { client, planId } = await planWithAppointments();

    const response = await client.get(`/plannen/${planId}/planning.ics`);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="planning-samen-bewegen-overvecht.ics"',
    );
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    const events = parse(text);
    expect(events).toHaveLength(2);
    const visit = events.find((e) => e.summary.startsWith('Bezoek'));
    expect(visit?.summary).toBe('Bezoek: Koffieochtend, buurthuis; De Linde');
    expect(startsUtc(visit as InstanceType<typeof ICAL.Event>)).toEqual([
      '2027-03-16T08:30:00.000Z',
      '2027-03-23T08:30:00.000Z',
      '2027-03-30T07:30:00.000Z',
      '2027-04-06T07:30:00.000Z',
    ]);
    expect(visit?.endDate.toJSDate().toISOString()).toBe('2027-03-16T10:30:00.000Z');
    const call = events.find((e) => e.summary.startsWith('Contact'));
    expect(call?.summary).toBe('Contact met Juf Ayşe İnce-van der Berg');
    expect(call?.startDate.isDate).toBe(true);
    expect(call?.startDate.toString()).toBe('2027-03-29');
    expect(call?.description).toBe(
      'Vragen of ik bij het koffie-uur mag komen.\nEn een afspraak maken.\n\nPlan: Samen bewegen, Overvecht',
    );
  });

  it('names the person of a visit in step 4, the planning and the calendar file', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client, 'Samen bewegen, Overvecht');
    const posted = await owner.client.post(`/plannen/${planId}/stap/4`, {
      ...coffeeMorning,
      repeat: 'nee',
      withWhom: 'Kees, de beheerder',
    });
    expect(posted.status).toBe(302);
    const { id } = await database.db
      .selectFrom('visit')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();

    const step = await owner.client.html(`/plannen/${planId}/stap/4`);
    const planning = await owner.client.html(`/plannen/${planId}/planning?weergave=lijst`);
    const events = parse(await owner.client.html(`/plannen/${planId}/agenda/bezoek-${id}.ics`));
    const all = parse(await owner.client.html(`/plannen/${planId}/planning.ics`));

    expect(step).toContain('Met: Kees, de beheerder');
    expect(planning).toContain(
      'Bezoek: Koffieochtend, buurthuis; De Linde (met Kees, de beheerder)',
    );
    expect(events[0]?.summary).toBe(
      'Bezoek: Koffieochtend, buurthuis; De Linde (met Kees, de beheerder)',
    );
    expect(events[0]?.description).toBe(
      'Met: Kees, de beheerder\n\nPlan: Samen bewegen, Overvecht',
    );
    expect(all[0]?.description).toBe(events[0]?.description);
  });

  it('gives one .ics per appointment, and 404 for an unknown one', async () => {
    const { client, planId } = await planWithAppointments();
    const visit = await database.db
      .selectFrom('visit')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();

    const response = await client.get(`/plannen/${planId}/agenda/bezoek-${visit.id}.ics`);

    expect(response.status).toBe(200);
    const events = parse(await response.text());
    expect(events).toHaveLength(1);
    expect(events[0]?.uid).toBe(`bezoek-${visit.id}@ouders-in-de-wijk`);
    expect((await client.get(`/plannen/${planId}/agenda/bezoek-onbekend.ics`)).status).toBe(404);
    expect((await client.get(`/plannen/${planId}/agenda/iets-anders.txt`)).status).toBe(404);
  });

  it('puts sessions of step 5 in the planning, planning.ics, their own .ics and the subscription', async () => {
    const { client, planId } = await planWithAppointments();
    const posted = await client.post(`/plannen/${planId}/bijeenkomsten`, {
      intent: 'bijeenkomst-nieuw',
      method: 'spiegelbijeenkomst',
      title: 'Ouders vertellen',
      date: '2027-03-30',
      startTime: '09:00',
      endTime: '10:30',
      place: 'Buurthuis De Linde',
      expectedParents: '',
      languageSupport: '',
      childcare: '',
      accessibility: '',
      compensation: '',
      invitationText: '',
      attendedParents: '',
      notesAfter: '',
    });
    expect(posted.status, await posted.clone().text()).toBe(302);
    const session = await database.db
      .selectFrom('workSession')
      .select('id')
      .where('planId', '=', planId)
      .executeTakeFirstOrThrow();
    const summary = 'Bijeenkomst: Ouders vertellen (Spiegelbijeenkomst)';

    const list = await page(client, `/plannen/${planId}/planning?weergave=lijst`);
    const all = parse(await client.html(`/plannen/${planId}/planning.ics`));
    const own = parse(await client.html(`/plannen/${planId}/agenda/bijeenkomst-${session.id}.ics`));
    const made = await client.post('/agenda', { intent: 'nieuw-adres' });
    const address = /\/agenda\/([A-Za-z0-9_-]+)\.ics/.exec(await made.text())?.[0];
    const feed = parse(await (await fetch(`${app.baseUrl}${address}`)).text());

    expect(list).toContain(summary);
    expect(list).toContain(`/plannen/${planId}/bijeenkomsten/${session.id}`);
    expect(all).toHaveLength(3);
    expect(own).toHaveLength(1);
    const event = own[0] as InstanceType<typeof ICAL.Event>;
    expect(event.summary).toBe(summary);
    expect(event.location).toBe('Buurthuis De Linde');
    expect(event.uid).toBe(`bijeenkomst-${session.id}@ouders-in-de-wijk`);
    // 30 March 2027 is after the change to summer time: 09:00 in Amsterdam is 07:00 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-30T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-30T08:30:00.000Z');
    expect(all.some((e) => e.summary === summary)).toBe(true);
    expect(feed.some((e) => e.summary === summary)).toBe(true);
    const other = await signUp(app.baseUrl);
    expect(
      (await other.client.get(`/plannen/${planId}/agenda/bijeenkomst-${session.id}.ics`)).status,
    ).toBe(404);
  });

  it('keeps calendar files of a plan from other organisations and from visitors', async () => {
    const { planId } = await planWithAppointments();
    const other = await signUp(app.baseUrl);

    expect((await other.client.get(`/plannen/${planId}/planning.ics`)).status).toBe(404);
    const anonymous = await fetch(`${app.baseUrl}/plannen/${planId}/planning.ics`, {
      redirect: 'manual',
    });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('Location')).toContain('/inloggen');
  });

  it('serves a private subscription, and renewing it ends the old address', async () => {
    const { client } = await planWithAppointments();

    const first = await client.post('/agenda', { intent: 'nieuw-adres' });
    expect(first.status).toBe(200);
    const firstAddress = /\/agenda\/([A-Za-z0-9_-]+)\.ics/.exec(await first.text())?.[0];
    expect(firstAddress).toBeDefined();
    const feed = await fetch(`${app.baseUrl}${firstAddress}`);
    expect(feed.status).toBe(200);
    expect(parse(await feed.text())).toHaveLength(2);

    const second = await client.post('/agenda', { intent: 'nieuw-adres' });
    const secondAddress = /\/agenda\/([A-Za-z0-9_-]+)\.ics/.exec(await second.text())?.[0];

    expect(secondAddress).not.toBe(firstAddress);
    expect((await fetch(`${app.baseUrl}${firstAddress}`)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}${secondAddress}`)).status).toBe(200);
    const stored = await database.db.selectFrom('calendarFeed').select('tokenHash').execute();
    const token = secondAddress?.slice('/agenda/'.length, -'.ics'.length) ?? '';
    expect(stored.some((row) => row.tokenHash.includes(token))).toBe(false);

    await client.post('/agenda', { intent: 'stoppen' });
    expect((await fetch(`${app.baseUrl}${secondAddress}`)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/agenda/kort.ics`)).status).toBe(404);
  });

  it("shows the school holidays of the plan's region in the week, month and list views", async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client); // Utrecht: regio midden

    const week = await page(
      owner.client,
      `/plannen/${planId}/planning?weergave=week&datum=2026-10-19`,
    );
    const zuidWeek = await page(
      owner.client,
      `/plannen/${planId}/planning?weergave=week&datum=2025-10-08`,
    );
    const month = await page(
      owner.client,
      `/plannen/${planId}/planning?weergave=maand&datum=2027-02-10`,
    );
    const list = await page(owner.client, `/plannen/${planId}/planning?weergave=lijst`);

    expect(week).toContain('schoolvakanties van regio midden');
    expect(week.match(/class="planning-school-holiday">Herfstvakantie</g)).toHaveLength(7);
    expect(zuidWeek).not.toContain('class="planning-school-holiday"');
    expect(month.match(/class="planning-school-holiday">Voorjaarsvakantie</g)).toHaveLength(9);
    expect(list).toContain('Schoolvakanties in regio midden');
  });

  it('lets the beheerder correct a school holiday for the region, and no one else', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client); // Utrecht: regio midden
    const url = `/plannen/${planId}/planning?weergave=lijst`;
    const colleague = await signUp(app.baseUrl);
    const ownerMember = await database.raw
      .selectFrom('member')
      .innerJoin('user', 'user.id', 'member.userId')
      .select(['member.organizationId'])
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
        organizationId: ownerMember.organizationId,
        userId: colleagueUser.id,
        role: 'member',
        createdAt: new Date().toISOString(),
      })
      .execute();
    const correction = {
      intent: 'schoolvakantie-nieuw',
      holidayName: 'Herfstvakantie',
      holidayFrom: '2026-10-10',
      holidayTo: '2026-10-18',
    };

    const bad = await owner.client.post(url, { ...correction, holidayTo: '2026-10-01' });
    const refused = await colleague.client.post(url, correction);
    const saved = await owner.client.post(url, correction);
    const week = await page(
      owner.client,
      `/plannen/${planId}/planning?weergave=week&datum=2026-10-12`,
    );
    const oldWeek = await page(
      owner.client,
      `/plannen/${planId}/planning?weergave=week&datum=2026-10-19`,
    );
    const colleagueList = await page(colleague.client, url);

    expect(bad.status).toBe(400);
    expect((await bad.text()).replace(/<!-- -->/g, '')).toContain(
      'De laatste dag ligt vóór de eerste dag.',
    );
    expect(refused.status).toBe(403);
    expect(saved.status).toBe(302);
    expect(week.match(/class="planning-school-holiday">Herfstvakantie</g)).toHaveLength(7);
    expect(oldWeek).not.toContain('class="planning-school-holiday"');
    expect(colleagueList).toContain('Aangepast door je organisatie');
    expect(colleagueList).not.toContain('name="holidayName"');
  });

  it('ends the subscription of a person who is no longer a member of the organisation', async () => {
    const { client } = await planWithAppointments();
    const made = await client.post('/agenda', { intent: 'nieuw-adres' });
    const address = /\/agenda\/([A-Za-z0-9_-]+)\.ics/.exec(await made.text())?.[0];
    expect((await fetch(`${app.baseUrl}${address}`)).status).toBe(200);
    const token = address?.slice('/agenda/'.length, -'.ics'.length) ?? '';
    const feed = await database.db
      .selectFrom('calendarFeed')
      .select(['organisationId', 'userId'])
      .where('tokenHash', '=', createHash('sha256').update(token).digest('hex'))
      .executeTakeFirstOrThrow();

    await database.raw
      .deleteFrom('member')
      .where('organizationId', '=', feed.organisationId)
      .where('userId', '=', feed.userId)
      .execute();
    const response = await fetch(`${app.baseUrl}${address}`);

    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain('BEGIN:VCALENDAR');
    expect(text).not.toContain('Koffieochtend');
  });

  it('shows only the own organisation in a subscription', async () => {
    await planWithAppointments();
    const other = await signUp(app.baseUrl);
    await createPlan(other.client, 'Leeg plan');

    const made = await other.client.post('/agenda', { intent: 'nieuw-adres' });
    const address = /\/agenda\/([A-Za-z0-9_-]+)\.ics/.exec(await made.text())?.[0];
    const feed = await fetch(`${app.baseUrl}${address}`);

    expect(parse(await feed.text())).toHaveLength(0);
  });

  it('refuses a repeat that ends before it starts, and keeps what was typed', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);

    const response = await owner.client.post(`/plannen/${planId}/stap/4`, {
      ...coffeeMorning,
      repeatUntil: '01-03-2027',
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('De laatste datum ligt vóór de eerste datum.');
    expect(html).toContain('Koffieochtend, buurthuis; De Linde');
  });

  it('stores a repeat with its place from the overzichtskaart as the location', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    const plan = await database.db
      .selectFrom('plan')
      .select('organisationId')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    const placeId = await createPlaceOnPlan(database.db, {
      organisationId: plan.organisationId,
      planId,
      fields: {
        category: 'buurthuis',
        name: 'Buurthuis De Linde',
        address: 'Lindelaan 4',
        postcode: '3555 AB',
        city: 'Utrecht',
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
    await owner.client.post(`/plannen/${planId}/stap/4`, {
      ...coffeeMorning,
      placeId,
      placeText: '',
    });

    const events = parse(await (await owner.client.get(`/plannen/${planId}/planning.ics`)).text());

    expect(events[0]?.location).toBe('Buurthuis De Linde, Lindelaan 4, 3555 AB Utrecht');
  });

  it('shows the week, month and list views with holidays, and what is late', async () => {
    const { client, planId } = await planWithAppointments();

    const week = await page(client, `/plannen/${planId}/planning?weergave=week&datum=2027-03-30`);
    const month = await page(client, `/plannen/${planId}/planning?weergave=maand&datum=2027-03-01`);
    const list = await page(client, `/plannen/${planId}/planning?weergave=lijst`);

    expect(week).toContain('Week van 29 maart 2027 tot en met 4 april 2027');
    expect(week).toContain('Tweede Paasdag');
    expect(week).toContain('09:30 uur</strong>: Bezoek: Koffieochtend, buurthuis; De Linde');
    expect(month).toContain('Goede Vrijdag');
    expect((month.match(/09:30 Bezoek: Koffieochtend/g) ?? []).length).toBe(3);
    expect(list).toContain('Elke week op dinsdag, tot en met 6 april 2027');
    // The dates lie in 2027; until then nothing is late.
    expect(week).toContain('Te laat (0)');
    const other = await signUp(app.baseUrl);
    expect((await other.client.get(`/plannen/${planId}/planning`)).status).toBe(404);
  });

  it('counts a planned appointment whose date has passed as late', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    await owner.client.post(`/plannen/${planId}/stap/3`, {
      ...schoolCall,
      plannedOn: '2024-05-01',
    });

    const html = await page(owner.client, `/plannen/${planId}/planning`);

    expect(html).toContain('Te laat (1)');
    expect(html).toContain('1 mei 2024');
  });
});
