import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { signUp, TestClient, uniqueEmail } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

const REFUSED = 'Dit wachtwoord gebruiken heel veel mensen.';

describe(`common passwords are refused (${testDatabaseKind()})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('on the sign-up form, keeping what was typed', async () => {
    const client = new TestClient(app.baseUrl);
    const email = uniqueEmail();
    const response = await client.post('/registreren', {
      name: 'Yara Haddad',
      organisationName: 'Jongerenwerk West',
      email,
      password: 'Welkom2024!',
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(REFUSED);
    expect(html).toContain('value="Yara Haddad"');
    expect(html).toContain(`value="${email}"`);
    expect((await client.get('/plannen')).status).toBe(302);
  });

  it('when changing the password on the account page', async () => {
    const { client, email, password } = await signUp(app.baseUrl);
    const response = await client.post('/account', {
      intent: 'wachtwoord',
      currentPassword: password,
      newPassword: 'qwertyuiop',
      repeatPassword: 'qwertyuiop',
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain(REFUSED);
    // The old password still works.
    const signIn = await new TestClient(app.baseUrl).post('/inloggen', { email, password });
    expect(signIn.status).toBe(302);
  });

  it('on /api/auth, for sign-up and for a password change', async () => {
    const client = new TestClient(app.baseUrl);
    const signUpResponse = await client.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Tim', email: uniqueEmail(), password: 'password123' }),
    });
    expect(signUpResponse.status).toBe(400);
    const refused = (await signUpResponse.json()) as { code?: string; message?: string };
    expect(refused.code).toBe('PASSWORD_TOO_COMMON');
    expect(refused.message).toContain(REFUSED);

    const member = await signUp(app.baseUrl);
    const change = await member.client.request('/api/auth/change-password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentPassword: member.password, newPassword: 'wachtwoord123' }),
    });
    expect(change.status).toBe(400);
    expect(((await change.json()) as { code?: string }).code).toBe('PASSWORD_TOO_COMMON');
  });

  it('accepts a sentence of a few words', async () => {
    const { client } = await signUp(app.baseUrl, { password: 'zeven blauwe tulpen' });
    expect((await client.get('/plannen')).status).toBe(200);
  });
});
