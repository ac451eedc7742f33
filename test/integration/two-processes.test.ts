import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Two app processes on one database, as behind a load balancer: whatever one process answers,
// the other must know. Sessions, changes, two-step sign-in and signing out live in the
// database, never in one process's memory. The issue asks this of PostgreSQL; it holds for one
// SQLite file shared by two processes on one machine as well.

const kind = testDatabaseKind();

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

/** The same browser on the other process. */
function onOther(client: TestClient, app: AppServer): TestClient {
  const other = new TestClient(app.baseUrl);
  other.shareCookiesWith(client);
  return other;
}

describe(`two app processes on one database (${kind})`, () => {
  let first: AppServer;
  let second: AppServer;

  beforeAll(async () => {
    first = await startAppServer({ kind });
    second = await startAppServer({ kind, shareDatabaseWith: first });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('keeps a session made on one process on the other', async () => {
    const { client } = await signUp(first.baseUrl, {
      name: 'Lotte Peters',
      organisationName: 'GGD Twee Processen',
    });

    const page = await onOther(client, second).get('/plannen');

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GGD Twee Processen');
  });

  it('shows a change posted to one process on the other, with its flash message', async () => {
    const { client } = await signUp(first.baseUrl);
    const planId = await createPlan(client, 'Plan op proces een');
    const viaSecond = onOther(client, second);

    const renamed = await viaSecond.post(`/plannen/${planId}`, {
      intent: 'naam',
      title: 'Hernoemd op proces twee',
    });
    const promise = await client.post(`/plannen/${planId}/vertrouwen`, {
      intent: 'belofte-nieuw',
      what: 'Terugbellen over het zwembad',
      toWhom: 'Een moeder van De Regenboog',
      dueOn: '2030-06-01',
    });

    expect(renamed.status).toBe(302);
    expect(promise.status).toBe(302);
    expect(await client.html(`/plannen/${planId}`)).toContain('Hernoemd op proces twee');
    expect(await viaSecond.html(`/plannen/${planId}/vertrouwen`)).toContain(
      'Terugbellen over het zwembad',
    );
    // The flash message of the redirect is read on whichever process serves the next page.
    const flashed = await viaSecond.post(`/plannen/${planId}`, {
      intent: 'naam',
      title: 'Nog een keer hernoemd',
    });
    expect(flashed.status).toBe(302);
    expect(await client.html(`/plannen/${planId}`)).toContain('De naam is opgeslagen.');
  });

  it('asks the code on one process after the password on the other, once two steps are on', async () => {
    const { client, email, password } = await signUp(first.baseUrl);
    const setup = await client.post('/account', {
      intent: 'twee-stappen-aan',
      twoFactorPassword: password,
    });
    const html = await setup.text();
    const uri = /href="(otpauth:\/\/totp\/[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const secret = new URL(uri).searchParams.get('secret') ?? '';
    // Confirmed on the other process: the pending key is in the database, not in memory.
    const confirmed = await onOther(client, second).post('/account', {
      intent: 'twee-stappen-bevestigen',
      code: totp(secret),
    });
    expect(confirmed.status).toBe(302);

    const device = new TestClient(second.baseUrl);
    const signIn = await device.post('/inloggen', { email, password, terug: '/plannen' });
    expect(signIn.headers.get('Location')).toMatch(/^\/inloggen\/code\?/);
    const sameDeviceOnFirst = onOther(device, first);
    expect((await sameDeviceOnFirst.get('/plannen')).status).toBe(302);
    const code = await sameDeviceOnFirst.post('/inloggen/code', {
      code: totp(secret),
      terug: '/plannen',
    });

    expect(code.status).toBe(302);
    expect(code.headers.get('Location')).toBe('/plannen');
    expect((await device.get('/plannen')).status).toBe(200);
    expect((await sameDeviceOnFirst.get('/plannen')).status).toBe(200);
  });

  it('ends a session on both processes when one process signs out everywhere', async () => {
    const { client, email, password } = await signUp(first.baseUrl);
    const laptop = new TestClient(second.baseUrl);
    expect((await laptop.post('/inloggen', { email, password })).status).toBe(302);
    expect((await onOther(laptop, first).get('/plannen')).status).toBe(200);

    const out = await client.post('/account', { intent: 'overal-uitloggen' });

    expect(out.status).toBe(302);
    expect((await laptop.get('/plannen')).status).toBe(302);
    expect((await onOther(laptop, first).get('/plannen')).status).toBe(302);
  });
});
