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

describe(`plan life (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('creates a plan with wijken and buurten from the list and names typed by hand', async () => {
    const { client } = await signUp(app.baseUrl);
    const response = await client.post('/plannen/nieuw', {
      title: 'Samen sporten in Zuidwest',
      municipality: 'GM0344',
      areas: ['WK034408', 'BU03440311'],
      typedAreas: 'Nieuwbouwwijk Rijnvliet\nKanaleneiland-Zuid, Nieuwbouwwijk Rijnvliet',
    });
    expect(response.status).toBe(302);
    const planPath = (response.headers.get('Location') ?? '').replace(/\/stap\/1$/, '');
    const html = await client.html(planPath);

    expect(html).toContain('Samen sporten in Zuidwest');
    expect(html).toContain('Wijk 08 Zuidwest');
    expect(html).toContain('Taag- en Rubicondreef en omgeving');
    expect(html).toContain('Nieuwbouwwijk Rijnvliet');
    const areasLine = /Utrecht(?:<!-- -->)?: ([^.]*)\./.exec(html)?.[1] ?? '';
    expect(areasLine.match(/Nieuwbouwwijk Rijnvliet/g)?.length).toBe(1);
    expect(html).toContain('Kanaleneiland-Zuid');
  });

  it('refuses a plan without a name, without wijken or with a wijk of another municipality', async () => {
    const { client } = await signUp(app.baseUrl);

    const empty = await client.post('/plannen/nieuw', {
      title: '',
      municipality: 'GM0344',
      typedAreas: '',
    });
    const emptyHtml = await empty.text();
    expect(empty.status).toBe(400);
    expect(emptyHtml).toContain('Vul een naam voor het plan in.');
    expect(emptyHtml).toContain('Kies minstens één wijk');

    const foreign = await client.post('/plannen/nieuw', {
      title: 'Verkeerde wijk',
      municipality: 'GM0344',
      areas: ['WK036300'],
      typedAreas: '',
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('hoort niet bij deze gemeente');

    const long = await client.post('/plannen/nieuw', {
      title: 'x'.repeat(10_000),
      municipality: 'GM0344',
      areas: ['WK034403'],
      typedAreas: '',
    });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('hoogstens 150 tekens');
    expect((await client.html('/plannen')).includes('Verkeerde wijk')).toBe(false);
  });

  it('renames, archives, moves to the bin and puts back a plan', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client, 'Eerste naam');

    await client.post(`/plannen/${planId}`, {
      intent: 'naam',
      title: '<script>alert(1)</script> Tweede naam',
    });
    const renamed = await client.html(`/plannen/${planId}`);
    expect(renamed).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Tweede naam');
    expect(renamed).not.toContain('<script>alert(1)</script>');

    await client.post(`/plannen/${planId}`, { intent: 'status', status: 'gearchiveerd' });
    expect(await client.html('/plannen')).not.toContain('Tweede naam');
    expect(await client.html('/plannen?archief=1')).toContain('Tweede naam');

    const binned = await client.post(`/plannen/${planId}`, { intent: 'verwijderen' });
    expect(binned.status).toBe(302);
    expect((await client.get(`/plannen/${planId}`)).status).toBe(404);
    expect(await client.html('/prullenbak')).toContain('Tweede naam');

    const restored = await client.post('/prullenbak', { intent: 'plan-terugzetten', id: planId });
    expect(restored.status).toBe(302);
    expect((await client.get(`/plannen/${planId}`)).status).toBe(200);
  });

  it('marks a plan finished only after the parents heard back', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);

    const early = await client.post(`/plannen/${planId}`, { intent: 'status', status: 'afgerond' });
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('pas af als de ouders hebben gehoord');

    const refused = await client.post(`/plannen/${planId}`, {
      intent: 'status',
      status: 'klaar-misschien',
    });
    expect(refused.status).toBe(400);
  });

  it('shows each step with its status in the list of plans', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client, 'Plan met stappen');
    await client.post(`/plannen/${planId}/stap/3`, { intent: 'stap-status', status: 'klaar' });
    const list = await client.html('/plannen');

    expect(list).toContain('Plan met stappen');
    expect(list).toMatch(
      /Waar komen ze<\/a>\s*<span class="status-badge status-badge--klaar">Klaar/,
    );
    expect(list).toMatch(
      /Wie en waarom<\/a>\s*<span class="status-badge status-badge--niet-begonnen">/,
    );
  });
});
