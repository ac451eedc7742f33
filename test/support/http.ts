import { randomBytes } from 'node:crypto';

/** A browser-like client for HTTP tests: keeps cookies, posts forms, does not follow redirects. */
export class TestClient {
  private cookies = new Map<string, string>();

  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    if (!headers.has('Origin')) headers.set('Origin', this.baseUrl);
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** Posts a form as a browser without JavaScript does (urlencoded). */
  post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  }

  async html(path: string): Promise<string> {
    const response = await this.get(path);
    return response.text();
  }

  /** The Cookie header this client sends, for a test that makes its own raw request. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * One cookie jar with another client from now on: the same browser talking to another app
   * process behind a load balancer.
   */
  shareCookiesWith(other: TestClient): void {
    this.cookies = other.cookies;
  }

  dropCookies(): void {
    this.cookies.clear();
  }
}

export function uniqueEmail(prefix = 'test'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.org`;
}

/** Signs up through our own form; returns the client, signed in. */
export async function signUp(
  baseUrl: string,
  input: { name?: string; organisationName?: string; email?: string; password?: string } = {},
): Promise<{ client: TestClient; email: string; password: string }> {
  const client = new TestClient(baseUrl);
  const email = input.email ?? uniqueEmail();
  const password = input.password ?? 'een lang wachtwoord';
  const response = await client.post('/registreren', {
    name: input.name ?? 'Fatma Yılmaz',
    organisationName: input.organisationName ?? 'GGD Testregio',
    email,
    password,
  });
  if (response.status !== 302)
    throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return { client, email, password };
}

/** Creates a plan in Utrecht with the wijk Overvecht through the form; returns its id. */
export async function createPlan(
  client: TestClient,
  title = 'Meer bewegen in Overvecht',
): Promise<string> {
  const response = await client.post('/plannen/nieuw', {
    title,
    municipality: 'GM0344',
    areas: ['WK034403'],
    typedAreas: '',
  });
  const location = response.headers.get('Location') ?? '';
  const match = /\/plannen\/([^/]+)\/stap\/1/.exec(location);
  if (!match?.[1]) throw new Error(`plan not created: ${response.status} ${location}`);
  return match[1];
}

/** The hidden edit token (`updatedAt`) of the edit form on a page, as a browser would post it. */
export function editTokenOf(html: string): string {
  const token = /name="updatedAt" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('No edit token on this page');
  return token;
}
