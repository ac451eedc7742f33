import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { type AppServer, freePort, startAppServer } from '../support/app-server';
import { type FakeOidc, startFakeOidc } from '../support/fake-oidc';
import { createPlan, TestClient } from '../support/http';
import { createTestPostgresDatabase } from '../support/postgres';
import { testDatabaseKind } from '../support/runtime';

// Optional sign-in with OpenID Connect, against a small provider made with oidc-provider.

const kind = testDatabaseKind();

const ACCOUNTS = {
  'samira.k': { email: 'samira.k@ggd.example.org', name: 'Samira Kaddouri' },
  onbekend: { email: 'onbekend@ggd.example.org', name: 'Nog Geen Account' },
  'nieuw.lid': { email: 'nieuw.lid@ggd.example.org', name: 'Noor de Wit' },
  'te.laat': { email: 'te.laat@ggd.example.org', name: 'Tim Laat' },
  'zonder.uitnodiging': { email: 'zonder.uitnodiging@ggd.example.org', name: 'Zeno Vrij' },
  'partner.gemeente': { email: 'partner@gemeente.example.org', name: 'Pim Gemeente' },
};

/**
 * Goes through the provider's own login and consent pages as a browser would, with its own
 * cookies, and answers the address the provider sends the browser back to (the app's callback).
 */
async function signInAtProvider(start: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = new URL(start);
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: {
        Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('Location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== url.origin && next.pathname.startsWith('/api/auth/callback/')) {
        return next;
      }
      url = next;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`No form at the provider (${response.status}): ${html}`);
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1] ?? '';
    body = new URLSearchParams(
      prompt === 'login' ? { prompt, login, password: 'wat dan ook' } : { prompt },
    );
    url = new URL(action.replaceAll('&amp;', '&'), url);
    method = 'POST';
  }
  throw new Error('The provider never sent the browser back');
}

