import { getRuntime } from '~/lib/runtime.server';

export type AuthCallResult = {
  ok: boolean;
  status: number;
  /** better-auth's error code, for example INVALID_EMAIL_OR_PASSWORD. */
  code: string | undefined;
  /** Cookies better-auth set (session), to pass on to the browser. */
  setCookies: string[];
  /** The JSON answer, when there was one. */
  payload: Record<string, unknown> | null;
};

/**
 * Calls a better-auth endpoint through its own request handler, so that our forms get the same
 * origin check and rate limit as direct calls to /api/auth.
 */
export async function callAuth(
  request: Request,
  endpoint: string,
  body: Record<string, unknown>,
): Promise<AuthCallResult> {
  const { auth, config } = await getRuntime();
  const headers = new Headers({ 'Content-Type': 'application/json', Origin: config.baseUrl });
  for (const name of ['cookie', 'user-agent', 'x-forwarded-for', 'x-real-ip']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const response = await auth.handler(
    new Request(`${config.baseUrl}/api/auth${endpoint}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
  );
  const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const code = !response.ok && typeof payload?.code === 'string' ? payload.code : undefined;
  return {
    ok: response.ok,
    status: response.status,
    code,
    setCookies: response.headers.getSetCookie(),
    payload,
  };
}

export function cookieHeaders(setCookies: string[]): Headers {
  const headers = new Headers();
  for (const cookie of setCookies) headers.append('Set-Cookie', cookie);
  return headers;
}

/** Only paths inside this app may be a destination after signing in. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/plannen';
  }
  return value;
}

/** Where to go after signing in: the page asked for, with a kept form to restore. */
export function returnAddress(terug: string | undefined, formulier: string | undefined): string {
  const back = new URL(safeReturnPath(terug), 'http://app.local');
  if (formulier) back.searchParams.set('herstel', formulier);
  return back.pathname + back.search;
}
