import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Signs in as a browser with this user agent would (no JavaScript: plain form posts). */
async function signInWith(baseUrl: string, userAgent: string, email: string, password: string) {
  const client = new TestClient(baseUrl);
  const response = await client.request('/inloggen', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': userAgent },
    body: new URLSearchParams({ email, password }),
  });
  expect(response.status).toBe(302);
  return client;
}

function sessionIds(html: string): string[] {
  return [...html.matchAll(/name="sessionId" value="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe(`active sessions on the account page (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists every device and signs one other device out', async () => {
    const { email, password } = await signUp(app.baseUrl);
    const laptop = await signInWith(app.baseUrl, FIREFOX_WINDOWS, email, password);
    const phone = await signInWith(app.baseUrl, SAFARI_IPHONE, email, password);

    const html = await laptop.html('/account');
    expect(html).toContain('Firefox op Windows');
    expect(html).toContain('Safari op iPhone');
    expect(html).toContain('(dit apparaat)');
    expect(sessionIds(html)).toHaveLength(3);
    expect(html).not.toMatch(/session_token|name="token"/);

    const phoneHtml = await phone.html('/account');
    const phoneSession =
      /<p id="apparaat-([^"]+)"><strong>Safari op iPhone<\/strong> \(dit apparaat\)/.exec(
        phoneHtml,
      )?.[1];
    expect(phoneSession).toBeTruthy();
    const ended = await laptop.post('/account', {
      intent: 'sessie-beeindigen',
      sessionId: phoneSession ?? '',
    });
    expect(ended.status).toBe(302);
    expect(ended.headers.get('Location')).toBe('/account');

    const after = await laptop.html('/account');
    expect(after).toContain('Je bent uitgelogd op dat apparaat.');
    expect(after).not.toContain('Safari op iPhone');
    expect((await phone.get('/plannen')).status).toBe(302);
    expect((await laptop.get('/plannen')).status).toBe(200);
  });

  it('signs this device out', async () => {
    const { client } = await signUp(app.baseUrl);
    const html = await client.html('/account');
    const own = /<p id="apparaat-([^"]+)"><strong>[^<]+<\/strong> \(dit apparaat\)/.exec(html)?.[1];

    const response = await client.post('/account', {
      intent: 'sessie-beeindigen',
      sessionId: own ?? '',
    });

    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/inloggen');
    expect((await client.get('/plannen')).status).toBe(302);
  });

  it('signs out everywhere', async () => {
    const { client, email, password } = await signUp(app.baseUrl);
    const other = await signInWith(app.baseUrl, SAFARI_IPHONE, email, password);

    const response = await client.post('/account', { intent: 'overal-uitloggen' });

    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/inloggen');
    expect((await client.get('/plannen')).status).toBe(302);
    expect((await other.get('/plannen')).status).toBe(302);
  });

  it("cannot end another person's session", async () => {
    const first = await signUp(app.baseUrl);
    const second = await signUp(app.baseUrl);
    const [secondSession] = sessionIds(await second.client.html('/account'));

    const response = await first.client.post('/account', {
      intent: 'sessie-beeindigen',
      sessionId: secondSession ?? '',
    });

    expect(response.status).toBe(404);
    expect((await second.client.get('/plannen')).status).toBe(200);
    expect((await first.client.get('/plannen')).status).toBe(200);
  });
});