async function startWithProvider(env: Record<string, string> = {}) {
  const port = await freePort();
  const oidc = await startFakeOidc({
    redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc`,
    accounts: ACCOUNTS,
  });
  const pg = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const app = await startAppServer({
    port,
    env: {
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      OIDC_NAME: 'GGD-account',
      ...(pg ? { DATABASE_URL: pg.url } : {}),
      ...env,
    },
  });
  const database = openDatabase({ databaseUrl: pg?.url, dataDir: app.dataDir });
  return {
    app,
    oidc,
    database,
    stop: async () => {
      await database.close();
      await app.stop();
      await oidc.close();
      await pg?.drop();
    },
  };
}

/** Presses "Inloggen met GGD-account", signs in at the provider and comes back to the app. */
async function signInWithOidc(app: AppServer, login: string) {
  const client = new TestClient(app.baseUrl);
  const started = await client.post('/inloggen/oidc', { terug: '/plannen' });
  expect(started.status).toBe(302);
  const callback = await signInAtProvider(started.headers.get('Location') ?? '', login);
  const back = await client.get(`${callback.pathname}${callback.search}`);
  return { client, back };
}

describe(`sign-in with OpenID Connect (${kind})`, () => {
  let app: AppServer;
  let oidc: FakeOidc;
  let database: DatabaseHandle;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, oidc, database, stop } = await startWithProvider());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('offers the button on the sign-in page', async () => {
    const page = await new TestClient(app.baseUrl).html('/inloggen');

    expect(page).toContain('Inloggen met GGD-account');
    expect(page).toContain('action="/inloggen/oidc"');
    expect(oidc.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('signs a new person in with the provider, with an organisation of their own', async () => {
    const { client, back } = await signInWithOidc(app, 'samira.k');

    expect(back.status).toBe(302);
    expect(new URL(back.headers.get('Location') ?? '', app.baseUrl).pathname).toBe('/plannen');
    const plans = await client.get('/plannen');
    expect(plans.status).toBe(200);
    expect(await plans.text()).toContain('Organisatie van Samira Kaddouri');
    const user = await database.raw
      .selectFrom('user')
      .select(['id', 'name'])
      .where('email', '=', ACCOUNTS['samira.k'].email)
      .execute();
    expect(user).toHaveLength(1);
    expect(user[0]?.name).toBe('Samira Kaddouri');

    // The second time it is the same account, not a new one.
    const again = await signInWithOidc(app, 'samira.k');
    expect(again.back.status).toBe(302);
    expect((await again.client.get('/plannen')).status).toBe(200);
    const count = await database.raw
      .selectFrom('user')
      .select('id')
      .where('email', '=', ACCOUNTS['samira.k'].email)
      .execute();
    expect(count).toHaveLength(1);
  });
});

describe(`sign-in with OpenID Connect and SIGNUP=invite (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, database, stop } = await startWithProvider({ SIGNUP: 'invite' }));
  });

  afterAll(async () => {
    await stop?.();
  });

  it('makes no new account for someone without one, and says so', async () => {
    const { client, back } = await signInWithOidc(app, 'onbekend');

    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('Location') ?? '', app.baseUrl);
    expect(`${location.pathname}${location.search}`).toContain('/inloggen?fout=oidc');
    expect((await client.get('/plannen')).status).toBe(302);
    const page = await client.html('/inloggen?fout=oidc');
    expect(page.replaceAll('<!-- -->', '')).toContain('Inloggen met GGD-account lukte niet.');
  });

  // better-auth links a provider login to an account made with a password only when that
  // account's own address was verified, which ours never are (no verification mail): otherwise
  // whoever made an account with someone else's address first would get that person's logins.
  it('does not link a login to an account made with a password for the same address', async () => {
    // With SIGNUP=invite the first person is made the way an operator would.
    const { createAuth } = await import('~/features/auth/auth.server');
    const { readConfig } = await import('~/lib/config.server');
    const config = readConfig({
      BASE_URL: app.baseUrl,
      DATA_DIR: app.dataDir,
      BETTER_AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
      RATE_LIMIT: 'off',
    });
    const auth = createAuth({ config: { ...config, signup: 'open' }, database });
    await auth.api.signUpEmail({
      body: {
        name: 'Samira Kaddouri',
        email: ACCOUNTS['samira.k'].email,
        password: 'een lang wachtwoord',
        organisationName: 'GGD Uitnodiging',
      } as never,
    });

    const { client, back } = await signInWithOidc(app, 'samira.k');

    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('Location') ?? '', app.baseUrl);
    expect(`${location.pathname}${location.search}`).toContain('/inloggen?fout=oidc');
    expect((await client.get('/plannen')).status).toBe(302);
    const password = await new TestClient(app.baseUrl).post('/inloggen', {
      email: ACCOUNTS['samira.k'].email,
      password: 'een lang wachtwoord',
    });
    expect(password.status).toBe(302);
    const accounts = await database.raw
      .selectFrom('account' as never)
      .select('providerId' as never)
      .execute();
    expect(JSON.stringify(accounts)).not.toContain('"oidc"');
  });
});

