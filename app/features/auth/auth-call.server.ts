import { getRuntime } from '~/lib/runtime.server';

export type AuthCallResult = {
  ok: boolean;
  status: number;
  /** better-auth's error code, for example INVALID_EMAIL_OR_PASSWORD. */
  code: string | undefined;
  /** Cookies better-auth set (session), to pass on to the browser. */
  setCookies: string[];
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
  let code: string | undefined;
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { code?: string } | null;
    code = payload?.code;
  }
  return {
    ok: response.ok,
    status: response.status,
    code,
    setCookies: response.headers.getSetCookie(),
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
