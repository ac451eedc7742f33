import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as an authenticator app computes it. */
function totp(secretBase32: string, now = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secretBase32.replace(/=+$/, '').toUpperCase()]
    .map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0'))
    .join('');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const hash = createHmac('sha1', key).update(counter).digest();
  const offset = (hash.at(-1) ?? 0) & 0xf;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function wrongCode(right: string): string {
  return String((Number(right) + 1) % 1_000_000).padStart(6, '0');
}

describe(`sign-in in two steps with an authenticator app (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is switched on with a code from the app, then asks for a code after the password', async () => {
    const { client, email, password } = await signUp(app.baseUrl);

    // Switch on: the page shows the key, a QR code and the backup codes once.
    const setupPage = await client.post('/account', {
      intent: 'twee-stappen-aan',
      twoFactorPassword: password,
    });
    expect(setupPage.status).toBe(200);
    const html = await setupPage.text();
    expect(html).toContain('src="data:image/svg+xml;base64,');
    const uri = /href="(otpauth:\/\/totp\/[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const secret = new URL(uri).searchParams.get('secret') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const backupCodes = [...html.matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(backupCodes.length).toBeGreaterThanOrEqual(5);

    // Not on until a right code was given.
    const wrong = await client.post('/account', {
      intent: 'twee-stappen-bevestigen',
      code: wrongCode(totp(secret)),
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Deze code klopt niet.');
    const confirmed = await client.post('/account', {
      intent: 'twee-stappen-bevestigen',
      code: totp(secret),
    });
    expect(confirmed.status).toBe(302);
    expect(await client.html('/account')).toContain('Inloggen in twee stappen staat aan.');

    // Signing in now takes the password and then the code.
    const device = new TestClient(app.baseUrl);
    const first = await device.post('/inloggen', { email, password, terug: '/prullenbak' });
    expect(first.status).toBe(302);
    const codePage = first.headers.get('Location') ?? '';
    expect(codePage).toMatch(/^\/inloggen\/code\?/);
    expect((await device.get('/plannen')).status).toBe(302);
    expect((await device.get(codePage)).status).toBe(200);

    const refused = await device.post('/inloggen/code', {
      code: wrongCode(totp(secret)),
      terug: '/prullenbak',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Deze code klopt niet.');
    const accepted = await device.post('/inloggen/code', {
      code: totp(secret),
      terug: '/prullenbak',
    });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get('Location')).toBe('/prullenbak');
    expect((await device.get('/plannen')).status).toBe(200);

    // A backup code works once instead of the app.
    const lostPhone = new TestClient(app.baseUrl);
    await lostPhone.post('/inloggen', { email, password });
    const withBackup = await lostPhone.post('/inloggen/code', { code: backupCodes[0] ?? '' });
    expect(withBackup.status).toBe(302);
    expect((await lostPhone.get('/plannen')).status).toBe(200);
    const again = new TestClient(app.baseUrl);
    await again.post('/inloggen', { email, password });
    expect((await again.post('/inloggen/code', { code: backupCodes[0] ?? '' })).status).toBe(400);

    // Straight through /api/auth the password alone gives no session either.
    const api = new TestClient(app.baseUrl);
    const apiSignIn = await api.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(((await apiSignIn.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(
      true,
    );
    expect((await api.get('/plannen')).status).toBe(302);
  });

  it('can be switched off with the password', async () => {
    const { client, email, password } = await signUp(app.baseUrl);
    const html = await (
      await client.post('/account', { intent: 'twee-stappen-aan', twoFactorPassword: password })
    ).text();
    const uri = /href="(otpauth:\/\/totp\/[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const secret = new URL(uri).searchParams.get('secret') ?? '';
    await client.post('/account', { intent: 'twee-stappen-bevestigen', code: totp(secret) });

    const wrongPassword = await client.post('/account', {
      intent: 'twee-stappen-uit',
      twoFactorPassword: 'niet mijn wachtwoord',
    });
    expect(wrongPassword.status).toBe(400);
    const off = await client.post('/account', {
      intent: 'twee-stappen-uit',
      twoFactorPassword: password,
    });
    expect(off.status).toBe(302);

    const device = new TestClient(app.baseUrl);
    const signIn = await device.post('/inloggen', { email, password });
    expect(signIn.headers.get('Location')).toBe('/plannen');
    expect((await device.get('/plannen')).status).toBe(200);
  });
});