describe(`joining a team with OpenID Connect from an invitation, SIGNUP=invite (${kind})`, () => {
  let app: AppServer;
  let database: DatabaseHandle;
  let stop: () => Promise<void>;
  let admin: TestClient;
  let organisationId: string;

  beforeAll(async () => {
    ({ app, database, stop } = await startWithProvider({ SIGNUP: 'invite' }));
    // With SIGNUP=invite the first person is made the way an operator would.
    const { createAuth } = await import('~/features/auth/auth.server');
    const { readConfig } = await import('~/lib/config.server');
    const config = readConfig({
      BASE_URL: app.baseUrl,
      DATA_DIR: app.dataDir,
      BETTER_AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
      RATE_LIMIT: 'off',
    });
    const auth = createAuth({ config: { ...config, signup: 'open' }, database });
    const founder = await auth.api.signUpEmail({
      body: {
        name: 'Beheerder Wijkteam',
        email: 'beheer@wijkteam.example.org',
        password: 'een lang wachtwoord',
        organisationName: 'Wijkteam Oost',
      } as never,
    });
    const membership = await database.raw
      .selectFrom('member')
      .select('organizationId')
      .where('userId', '=', founder.user.id)
      .executeTakeFirstOrThrow();
    organisationId = membership.organizationId;
    admin = new TestClient(app.baseUrl);
    const signIn = await admin.post('/inloggen', {
      email: 'beheer@wijkteam.example.org',
      password: 'een lang wachtwoord',
    });
    expect(signIn.status).toBe(302);
  });

  afterAll(async () => {
    await stop?.();
  });

  /** "Uitnodiging maken" on the team page (or a plan's share page); answers the token. */
  async function invite(role: string, planId?: string): Promise<string> {
    const response = planId
      ? await admin.post(`/plannen/${planId}/delen`, {
          intent: 'uitnodigen',
          email: '',
          access: role,
        })
      : await admin.post('/team', { intent: 'uitnodigen', email: '', role });
    expect(response.status).toBe(200);
    const html = (await response.text()).replaceAll('&amp;', '&');
    const token = /\/uitnodiging\/([A-Za-z0-9_-]{20,64})/.exec(html)?.[1];
    if (!token) throw new Error('No invitation link on the page');
    return token;
  }

  /** Presses "Doorgaan met GGD-account" on the invitation page and goes to the provider. */
  async function startFromInvitation(token: string) {
    const client = new TestClient(app.baseUrl);
    const started = await client.post('/inloggen/oidc', { uitnodiging: token });
    expect(started.status).toBe(302);
    return { client, start: started.headers.get('Location') ?? '' };
  }

  async function usersWith(email: string) {
    return database.raw.selectFrom('user').select('id').where('email', '=', email).execute();
  }

  function pathOf(response: Response): string {
    const location = new URL(response.headers.get('Location') ?? '', app.baseUrl);
    return `${location.pathname}${location.search}`;
  }

  it('lets an invited person join with the provider, with the invited role', async () => {
    const token = await invite('manager');
    const page = await new TestClient(app.baseUrl).html(`/uitnodiging/${token}`);
    expect(page).toContain('Doorgaan met GGD-account');
    expect(page).toContain('action="/inloggen/oidc"');
    expect(page).toContain(`name="uitnodiging" value="${token}"`);
    const failed = await new TestClient(app.baseUrl).html(`/uitnodiging/${token}?fout=oidc`);
    expect(failed.replaceAll('<!-- -->', '')).toContain('Doorgaan met GGD-account lukte niet.');

    const { client, start } = await startFromInvitation(token);
    const callback = await signInAtProvider(start, 'nieuw.lid');
    const back = await client.get(`${callback.pathname}${callback.search}`);

    expect(back.status).toBe(302);
    expect(pathOf(back)).toBe('/plannen');
    const plans = await client.get('/plannen');
    expect(plans.status).toBe(200);
    expect(await plans.text()).toContain('Wijkteam Oost');
    const [user] = await usersWith(ACCOUNTS['nieuw.lid'].email);
    const memberships = await database.raw
      .selectFrom('member')
      .select(['organizationId', 'role'])
      .where('userId', '=', user?.id ?? '')
      .execute();
    // In the team with the invited role, and no organisation of their own.
    expect(memberships).toEqual([{ organizationId: organisationId, role: 'manager' }]);
    const used = await database.db
      .selectFrom('teamInvite')
      .select(['acceptedAt', 'acceptedBy'])
      .where('organisationId', '=', organisationId)
      .where('acceptedBy', '=', user?.id ?? '')
      .execute();
    expect(used).toHaveLength(1);
  });

  it('gives a partner invited to one plan access to that plan', async () => {
    const planId = await createPlan(admin, 'Samen in Oost');
    const token = await invite('partner', planId);

    const { client, start } = await startFromInvitation(token);
    const callback = await signInAtProvider(start, 'partner.gemeente');
    const back = await client.get(`${callback.pathname}${callback.search}`);

    expect(back.status).toBe(302);
    expect(pathOf(back)).toBe(`/plannen/${planId}`);
    expect((await client.get(`/plannen/${planId}`)).status).toBe(200);
    const [user] = await usersWith(ACCOUNTS['partner.gemeente'].email);
    const shares = await database.db
      .selectFrom('planShare')
      .select(['planId', 'access'])
      .where('userId', '=', user?.id ?? '')
      .execute();
    expect(shares).toEqual([{ planId, access: 'partner' }]);
    // A partner keeps an organisation of their own, not a place in the team.
    const memberships = await database.raw
      .selectFrom('member')
      .select(['organizationId', 'role'])
      .where('userId', '=', user?.id ?? '')
      .execute();
    expect(memberships).toHaveLength(1);
    expect(memberships[0]?.organizationId).not.toBe(organisationId);
  });

  it('refuses a used invitation, before and after the provider', async () => {
    const token = await invite('member');
    // Started while the invitation was open, but someone else accepts it in the meantime.
    const { client, start } = await startFromInvitation(token);
    const other = await startFromInvitation(token);
    const first = await signInAtProvider(other.start, 'nieuw.lid');
    expect((await other.client.get(`${first.pathname}${first.search}`)).status).toBe(302);

    const callback = await signInAtProvider(start, 'te.laat');
    const back = await client.get(`${callback.pathname}${callback.search}`);

    expect(back.status).toBe(302);
    expect(pathOf(back)).toContain(`/uitnodiging/${token}?fout=oidc`);
    expect(await usersWith(ACCOUNTS['te.laat'].email)).toHaveLength(0);
    expect((await client.get('/plannen')).status).toBe(302);

    // Starting again with the used invitation goes no further than the invitation page.
    const again = await new TestClient(app.baseUrl).post('/inloggen/oidc', { uitnodiging: token });
    expect(again.status).toBe(302);
    expect(pathOf(again)).toBe(`/uitnodiging/${token}`);
    const gone = await new TestClient(app.baseUrl).get(`/uitnodiging/${token}`);
    expect(gone.status).toBe(404);
  });

  it('refuses an invitation that expired while the person was at the provider', async () => {
    const token = await invite('member');
    const { client, start } = await startFromInvitation(token);
    await database.db
      .updateTable('teamInvite')
      .set({ expiresAt: new Date(Date.now() - 60_000).toISOString() })
      .where('organisationId', '=', organisationId)
      .where('acceptedAt', 'is', null)
      .execute();

    const callback = await signInAtProvider(start, 'te.laat');
    const back = await client.get(`${callback.pathname}${callback.search}`);

    expect(back.status).toBe(302);
    expect(pathOf(back)).toContain(`/uitnodiging/${token}?fout=oidc`);
    expect(await usersWith(ACCOUNTS['te.laat'].email)).toHaveLength(0);
    const again = await new TestClient(app.baseUrl).post('/inloggen/oidc', { uitnodiging: token });
    expect(pathOf(again)).toBe(`/uitnodiging/${token}`);
  });

  it('makes no account when the sign-up is asked for without an open invitation', async () => {
    // Straight to better-auth, asking for a sign-up, with no invitation and with a made-up one.
    for (const invitation of [undefined, 'a'.repeat(32)]) {
      const client = new TestClient(app.baseUrl);
      const started = await client.request('/api/auth/sign-in/social', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          provider: 'oidc',
          callbackURL: '/plannen',
          errorCallbackURL: '/inloggen?fout=oidc',
          requestSignUp: true,
          disableRedirect: true,
          invitation,
        }),
      });
      expect(started.status).toBe(200);
      const { url } = (await started.json()) as { url: string };
      const callback = await signInAtProvider(url, 'zonder.uitnodiging');
      const back = await client.get(`${callback.pathname}${callback.search}`);

      expect(back.status).toBe(302);
      expect(pathOf(back)).toContain('/inloggen?fout=oidc');
      expect(await usersWith(ACCOUNTS['zonder.uitnodiging'].email)).toHaveLength(0);
      expect((await client.get('/plannen')).status).toBe(302);
    }
  });
});
