import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '~/lib/db/database.server';
import { countRequest, PUBLIC_PAGE_LIMITS } from '~/lib/request-limit.server';
import { type AppServer, startAppServer } from '../support/app-server';
import { TestClient, uniqueEmail } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// The limits on sign-in, sign-up and public pages are kept in the database, so two app
// processes on one database count the same requests: a client cannot double its tries by
// reaching the other process.

const kind = testDatabaseKind();

/** A fixed window of the public-page limit must not end in the middle of a test. */
async function awayFromWindowEdge(windowSeconds: number) {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 30_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

describe(`limits shared by two app processes (${kind})`, () => {
  let first: AppServer;
  let second: AppServer;
  let database: DatabaseHandle;
  let other: DatabaseHandle;

  beforeAll(async () => {
    first = await startAppServer({ kind, env: { RATE_LIMIT: 'on' } });
    second = await startAppServer({ kind, env: { RATE_LIMIT: 'on' }, shareDatabaseWith: first });
    database = openDatabase({ databaseUrl: first.databaseUrl, dataDir: first.dataDir });
    other = openDatabase({ databaseUrl: first.databaseUrl, dataDir: first.dataDir });
  });

  afterAll(async () => {
    await other?.close();
    await database?.close();
    await second?.stop();
    await first?.stop();
  });

  it('runs both processes on the one database', async () => {
    const health = await Promise.all(
      [first, second].map(async (app) => (await fetch(`${app.baseUrl}/health`)).json()),
    );

    expect(health).toEqual([
      { status: 'ok', database: kind },
      { status: 'ok', database: kind },
    ]);
  });

  it('counts sign-in attempts on both processes together', async () => {
    const email = uniqueEmail('raden');
    const tryOn = async (app: AppServer) =>
      (
        await new TestClient(app.baseUrl).post('/inloggen', {
          email,
          password: 'een verkeerd wachtwoord',
        })
      ).status;

    const statuses = [
      await tryOn(first),
      await tryOn(second),
      await tryOn(first),
      await tryOn(second),
      await tryOn(first),
    ];

    // better-auth: 3 tries in 10 seconds per address.
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
  });

  it('counts sign-ups on both processes together', async () => {
    const signUpOn = async (app: AppServer) =>
      (
        await new TestClient(app.baseUrl).post('/registreren', {
          name: 'Iemand Nieuw',
          organisationName: '',
          email: uniqueEmail('nieuw'),
          password: 'een lang wachtwoord',
        })
      ).status;

    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await signUpOn(i % 2 === 0 ? first : second));

    // 5 sign-ups a minute per address.
    expect(statuses).toEqual([302, 302, 302, 302, 302, 429]);
  });

  it('counts requests for an invitation link on both processes together', async () => {
    const limit = PUBLIC_PAGE_LIMITS.invitation;
    await awayFromWindowEdge(limit.windowSeconds);
    const statuses: number[] = [];

    for (let i = 0; i < limit.max + 2; i++) {
      const app = i % 2 === 0 ? first : second;
      const response = await fetch(`${app.baseUrl}/uitnodiging/geraden-token-nummer-${i}xxxxxx`);
      statuses.push(response.status);
      if (i === limit.max) expect(await response.text()).toContain('Even wachten');
    }

    expect(statuses.slice(0, limit.max).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(limit.max)).toEqual([429, 429]);
  });

  it('counts every request once when two database connections count at the same time', async () => {
    const key = `proef:${uniqueEmail()}`;

    const counts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        countRequest((i % 2 === 0 ? database : other).db, {
          key,
          windowSeconds: 3600,
          now: 1_800_000_000_000,
        }),
      ),
    );

    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // A new window starts at one again.
    expect(
      await countRequest(database.db, { key, windowSeconds: 3600, now: 1_800_003_600_000 }),
    ).toBe(1);
  });
});
