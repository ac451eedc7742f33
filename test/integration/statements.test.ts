import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

describe(`privacy and accessibility statements (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('shows both statements to anyone, signed in or not', async () => {
    const { client } = await signUp(app.baseUrl);
    for (const [path, heading] of [
      ['/privacy', 'Privacyverklaring'],
      ['/toegankelijkheid', 'Toegankelijkheidsverklaring'],
    ] as const) {
      const anonymous = await fetch(`${app.baseUrl}${path}`);
      expect(anonymous.status, path).toBe(200);
      expect(await anonymous.text()).toContain(`<h1>${heading}</h1>`);
      expect((await client.get(path)).status, path).toBe(200);
    }
  });

  it('links both from the footer of every page', async () => {
    const { client } = await signUp(app.baseUrl);
    for (const html of [
      await (await fetch(`${app.baseUrl}/inloggen`)).text(),
      await client.html('/plannen'),
    ]) {
      expect(html).toMatch(
        /<footer[\s\S]*href="\/privacy"[\s\S]*href="\/toegankelijkheid"[\s\S]*<\/footer>/,
      );
    }
  });
});
