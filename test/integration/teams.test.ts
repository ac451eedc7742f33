import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../app/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { type FakeSmtp, mailText, startFakeSmtp } from '../support/fake-smtp';
import { createPlan, signUp, TestClient, uniqueEmail } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

const kind = testDatabaseKind();

/** Follows one redirect and answers the page's HTML. */
async function follow(client: TestClient, response: Response): Promise<string> {
  const location = response.headers.get('Location');
  if (response.status >= 300 && response.status < 400 && location) {
    return client.html(location);
  }
  return response.text();
}

function decode(html: string): string {
  return html
    .replaceAll('<!-- -->', '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

/** The invitation link shown on the page after "Uitnodiging maken". */
function inviteLinkOf(html: string): string {
  const match =
    /id="uitnodigingslink"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="uitnodigingslink"/.exec(
      html,
    );
  const link = match?.[1] ?? match?.[2];
  if (!link) throw new Error('No invitation link on the page');
  return new URL(decode(link)).pathname;
}

describe(`teams, roles and partners (${kind})`, () => {
  let app: AppServer;
  let smtp: FakeSmtp;
  let database: DatabaseHandle;
  let dropPostgres: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
    dropPostgres = pg?.drop;
    app = await startAppServer({
      kind: 'sqlite',
      env: {
        SIGNUP: 'invite',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Ouders in de wijk <test@example.org>',
        ...(pg ? { DATABASE_URL: pg.url } : {}),
      },
    });
    database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  });

  afterAll(async () => {
    await database?.close();
    await app?.stop();
    await smtp?.close();
    await dropPostgres?.();
  });

  /** With SIGNUP=invite the first person of an organisation is made the way an operator would. */
  async function founder(organisationName: string) {
    const client = new TestClient(app.baseUrl);
    const email = uniqueEmail('beheer');
    const { createAuth } = await import('../../app/features/auth/auth.server');
    const { readConfig } = await import('../../app/lib/config.server');
    const config = readConfig({
      BASE_URL: app.baseUrl,
      DATA_DIR: app.dataDir,
      BETTER_AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
      RATE_LIMIT: 'off',
    });
    const auth = createAuth({ config: { ...config, signup: 'open' }, database });
    await auth.api.signUpEmail({
      body: {
        name: `Beheerder ${organisationName}`,
        email,
        password: 'een lang wachtwoord',
        organisationName,
      } as never,
    });
    const signIn = await client.post('/inloggen', { email, password: 'een lang wachtwoord' });
    expect(signIn.status).toBe(302);
    return client;
  }

  async function inviteToTeam(admin: TestClient, role: string, email = '') {
    const response = await admin.post('/team', { intent: 'uitnodigen', email, role });
    expect(response.status).toBe(200);
    return inviteLinkOf(await response.text());
  }

  async function joinWithNewAccount(path: string, name: string) {
    const token = path.split('/').pop() ?? '';
    const client = new TestClient(app.baseUrl);
    const email = uniqueEmail(name.toLowerCase().replace(/\W/g, ''));
    const response = await client.post(`/registreren?uitnodiging=${token}`, {
      name,
      organisationName: `Organisatie van ${name}`,
      email,
      password: 'een lang wachtwoord',
    });
    expect(response.status).toBe(302);
    return { client, email, location: response.headers.get('Location') ?? '' };
  }

  it('refuses open sign-up, on the page and through /api/auth, without a valid invitation', async () => {
    const client = new TestClient(app.baseUrl);
    expect(await client.html('/registreren')).toContain('alleen een account maken');
    const page = await client.post('/registreren?uitnodiging=verzonnen-token-van-twintig-tekens', {
      name: 'Iemand',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    expect(page.status).toBe(403);
    const direct = await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Iemand',
        email: uniqueEmail(),
        password: 'een lang wachtwoord',
        invitation: 'verzonnen-token-van-twintig-tekens',
      }),
    });
    expect(direct.status).toBe(403);
  });

  it('invites a colleague by link: sign up with it, join the team, link works once', async () => {
    const admin = await founder('GGD Linkstad');
    const link = await inviteToTeam(admin, 'member');
    expect(await new TestClient(app.baseUrl).html(link)).toContain('team van GGD Linkstad');

    const colleague = await joinWithNewAccount(link, 'Noor Bakker');
    expect(colleague.location).toBe('/plannen');
    expect(decode(await colleague.client.html('/plannen'))).toContain(
      'De plannen van GGD Linkstad',
    );
    const team = decode(await admin.html('/team'));
    expect(team).toContain('Noor Bakker');
    expect(team).toContain('Er zijn geen open uitnodigingen.');

    const again = await new TestClient(app.baseUrl).get(link);
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('Deze uitnodiging werkt niet meer');
  });

  it('sends the invitation by e-mail through SMTP and still shows the link', async () => {
    const admin = await founder('Wijkteam Mailstad');
    const email = uniqueEmail('collega');
    const before = smtp.received.length;
    const response = await admin.post('/team', { intent: 'uitnodigen', email, role: 'manager' });
    const html = await response.text();
    expect(html).toContain(`We hebben de link gemaild naar ${email}`);
    const link = inviteLinkOf(html);

    expect(smtp.received.length).toBe(before + 1);
    const mail = smtp.received.at(-1);
    if (!mail) throw new Error('no mail');
    expect(mail.to).toEqual([email]);
    expect(mailText(mail)).toContain(`${app.baseUrl}${link}`);
  });

  it('lets someone with an account sign in and accept, and then work in the new team', async () => {
    const admin = await founder('Jeugdwerk Instap');
    const link = await inviteToTeam(admin, 'member');
    const existing = await founder('Oude Organisatie');

    const page = decode(await existing.html(link));
    expect(page).toContain('Je bent ingelogd als Beheerder Oude Organisatie (Oude Organisatie)');
    const accepted = await existing.post(link, {});
    expect(accepted.headers.get('Location')).toBe('/plannen');
    expect(decode(await existing.html('/plannen'))).toContain('De plannen van Jeugdwerk Instap');
    expect(decode(await admin.html('/team'))).toContain('Beheerder Oude Organisatie');

    // Signed out, the page offers signing in and coming back here.
    const anonymous = decode(
      await new TestClient(app.baseUrl).html(await inviteToTeam(admin, 'member')),
    );
    expect(anonymous).toMatch(/href="\/inloggen\?terug=%2Fuitnodiging%2F[^"]+"/);
  });

  it('lets only a beheerder change roles and remove members (403 for others)', async () => {
    const admin = await founder('Buurtwerk Rolstad');
    const colleague = await joinWithNewAccount(await inviteToTeam(admin, 'member'), 'Sem Jansen');

    expect(
      (await colleague.client.post('/team', { intent: 'uitnodigen', email: '', role: 'admin' }))
        .status,
    ).toBe(403);
    const team = await admin.html('/team');
    // The only beheerder gets no role buttons, but a sentence that says why.
    expect(decode(team)).toContain('Je bent de enige beheerder.');
    const memberId = /name="memberId" value="([^"]+)"/g;
    const ids = [...team.matchAll(memberId)].map((m) => m[1] ?? '');
    expect(ids).toHaveLength(1);
    const rows = await database.raw
      .selectFrom('member')
      .innerJoin('user', 'user.id', 'member.userId')
      .select(['member.id', 'user.name'])
      .where('member.organizationId', 'in', (eb) =>
        eb.selectFrom('member').select('organizationId').where('id', 'in', ids),
      )
      .execute();
    const semId = rows.find((r) => r.name === 'Sem Jansen')?.id ?? '';
    const adminId = rows.find((r) => r.name !== 'Sem Jansen')?.id ?? '';

    expect(
      (await colleague.client.post('/team', { intent: 'rol', memberId: adminId, role: 'member' }))
        .status,
    ).toBe(403);
    expect(
      (await colleague.client.post('/team', { intent: 'verwijderen', id: adminId })).status,
    ).toBe(403);

    // The last beheerder cannot be made something else.
    expect(
      (await admin.post('/team', { intent: 'rol', memberId: adminId, role: 'member' })).status,
    ).toBe(403);

    const changed = await follow(
      admin,
      await admin.post('/team', { intent: 'rol', memberId: semId, role: 'manager' }),
    );
    expect(changed).toContain('De rol is opgeslagen.');
    const role = await database.raw
      .selectFrom('member')
      .select('role')
      .where('id', '=', semId)
      .executeTakeFirstOrThrow();
    expect(role.role).toBe('manager');

    const removed = await follow(
      admin,
      await admin.post('/team', { intent: 'verwijderen', id: semId }),
    );
    expect(removed).not.toContain('Sem Jansen');
    expect((await colleague.client.get('/plannen')).status).toBe(302);
  });

  it('a leidinggevende reads every plan, comments and approves, but gets 403 on edits', async () => {
    const admin = await founder('GGD Leidstad');
    const planId = await createPlan(admin, 'Ouders in Leidstad-Oost');
    const moment = await admin.post(`/plannen/${planId}/stap/3`, {
      intent: 'contactmoment-nieuw',
      withWhom: 'Juf Samira van De Regenboog',
      placeId: '',
      plannedOn: '14-03-2027',
      plannedTime: '09:30',
      purpose: 'Kennismaken.',
      momentStatus: 'gepland',
      discussedOn: '',
    });
    expect(moment.status).toBeLessThan(400);
    const manager = await joinWithNewAccount(await inviteToTeam(admin, 'manager'), 'Mirjam Visser');

    const step1 = await manager.client.html(`/plannen/${planId}/stap/1`);
    expect(step1).toContain('Je bent leidinggevende');
    expect(step1).toContain('plan-read-only');
    expect(
      (await manager.client.post(`/plannen/${planId}`, { intent: 'naam', title: 'Nieuw' })).status,
    ).toBe(403);
    expect(
      (await manager.client.post(`/plannen/${planId}/stap/1`, { intent: 'antwoorden' })).status,
    ).toBe(403);
    expect(
      (await manager.client.post(`/plannen/${planId}/vertrouwen`, { intent: 'binnen-nieuw' }))
        .status,
    ).toBe(403);

    // Nor does a leidinggevende make plans or contacts of the organisation.
    const newPlan = await manager.client.post('/plannen/nieuw', {
      title: 'Plan van de leidinggevende',
      municipality: 'GM0344',
      areas: ['WK034403'],
      typedAreas: '',
    });
    expect(newPlan.status).toBe(403);
    expect((await manager.client.post('/contacten/nieuw', { soort: 'sleutelfiguur' })).status).toBe(
      403,
    );
    expect(decode(await manager.client.html('/plannen'))).not.toContain('Nieuw plan maken');

    // Comment about one item and about the whole planning.
    const planning = await manager.client.html(`/plannen/${planId}/planning`);
    const itemKey = /<option value="(contactmoment:[^"]+)"/.exec(planning)?.[1];
    expect(itemKey).toBeDefined();
    const empty = await manager.client.post(`/plannen/${planId}/planning`, {
      intent: 'reactie',
      tekst: '',
      over: '',
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Vul je reactie in.');
    const commented = await follow(
      manager.client,
      await manager.client.post(`/plannen/${planId}/planning`, {
        intent: 'reactie',
        tekst: 'Kun je ook de moskee vragen?',
        over: itemKey ?? '',
      }),
    );
    expect(decode(commented)).toContain('Mirjam Visser (GGD Leidstad)');
    expect(decode(commented)).toContain('Kun je ook de moskee vragen?');

    // The professional answers; the medewerker cannot approve.
    await admin.post(`/plannen/${planId}/planning`, {
      intent: 'reactie',
      tekst: 'Goed idee, doe ik.',
      over: '',
    });
    const approved = await follow(
      manager.client,
      await manager.client.post(`/plannen/${planId}/planning`, { intent: 'goedkeuren' }),
    );
    expect(approved).toMatch(/De planning is goedgekeurd door Mirjam Visser op \d+ \w+ \d{4}\./);
    expect(decode(await admin.html(`/plannen/${planId}/planning`))).toContain('Goed idee, doe ik.');
    const plan = await database.db
      .selectFrom('plan')
      .select('planningDiscussedOn')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    expect(plan.planningDiscussedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const medewerker = await joinWithNewAccount(await inviteToTeam(admin, 'member'), 'Daan Smit');
    expect(
      (await medewerker.client.post(`/plannen/${planId}/planning`, { intent: 'goedkeuren' }))
        .status,
    ).toBe(403);
    expect(await medewerker.client.html(`/plannen/${planId}/planning`)).not.toContain(
      'Planning goedkeuren',
    );

    // The overview shows the plan with its steps, this week, late answers and open promises.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    const thisWeek = await admin.post(`/plannen/${planId}/stap/3`, {
      intent: 'contactmoment-nieuw',
      withWhom: 'Meester Joost van het buurthuis',
      placeId: '',
      plannedOn: today,
      plannedTime: '',
      purpose: '',
      momentStatus: 'gepland',
      discussedOn: '',
    });
    expect(thisWeek.status).toBe(302);
    const incoming = await admin.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'binnen-nieuw',
      receivedOn: '2026-01-05',
      receivedTime: '10:00',
      channel: 'telefoon',
      fromWhom: 'Een moeder van de Regenboog',
      about: '',
    });
    expect(incoming.status).toBe(302);
    for (const what of ['Flyers in het Turks brengen', 'Terugbellen over de speeltuin']) {
      const promise = await admin.post(`/plannen/${planId}/vertrouwen`, {
        intent: 'belofte-nieuw',
        what,
        toWhom: 'Buurthuis De Linde',
        dueOn: '2026-01-10',
      });
      expect(promise.status).toBe(302);
    }
    const step2 = await admin.post(`/plannen/${planId}/stap/2`, {
      intent: 'stap-status',
      status: 'klaar',
    });
    expect(step2.status).toBe(302);
    const overview = decode(await manager.client.html('/overzicht'));
    expect(overview).toContain('Ouders in Leidstad-Oost');
    expect(overview).toContain('Deze week (1)');
    expect(overview).toContain('Meester Joost van het buurthuis');
    expect(overview).toContain('Wachten te lang op antwoord: <strong>1</strong>');
    expect(overview).toContain('Open beloftes: <strong>2</strong> (2 over de datum)');
    expect(overview).toMatch(
      />2\. [^<]+<\/th><td><span class="status-badge status-badge--klaar">Klaar/,
    );
  });

  it('shares one plan with a partner and a guest of another organisation, nothing else', async () => {
    const owner = await founder('Gemeente Deelstad');
    const sharedPlan = await createPlan(owner, 'Samen in Deelstad-Zuid');
    const otherPlan = await createPlan(owner, 'Geheim plan van Deelstad');

    const partnerInvite = await owner.post(`/plannen/${sharedPlan}/delen`, {
      intent: 'uitnodigen',
      email: '',
      access: 'partner',
    });
    const partner = await joinWithNewAccount(
      inviteLinkOf(await partnerInvite.text()),
      'Pieter Welzijn',
    );
    expect(partner.location).toMatch(/^\/uitnodiging\//);
    const accepted = await partner.client.post(partner.location, {});
    expect(accepted.headers.get('Location')).toBe(`/plannen/${sharedPlan}`);

    const guestInvite = await owner.post(`/plannen/${sharedPlan}/delen`, {
      intent: 'uitnodigen',
      email: '',
      access: 'gast',
    });
    const guest = await joinWithNewAccount(inviteLinkOf(await guestInvite.text()), 'Gerda Gast');
    await guest.client.post(guest.location, {});

    // Both keep their own organisation and see the shared plan apart.
    const list = decode(await partner.client.html('/plannen'));
    expect(list).toContain('De plannen van Organisatie van Pieter Welzijn');
    expect(list).toContain('Gedeeld door andere organisaties');
    expect(list).toContain('Samen in Deelstad-Zuid');
    expect(list).not.toContain('Geheim plan van Deelstad');

    // The partner edits the shared plan; nothing else of the owner is reachable.
    const renamed = await partner.client.post(`/plannen/${sharedPlan}`, {
      intent: 'naam',
      title: 'Samen in Zuid',
    });
    expect(renamed.status).toBe(302);
    expect(
      (await partner.client.post(`/plannen/${sharedPlan}`, { intent: 'verwijderen' })).status,
    ).toBe(403);
    for (const path of [
      `/plannen/${otherPlan}`,
      `/plannen/${otherPlan}/stap/1`,
      `/plannen/${otherPlan}/planning`,
      `/plannen/${otherPlan}/export.json`,
    ]) {
      expect((await partner.client.get(path)).status).toBe(404);
      expect((await guest.client.get(path)).status).toBe(404);
    }
    expect((await partner.client.get(`/plannen/${sharedPlan}/delen`)).status).toBe(403);
    expect(decode(await partner.client.html('/overzicht'))).not.toContain('Deelstad');
    expect(decode(await partner.client.html('/contacten'))).not.toContain('Gemeente Deelstad');
    // The owner's contacts register is not part of the shared plan.
    for (const file of ['contactpersonen.csv', 'contactpersonen.xlsx']) {
      const sheet = await partner.client.get(`/plannen/${sharedPlan}/export/${file}`);
      expect(sheet.status, file).toBe(403);
    }
    expect(
      (await partner.client.get(`/plannen/${sharedPlan}/export/ontmoetingsplekken.csv`)).status,
    ).toBe(200);
    expect(await partner.client.html(`/plannen/${sharedPlan}/stap/3`)).not.toContain(
      'export/contactpersonen',
    );

    // The guest reads but cannot change or comment.
    const guestPage = decode(await guest.client.html(`/plannen/${sharedPlan}/planning`));
    expect(guestPage).toContain('Je bent gast bij dit plan');
    expect(guestPage).not.toContain('Reactie plaatsen');
    expect(
      (await guest.client.post(`/plannen/${sharedPlan}`, { intent: 'naam', title: 'X' })).status,
    ).toBe(403);
    expect(
      (
        await guest.client.post(`/plannen/${sharedPlan}/planning`, {
          intent: 'reactie',
          tekst: 'Hoi',
          over: '',
        })
      ).status,
    ).toBe(403);

    // The owner sees who has access, with their own organisation, and can take it away.
    const sharePage = decode(await owner.html(`/plannen/${sharedPlan}/delen`));
    expect(sharePage).toContain('Pieter Welzijn (Organisatie van Pieter Welzijn)');
    expect(sharePage).toContain('Gerda Gast (Organisatie van Gerda Gast)');
    const shareId = await database.db
      .selectFrom('planShare')
      .innerJoin('plan', 'plan.id', 'planShare.planId')
      .select('planShare.id')
      .where('planShare.planId', '=', sharedPlan)
      .where('planShare.access', '=', 'gast')
      .executeTakeFirstOrThrow();
    await owner.post(`/plannen/${sharedPlan}/delen`, { intent: 'verwijderen', id: shareId.id });
    expect((await guest.client.get(`/plannen/${sharedPlan}`)).status).toBe(404);
  });
});

describe(`invitations when the mail server is down (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind, env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('still shows the link to copy and says the mail did not go out', async () => {
    const { client } = await signUp(app.baseUrl, { organisationName: 'GGD Zonder Mail' });
    const email = uniqueEmail('collega');
    const response = await client.post('/team', { intent: 'uitnodigen', email, role: 'member' });
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(
      `De link is niet gemaild. Kopieer de link en stuur hem zelf naar ${email}.`,
    );
    expect(await new TestClient(app.baseUrl).html(inviteLinkOf(html))).toContain(
      'team van GGD Zonder Mail',
    );
  });
});
