import { existsSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startAppServer } from '../support/app-server.ts';
import { testDatabaseKind } from '../support/runtime.ts';

describe(`stopping the app (${testDatabaseKind()})`, () => {
  it('finishes a request that is under way on SIGTERM, then closes and exits with 0', async () => {
    const server = await startAppServer({ kind: testDatabaseKind() });
    const url = new URL('/inloggen', server.baseUrl);
    const body = new URLSearchParams({ email: 'niemand@example.org', password: 'fout-wachtwoord' });
    const answered = new Promise<number>((resolve, reject) => {
      const post = request(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': String(body.toString().length),
          Origin: server.baseUrl,
        },
      });
      post.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      post.on('error', reject);
      // Half the form now, the rest after the stop signal: the request is under way when it comes.
      const text = body.toString();
      post.write(text.slice(0, 10));
      setTimeout(() => post.end(text.slice(10)), 500);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));

    let openAfterExit: string[] = [];
    const exitCode = server.stop({
      afterExit: async () => {
        openAfterExit = await openDatabaseTraces(server.dataDir, server.databaseUrl);
      },
    });

    expect(await answered).toBe(400);
    expect(await exitCode).toBe(0);
    expect(openAfterExit).toEqual([]);
  });
});

/**
 * What a database that was not closed leaves behind: SQLite removes its write-ahead log when the
 * last connection closes cleanly; PostgreSQL still lists the app's connections.
 */
async function openDatabaseTraces(dataDir: string, databaseUrl?: string): Promise<string[]> {
  if (!databaseUrl) {
    const wal = path.join(dataDir, 'ouders-in-de-wijk.sqlite-wal');
    expect(existsSync(path.join(dataDir, 'ouders-in-de-wijk.sqlite'))).toBe(true);
    return existsSync(wal) ? ['sqlite-wal'] : [];
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return result.rows.map((row) => `connection ${row.pid}`);
  } finally {
    await client.end();
  }
}
