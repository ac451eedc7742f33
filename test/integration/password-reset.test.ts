import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { type FakeSmtp, mailText, startFakeSmtp } from '../support/fake-smtp';
import { signUp, TestClient, uniqueEmail } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// A new password with a link: asked for by mail when the app can send mail, otherwise made by
// a beheerder on /team. Every link works for a limited time and once.

const kind = testDatabaseKind();

function decode(html: string): string {
  return html
    .replaceAll('<!-- -->', '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

async function startApp(env: Record<string, string>) {
  const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const app = await startAppServer({ env: { ...env, ...(pg ? { DATABASE_URL: pg.url } : {}) } });
  const database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  return {
    app,
    database,
    stop: async () => {
      await database.close();
      await app.stop();
      await pg?.drop();
    },
  };
}

async function signIn(baseUrl: string, email: string, password: string) {
  const client = new TestClient(baseUrl);
  const response = await client.post('/inloggen', { email, password });
  return { client, response };
}

describe(`password reset by mail (${kind})`, () => {
  let smtp: FakeSmtp;
  let app: AppServer;
  let database: DatabaseHandle;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    ({ app, database, stop } = await startApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Ouders in de wijk <test@example.org>',
    }));
  });

  afterAll(async () => {
    await stop?.();
    await smtp?.close();
  });

  function resetLinkIn(to: string): string {
    const mail = smtp.received.findLast((m) => m.to.includes(to));
    if (!mail) throw new Error(`No mail to ${to}`);
    const link = /http:\/\/\S+\/wachtwoord-herstellen\/[A-Za-z0-9_-]+/.exec(mailText(mail))?.[0];
    if (!link) throw new Error('No reset link in the mail');
    return new URL(link).pathname;
  }

  it('mails a link that sets a new password once, and ends the old sessions', async () => {
    const { client: oldSession, email } = await signUp(app.baseUrl, { name: 'Sanne de Boer' });
    const anonymous = new TestClient(app.baseUrl);
    expect(await anonymous.html('/inloggen')).toContain('Wachtwoord vergeten?');

    const asked = await anonymous.post('/wachtwoord-vergeten', { email });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(`Is ${email} bij ons bekend?`);
    const path = resetLinkIn(email);
    const token = path.split('/').pop() ?? '';
    // Only a hash of the token is stored.
    const stored = await database.raw
      .selectFrom('verification' as never)
      .select('identifier' as never)
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await anonymous.html(path)).toContain('Nieuw wachtwoord kiezen');

    const different = await anonymous.post(path, {
      newPassword: 'een nieuw lang wachtwoord',
      repeatPassword: 'iets anders',
    });
    expect(different.status).toBe(400);
    expect(await different.text()).toContain('De twee wachtwoorden zijn niet hetzelfde.');
    const common = await anonymous.post(path, {
      newPassword: 'wachtwoord123',
      repeatPassword: 'wachtwoord123',
    });
    expect(common.status).toBe(400);
    expect(await common.text()).toContain('Dit wachtwoord gebruiken heel veel mensen.');

    const saved = await anonymous.post(path, {
      newPassword: 'een nieuw lang wachtwoord',
      repeatPassword: 'een nieuw lang wachtwoord',
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get('Location')).toBe('/inloggen');

    expect((await signIn(app.baseUrl, email, 'een lang wachtwoord')).response.status).toBe(400);
    expect((await signIn(app.baseUrl, email, 'een nieuw lang wachtwoord')).response.status).toBe(
      302,
    );
    const old = await oldSession.get('/plannen');
    expect(old.status).toBe(302);
    expect(old.headers.get('Location')).toContain('/inloggen');
    // Used once: the link does not work a second time.
    expect(decode(await anonymous.html(path))).toContain('Deze link werkt niet meer.');
    const again = await anonymous.post(path, {
      newPassword: 'nog een ander wachtwoord',
      repeatPassword: 'nog een ander wachtwoord',
    });
    expect(again.status).toBe(404);
    expect((await signIn(app.baseUrl, email, 'nog een ander wachtwoord')).response.status).toBe(
      400,
    );
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const before = smtp.received.length;
    const unknown = uniqueEmail('onbekend');

    const asked = await new TestClient(app.baseUrl).post('/wachtwoord-vergeten', {
      email: unknown,
    });

    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(`Is ${unknown} bij ons bekend?`);
    expect(smtp.received.length).toBe(before);
  });

  it('keeps the typed address and says what is wrong with it', async () => {
    const asked = await new TestClient(app.baseUrl).post('/wachtwoord-vergeten', {
      email: 'geen-adres',
    });

    expect(asked.status).toBe(400);
    const page = decode(await asked.text());
    expect(page).toContain('Vul een geldig e-mailadres in');
    expect(page).toContain('value="geen-adres"');
  });

  it('refuses an expired link', async () => {
    const { email } = await signUp(app.baseUrl);
    await new TestClient(app.baseUrl).post('/wachtwoord-vergeten', { email });
    const path = resetLinkIn(email);
    // Set the clock of every stored link an hour back, in the form the database holds it.
    const rows = (await database.raw
      .selectFrom('verification' as never)
      .select(['id', 'expiresAt'] as never[])
      .execute()) as unknown as { id: string; expiresAt: unknown }[];
    for (const row of rows) {
      const past = new Date(Date.now() - 60 * 60 * 1000);
      const value =
        typeof row.expiresAt === 'string'
          ? past.toISOString()
          : typeof row.expiresAt === 'number'
            ? past.getTime()
            : past;
      await database.raw
        .updateTable('verification' as never)
        .set({ expiresAt: value } as never)
        .where('id' as never, '=', row.id as never)
        .execute();
    }

    const client = new TestClient(app.baseUrl);
    expect(decode(await client.html(path))).toContain('Deze link werkt niet meer.');
    const response = await client.post(path, {
      newPassword: 'een nieuw lang wachtwoord',
      repeatPassword: 'een nieuw lang wachtwoord',
    });
    expect(response.status).toBe(404);
  });
});

