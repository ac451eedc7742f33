import { createCookieSessionStorage, redirect } from 'react-router';
import { getConfig } from './config.server.ts';

export type FlashMessage = { kind: 'ok' | 'warning' | 'error'; text: string };

let storage: ReturnType<typeof createStorage> | undefined;

function createStorage() {
  const config = getConfig();
  return createCookieSessionStorage<Record<string, never>, { message: FlashMessage }>({
    cookie: {
      name: 'oidw_flash',
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secrets: [config.authSecret],
      secure: config.baseUrl.startsWith('https://'),
    },
  });
}

function flashStorage() {
  storage ??= createStorage();
  return storage;
}

/** Redirect after a successful post, carrying one message to the next page. */
export async function redirectWithFlash(
  request: Request,
  to: string,
  message: FlashMessage,
  init: { headers?: HeadersInit } = {},
): Promise<Response> {
  const session = await flashStorage().getSession(request.headers.get('Cookie'));
  session.flash('message', message);
  const headers = new Headers(init.headers);
  headers.append('Set-Cookie', await flashStorage().commitSession(session));
  return redirect(to, { headers });
}

/** Reads (and so removes) the message for this page. */
export async function readFlash(
  request: Request,
): Promise<{ message: FlashMessage | null; setCookie: string | null }> {
  const cookie = request.headers.get('Cookie');
  if (!cookie?.includes('oidw_flash')) return { message: null, setCookie: null };
  const session = await flashStorage().getSession(cookie);
  const message = session.get('message') ?? null;
  return { message, setCookie: await flashStorage().commitSession(session) };
}
