import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

describe(`plans over HTTP (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers /health with the database kind', async () => {
    const response = await fetch(`${app.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: testDatabaseKind() });
  });

  it('creates an organisation on sign-up through /api/auth and lists its plans', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Sanne de Vries',
        email: 'sanne@example.org',
        password: 'lang genoeg wachtwoord',
        organisationName: 'Buurtteam Noord',
      }),
    });
    expect(response.status).toBe(200);
    const page = await client.html('/plannen');
    expect(page).toContain('Buurtteam Noord');
  });

  it('names the organisation after the person when the field is absent', async () => {
    const client = new TestClient(app.baseUrl);
    await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Ahmed El Amrani',
        email: 'ahmed@example.org',
        password: 'lang genoeg wachtwoord',
      }),
    });
    expect(await client.html('/plannen')).toContain('Organisatie van Ahmed El Amrani');
  });

  it('answers 404 for a plan of another organisation', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    const other = await signUp(app.baseUrl, { organisationName: 'Andere organisatie' });

    const pages = [
      '',
      '/stap/1',
      '/stap/3',
      '/overzichtskaart',
      '/export.json',
      '/overzichtskaart.pdf',
    ];
    for (const page of pages) {
      const response = await other.client.get(`/plannen/${planId}${page}`);
      expect(response.status, page).toBe(404);
    }
    const post = await other.client.post(`/plannen/${planId}`, {
      intent: 'naam',
      title: 'Gekaapt',
    });
    expect(post.status).toBe(404);
    expect(await owner.client.html(`/plannen/${planId}`)).not.toContain('Gekaapt');
  });

  it('keeps a form posted after the session expired and gives it back after signing in', async () => {
    const { client, email, password } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    client.dropCookies();

    const kept = await client.post(`/plannen/${planId}`, {
      intent: 'naam',
      title: 'Nieuwe naam na pauze',
    });
    expect(kept.status).toBe(302);
    const signInUrl = new URL(kept.headers.get('Location') ?? '', app.baseUrl);
    expect(signInUrl.pathname).toBe('/inloggen');
    const formId = signInUrl.searchParams.get('formulier');
    expect(formId).toBeTruthy();

    const signedIn = await client.post('/inloggen', {
      email,
      password,
      terug: signInUrl.searchParams.get('terug') ?? '',
      formulier: formId ?? '',
    });
    expect(signedIn.status).toBe(302);
    const back = signedIn.headers.get('Location') ?? '';
    expect(back).toContain(`/plannen/${planId}`);
    const page = await client.html(back);
    expect(page).toContain('value="Nieuwe naam na pauze"');
  });
});