describe(`password reset without mail (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, database, stop } = await startApp({}));
  });

  afterAll(async () => {
    await stop?.();
  });

  function resetLinkOf(html: string): string {
    const link = /id="herstellink"[^>]*value="([^"]+)"/.exec(html)?.[1];
    if (!link) throw new Error('No reset link on the page');
    return new URL(decode(link)).pathname;
  }

  async function teamWithColleague() {
    const admin = await signUp(app.baseUrl, { name: 'Beheerder Bram' });
    const invite = await admin.client.post('/team', {
      intent: 'uitnodigen',
      email: '',
      role: 'member',
    });
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(decode(await invite.text()))?.[1] ?? '';
    const colleague = new TestClient(app.baseUrl);
    const email = uniqueEmail('collega');
    const joined = await colleague.post(`/registreren?uitnodiging=${token}`, {
      name: 'Collega Cor',
      email,
      password: 'een lang wachtwoord',
    });
    expect(joined.status).toBe(302);
    const member = await database.raw
      .selectFrom('member')
      .innerJoin('user', 'user.id', 'member.userId')
      .select(['member.id', 'member.organizationId'])
      .where('user.email', '=', email)
      .executeTakeFirstOrThrow();
    const owner = await database.raw
      .selectFrom('member')
      .select('id')
      .where('organizationId', '=', member.organizationId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    return { admin, colleague, email, memberId: member.id, adminMemberId: owner.id };
  }

  it('shows no "Wachtwoord vergeten?" and sends no mail', async () => {
    const client = new TestClient(app.baseUrl);

    expect(await client.html('/inloggen')).not.toContain('Wachtwoord vergeten?');
    expect(await client.html('/wachtwoord-vergeten')).toContain('Vraag de beheerder');
    expect((await client.post('/wachtwoord-vergeten', { email: uniqueEmail() })).status).toBe(404);
    const api = await client.request('/api/auth/request-password-reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail() }),
    });
    expect(api.status).toBe(400);
  });

  it('lets a beheerder make a link for a member, which works once', async () => {
    const { admin, email, memberId } = await teamWithColleague();

    const made = await admin.client.post('/team', { intent: 'herstel-link', id: memberId });
    expect(made.status).toBe(200);
    const page = decode(await made.text());
    expect(page).toContain('Link voor een nieuw wachtwoord voor Collega Cor');
    expect(page).toContain('De link werkt 24 uur en maar één keer.');
    const path = resetLinkOf(page);
    const client = new TestClient(app.baseUrl);
    const saved = await client.post(path, {
      newPassword: 'mijn nieuwe zin van woorden',
      repeatPassword: 'mijn nieuwe zin van woorden',
    });

    expect(saved.status).toBe(302);
    expect((await signIn(app.baseUrl, email, 'mijn nieuwe zin van woorden')).response.status).toBe(
      302,
    );
    expect(decode(await client.html(path))).toContain('Deze link werkt niet meer.');
  });

  it('lets only a beheerder make one, for a member of the own team', async () => {
    const { colleague, admin, adminMemberId } = await teamWithColleague();
    const other = await teamWithColleague();

    const byColleague = await colleague.post('/team', {
      intent: 'herstel-link',
      id: adminMemberId,
    });
    const forSelf = await admin.client.post('/team', { intent: 'herstel-link', id: adminMemberId });
    const forOtherTeam = await admin.client.post('/team', {
      intent: 'herstel-link',
      id: other.memberId,
    });
    const teamPage = await colleague.html('/team');

    expect(byColleague.status).toBe(403);
    expect(forOtherTeam.status).toBe(404);
    expect(forSelf.status).toBe(404);
    expect(teamPage).not.toContain('Link voor nieuw wachtwoord maken');
    expect(await admin.client.html('/team')).toContain(
      'Link voor nieuw wachtwoord maken voor Collega Cor',
    );
  });
});
