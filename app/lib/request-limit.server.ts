import { data } from 'react-router';
import type { Db } from './db/database.server.ts';
import { logger } from './logger.server.ts';
import { getRuntime } from './runtime.server.ts';

// Limits on public pages (no sign-in needed, often with a secret token in the address): at most
// `max` requests per client address in a fixed window. The counter lives in the database, so
// every app process counts the same requests. Sign-in and sign-up have better-auth's own limit,
// also stored in the database (auth.server.ts).

export type RequestLimit = { group: string; max: number; windowSeconds: number };

export const PUBLIC_PAGE_LIMITS = {
  /** An invitation link, also on the sign-up page with `?uitnodiging=`. */
  invitation: { group: 'uitnodiging', max: 30, windowSeconds: 10 * 60 },
  /** A link for a new password. */
  passwordReset: { group: 'wachtwoord', max: 20, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RequestLimit>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one request of this address in the current window and answers the count so far
 * (this one included). One statement, so two processes never both see the old count.
 */
export async function countRequest(
  db: Db,
  input: { key: string; windowSeconds: number; now?: number },
): Promise<number> {
  const now = input.now ?? Date.now();
  const windowMs = input.windowSeconds * 1000;
  const windowStart = now - (now % windowMs);
  const row = await db
    .insertInto('requestLimit')
    .values({ key: input.key, windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('requestLimit.windowStart', '=', windowStart)
          .then(eb(eb.ref('requestLimit.count'), '+', 1))
          .else(1)
          .end(),
        windowStart,
      })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  // The first request of a window clears out windows of other addresses that ended long ago.
  if (count === 1) {
    await db
      .deleteFrom('requestLimit')
      .where('windowStart', '<', now - DAY_MS)
      .execute();
  }
  return count;
}

/** The client's address as server.js set it (the socket, or the proxy's word with TRUST_PROXY). */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'onbekend';
}

/**
 * Throws a 429 answer (our Dutch error page) when this address asked for pages of this group
 * too often in the current window. Off with RATE_LIMIT=off.
 */
export async function limitPublicRequest(request: Request, limit: RequestLimit): Promise<void> {
  const { config, database } = await getRuntime();
  if (!config.rateLimit) return;
  const count = await countRequest(database.db, {
    key: `${limit.group}:${clientAddress(request)}`,
    windowSeconds: limit.windowSeconds,
  });
  if (count <= limit.max) return;
  if (count === limit.max + 1) logger.warn({ group: limit.group }, 'public page limit reached');
  throw data(null, { status: 429, headers: { 'Retry-After': String(limit.windowSeconds) } });
}
