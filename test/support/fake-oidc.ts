import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type FakeOidcAccount = { email: string; name: string };

/**
 * A small OpenID Connect provider on 127.0.0.1 (random port), made with `oidc-provider`, with
 * one client for the app and the library's own simple login and consent pages: any login name
 * signs in, and the accounts given here say which e-mail address and name it has.
 */
export async function startFakeOidc(input: {
  redirectUri: string;
  accounts: Record<string, FakeOidcAccount>;
}) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const client = { id: 'ouders-in-de-wijk', secret: 'geheim-van-de-test-client-1234567890' };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [input.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['sleutel-voor-de-test-cookies'] },
    async findAccount(_ctx, sub) {
      const account = input.accounts[sub];
      return {
        accountId: sub,
        async claims() {
          return account
            ? { sub, email: account.email, email_verified: true, name: account.name }
            : { sub };
        },
      };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId: client.id,
    clientSecret: client.secret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeOidc = Awaited<ReturnType<typeof startFakeOidc>>;
