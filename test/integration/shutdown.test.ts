import { request } from 'node:http';
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

    const exitCode = server.stop();

    expect(await answered).toBe(400);
    expect(await exitCode).toBe(0);
  });
});
