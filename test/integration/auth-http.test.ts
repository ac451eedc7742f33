import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, TestClient, uniqueEmail } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

describe(`accounts (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('signs up through the Dutch form and lands on a new plan', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.post('/registreren', {
      name: 'Joke van der Berg',
      organisationName: 'Jeugdgezondheidszorg Oost',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });

    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/plannen/nieuw');
    expect(await client.html('/account')).toContain('Jeugdgezondheidszorg Oost');
  });

  it('keeps what was typed and explains each problem in Dutch', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.post('/registreren', {
      name: '',
      organisationName: '<b>Buurtteam</b>',
      email: 'geen-adres',
      password: 'kort',
    });
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('Vul je naam in.');
    expect(html).toContain('Vul een geldig e-mailadres in');
    expect(html).toContain('minstens 10 tekens');
    expect(html).toContain('value="&lt;b&gt;Buurtteam&lt;/b&gt;"');
    expect(html).toContain('value="geen-adres"');
    expect(html).not.toContain('value="kort"');
  });

  it('refuses a second account with the same e-mail address', async () => {
    const { email } = await signUp(app.baseUrl);
    const response = await new TestClient(app.baseUrl).post('/registreren', {
      name: 'Iemand',
      organisationName: '',
      email,
      password: 'een lang wachtwoord',
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Er is al een account met dit e-mailadres');
  });

  it('signs in, says so when the password is wrong, and signs out', async () => {
    const { email, password } = await signUp(app.baseUrl);
    const client = new TestClient(app.baseUrl);

    const wrong = await client.post('/inloggen', { email, password: 'niet dit wachtwoord' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Het e-mailadres of het wachtwoord klopt niet.');

    const right = await client.post('/inloggen', { email: email.toUpperCase(), password });
    expect(right.status).toBe(302);
    expect((await client.get('/plannen')).status).toBe(200);

    const out = await client.post('/uitloggen', {});
    expect(out.status).toBe(302);
    const after = await client.get('/plannen');
    expect(after.status).toBe(302);
    expect(after.headers.get('Location')).toContain('/inloggen');
  });

  it('keeps a session for at least 12 hours without activity', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Lange dag',
        email: uniqueEmail(),
        password: 'een lang wachtwoord',
      }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.includes('session_token')) ?? '';
    const maxAge = Number(/Max-Age=(\d+)/i.exec(cookie)?.[1] ?? 0);

    expect(maxAge).toBeGreaterThanOrEqual(12 * 60 * 60);
    const session = await client.get('/api/auth/get-session');
    const body = (await session.json()) as { session: { expiresAt: string } };
    expect(new Date(body.session.expiresAt).getTime() - Date.now()).toBeGreaterThan(
      12 * 60 * 60 * 1000,
    );
  });

  it('holds direct calls to /api/auth to the same maximum lengths as the forms', async () => {
    const client = new TestClient(app.baseUrl);
    const tooLong = await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'x'.repeat(50_000),
        email: uniqueEmail(),
        password: 'een lang wachtwoord',
      }),
    });
    expect(tooLong.status).toBe(400);

    const { client: member } = await signUp(app.baseUrl);
    const rename = await member.request('/api/auth/update-user', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'y'.repeat(101) }),
    });
    expect(rename.status).toBe(400);
    expect(await member.html('/account')).not.toContain('yyyyyyyyyy');
  });

  it('changes name and password', async () => {
    const { client, email, password } = await signUp(app.baseUrl);

    const named = await client.post('/account', { intent: 'naam', name: 'Özlem Çelik-de Jong' });
    expect(named.status).toBe(302);
    expect(await client.html('/account')).toContain('Özlem Çelik-de Jong');

    const wrong = await client.post('/account', {
      intent: 'wachtwoord',
      currentPassword: 'fout fout fout',
      newPassword: 'nieuw wachtwoord 2027',
      repeatPassword: 'nieuw wachtwoord 2027',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Je huidige wachtwoord klopt niet.');

    const changed = await client.post('/account', {
      intent: 'wachtwoord',
      currentPassword: password,
      newPassword: 'nieuw wachtwoord 2027',
      repeatPassword: 'nieuw wachtwoord 2027',
    });
    expect(changed.status).toBe(302);
    const again = new TestClient(app.baseUrl);
    expect((await again.post('/inloggen', { email, password })).status).toBe(400);
    expect(
      (await again.post('/inloggen', { email, password: 'nieuw wachtwoord 2027' })).status,
    ).toBe(302);
  });

  it('lets the administrator rename the organisation, and refuses an empty name', async () => {
    const { client } = await signUp(app.baseUrl, { organisationName: '' });

    const empty = await client.post('/account', { intent: 'organisatie', organisationName: ' ' });
    const renamed = await client.post('/account', {
      intent: 'organisatie',
      organisationName: 'Wijkteam Overvecht-Noord',
    });

    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Vul de naam van je organisatie in.');
    expect(renamed.status).toBe(302);
    expect(await client.html('/plannen')).toContain('Ingelogd bij Wijkteam Overvecht-Noord');
  });

  it('shows calm Dutch error pages without a stack trace', async () => {
    const client = new TestClient(app.baseUrl);
    const missing = await client.get('/bestaat-niet');
    const html = await missing.text();

    expect(missing.status).toBe(404);
    expect(html).toContain('Pagina niet gevonden');
    expect(html).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});

describe(`error pages (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind(), env: { SIGNUP: 'invite' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('closes sign-up by invitation and answers a forced sign-up with a Dutch 403 page', async () => {
    const client = new TestClient(app.baseUrl);
    expect(await client.html('/registreren')).toContain(
      'alleen een account maken als je een uitnodiging',
    );

    const forced = await client.post('/registreren', {
      name: 'Iemand',
      organisationName: '',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    expect(forced.status).toBe(403);
    expect(await forced.text()).toContain('Geen toegang');
    const direct = await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Iemand',
        email: uniqueEmail(),
        password: 'een lang wachtwoord',
      }),
    });
    expect(direct.ok).toBe(false);
  });

  it('shows an unexpected failure as a calm Dutch 500 page without a stack trace', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.request('/inloggen', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'geen geldig formulier',
    });
    const html = await response.text();

    expect(response.status).toBe(500);
    expect(html).toContain('Er ging iets mis');
    expect(html).toContain('Je gegevens zijn niet verloren');
    expect(html).not.toMatch(/at .*\(.*:\d+:\d+\)|TypeError|\.js:\d+/);
  });
});

