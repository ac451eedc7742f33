import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient, uniqueEmail } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

/** The attributes of one Set-Cookie line, lower-cased names. */
function cookieAttributes(line: string): { name: string; attributes: Map<string, string> } {
  const [pair = '', ...rest] = line.split(';');
  const attributes = new Map<string, string>();
  for (const part of rest) {
    const [key = '', value = ''] = part.split('=');
    attributes.set(key.trim().toLowerCase(), value.trim());
  }
  return { name: pair.split('=')[0]?.trim() ?? '', attributes };
}

function sessionCookie(response: Response) {
  const line = response.headers.getSetCookie().find((c) => /session_token=/.test(c));
  expect(line, 'a session cookie').toBeTruthy();
  return cookieAttributes(line ?? '');
}

describe(`security headers and session cookies over HTTP (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({
      kind: testDatabaseKind(),
      env: { PDOK_TILES_URL: 'http://tiles.example.test:8080/brt/{z}/{x}/{y}.png' },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('gives every page a policy with a fresh nonce that the page scripts carry', async () => {
    const first = await fetch(`${app.baseUrl}/inloggen`);
    const second = await fetch(`${app.baseUrl}/inloggen`);
    const policy = first.headers.get('Content-Security-Policy') ?? '';
    const html = await first.text();

    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('Content-Security-Policy')).not.toContain(nonce);
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toMatch(/img-src [^;]*http:\/\/tiles\.example\.test:8080(;| )/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it('sends the usual security headers on pages, files and exports, once each', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    for (const response of [
      await client.get(`/plannen/${planId}/export.json`),
      await fetch(`${app.baseUrl}/`),
      await fetch(`${app.baseUrl}/favicon.svg`),
      await client.get('/plannen'),
      await fetch(`${app.baseUrl}/health`),
    ]) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('same-origin');
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
      expect(response.headers.get('Permissions-Policy')).toContain('camera=()');
      expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    }
  });

  it("gives server.js's own error pages a policy too", async () => {
    const response = await fetch(`${app.baseUrl}/plannen/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, not Secure over plain HTTP', async () => {
    const client = new TestClient(app.baseUrl);
    const response = await client.post('/registreren', {
      name: 'Iris Koster',
      organisationName: 'Wijkteam Oost',
      email: uniqueEmail(),
      password: 'een lang wachtwoord',
    });
    expect(response.status).toBe(302);

    const { name, attributes } = sessionCookie(response);
    expect(name.startsWith('__Secure-')).toBe(false);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(attributes.get('path')).toBe('/');
    expect(attributes.has('secure')).toBe(false);
  });
});

describe(`behind HTTPS (${testDatabaseKind()})`, () => {
  const publicUrl = 'https://ouders.example.nl';
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind(), env: { BASE_URL: publicUrl } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('sets Strict-Transport-Security', async () => {
    const response = await fetch(`${app.baseUrl}/inloggen`);
    expect(response.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d{7,}/);
  });

  it('sets the session cookie Secure, HttpOnly and SameSite=Lax', async () => {
    const response = await fetch(`${app.baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: publicUrl },
      body: JSON.stringify({
        name: 'Iris Koster',
        email: uniqueEmail(),
        password: 'een lang wachtwoord',
      }),
    });
    expect(response.status).toBe(200);

    const { name, attributes } = sessionCookie(response);
    expect(name.startsWith('__Secure-')).toBe(true);
    expect(attributes.has('secure')).toBe(true);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')?.toLowerCase()).toBe('lax');
  });
});
