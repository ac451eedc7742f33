import { randomUUID } from 'node:crypto';
import { redirect } from 'react-router';
import { getRuntime } from '../../lib/runtime.server.ts';

export type Member = {
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  role: string;
};

/** The signed-in person and their organisation, or null. */
export async function getMember(request: Request): Promise<Member | null> {
  const { auth, database } = await getRuntime();
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return null;
  const membership = await database.raw
    .selectFrom('member')
    .innerJoin('organization', 'organization.id', 'member.organizationId')
    .select(['member.organizationId', 'member.role', 'organization.name'])
    .where('member.userId', '=', session.user.id)
    // Someone who accepted an invitation to another team works in that team from then on.
    .orderBy('member.createdAt', 'desc')
    .executeTakeFirst();
  if (!membership) return null;
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    organisationId: membership.organizationId,
    organisationName: membership.name,
    role: membership.role,
  };
}

/**
 * The signed-in member, or a redirect to the sign-in page. A form posted after the session
 * expired is kept (for an hour at most) so the user gets it back, filled, after signing in.
 */
export async function requireMember(request: Request): Promise<Member> {
  const member = await getMember(request);
  if (member) return member;
  const back = pagePath(new URL(request.url));
  const params = new URLSearchParams({ terug: back });
  if (request.method === 'POST' && isFormPost(request)) {
    const kept = await keepPendingForm(back, await request.formData());
    if (kept) params.set('formulier', kept);
  }
  throw redirect(`/inloggen?${params}`);
}

/**
 * The address of the page a request belongs to. With JavaScript on, React Router fetches data
 * from `<page>.data` (and `/_root.data` for the home page) with its own search parameters; the
 * user must come back to the page itself.
 */
export function pagePath(url: URL): string {
  let pathname = url.pathname;
  if (pathname === '/_root.data') pathname = '/';
  else if (pathname.endsWith('.data')) pathname = pathname.slice(0, -'.data'.length);
  const search = new URLSearchParams(url.search);
  search.delete('_routes');
  search.delete('index');
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

function isFormPost(request: Request): boolean {
  const type = request.headers.get('Content-Type') ?? '';
  return type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
}

const PENDING_FORM_TTL_MS = 60 * 60 * 1000;
/** Anyone can post without a session: keep only what a person can type, and not too many. */
const PENDING_FORM_MAX_CHARS = 100_000;
const PENDING_FORMS_MAX = 1000;

async function keepPendingForm(path: string, formData: FormData): Promise<string | null> {
  const { database } = await getRuntime();
  const fields: [string, string][] = [];
  let size = 0;
  for (const [key, value] of formData) {
    if (typeof value !== 'string') continue;
    size += key.length + value.length;
    if (size > PENDING_FORM_MAX_CHARS) return null;
    fields.push([key, value]);
  }
  const id = randomUUID();
  const now = new Date();
  await database.db
    .deleteFrom('pendingForm')
    .where('createdAt', '<', new Date(now.getTime() - PENDING_FORM_TTL_MS).toISOString())
    .execute();
  const { count } = await database.db
    .selectFrom('pendingForm')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(count) >= PENDING_FORMS_MAX) return null;
  await database.db
    .insertInto('pendingForm')
    .values({ id, path, fields: JSON.stringify(fields), createdAt: now.toISOString() })
    .execute();
  return id;
}

/** Takes a kept form back (once) for the page it was posted to. */
export async function takePendingForm(
  id: string,
  path: string,
): Promise<Record<string, string | string[]> | null> {
  const { database } = await getRuntime();
  const row = await database.db
    .selectFrom('pendingForm')
    .select(['fields', 'createdAt', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.path.split('?')[0] !== path) return null;
  await database.db.deleteFrom('pendingForm').where('id', '=', id).execute();
  if (Date.now() - new Date(row.createdAt).getTime() > PENDING_FORM_TTL_MS) return null;
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of JSON.parse(row.fields) as [string, string][]) {
    const existing = values[key];
    if (existing === undefined) values[key] = value;
    else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}