describe(`requests the app cannot read (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    // As `npm start` runs it: without NODE_ENV, which the server then sets itself.
    app = await startAppServer({ kind: testDatabaseKind(), env: { NODE_ENV: '' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const NO_TRACE = /at .*\(.*:\d+:\d+\)|Error:|node_modules|\.js:\d+/;

  it('renders pages and forms when started without NODE_ENV', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.post('/inloggen', {
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Inloggen');
  });

  it('answers an address with a broken %-code with a Dutch page, no stack trace', async () => {
    for (const broken of ['/plannen/%E0%A4%A', '/plannen/%C0', '/plannen/abc/stap/%FF']) {
      const response = await fetch(`${app.baseUrl}${broken}`);
      const html = await response.text();

      expect(response.status, broken).toBe(400);
      expect(html).toContain('Dit adres klopt niet');
      expect(html).not.toMatch(NO_TRACE);
    }
  });

  it('answers a page post that is not a form (JSON) with 415 and a Dutch page', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.request('/inloggen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.org' }),
    });
    const html = await response.text();

    expect(response.status).toBe(415);
    expect(html).toContain('Dit formulier kunnen we niet lezen');
    expect(html).not.toMatch(NO_TRACE);
  });

  it('refuses a form posted from another website with a Dutch 403 page', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.request('/inloggen', {
      method: 'POST',
      headers: {
        Origin: 'https://elders.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'email=a%40example.org&password=x',
    });

    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Dit formulier kwam van een andere website');
  });

  it('answers a body over 11 MB with 413 and a Dutch page', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.request('/inloggen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(12 * 1024 * 1024)}`,
    });

    expect(response.status).toBe(413);
    expect(await response.text()).toContain('Wat je stuurde is te groot');
  });
});

describe(`privacy of pages (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('never lets a browser keep a page in its cache', async () => {
    const { client } = await signUp(app.baseUrl);
    for (const path of ['/plannen', '/plannen.data', '/account']) {
      const response = await client.get(path);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
    }
  });

  it('counts sign-in attempts per real address, whatever X-Forwarded-For says', async () => {
    const limited = await startAppServer({ kind: testDatabaseKind(), env: { RATE_LIMIT: 'on' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const client = new TestClient(limited.baseUrl);
        const response = await client.request('/inloggen', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-Forwarded-For': `10.0.0.${i}`,
          },
          body: new URLSearchParams({ email: 'iemand@example.org', password: 'fout wachtwoord' }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.stop();
    }
  });
});
