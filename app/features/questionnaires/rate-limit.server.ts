import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '~/lib/db/database.server';

// A limit on posts from one address to one public form, counted in the database so that every
// app process shares it (better-auth's own limit covers only /api/auth). Only a hash of the
// address is stored, with the app's secret in it, so the table holds no IP addresses.

export type PostLimit = { max: number; windowSeconds: number };

/** The client's address as server.js passes it on (it replaces a forged X-Forwarded-For). */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'onbekend';
}

export function limitKey(secret: string, address: string, target: string): string {
  return createHash('sha256').update(`${secret}\n${address}\n${target}`).digest('hex');
}

/**
 * Counts this post and answers whether it is still within the limit. One statement, so two
 * processes counting at the same moment cannot both see the old number.
 */
export async function countPublicPost(
  db: Db,
  { key, limit, now = new Date() }: { key: string; limit: PostLimit; now?: Date },
): Promise<boolean> {
  const start = now.toISOString();
  const windowOpenedAfter = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
  const row = await db
    .insertInto('publicPostLimit')
    .values({ key, windowStart: start, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when public_post_limit.window_start > ${windowOpenedAfter} then public_post_limit.count + 1 else 1 end`,
        windowStart: sql<string>`case when public_post_limit.window_start > ${windowOpenedAfter} then public_post_limit.window_start else ${start} end`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  // Old windows are of no use any more; clearing them keeps the table small.
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  await db.deleteFrom('publicPostLimit').where('windowStart', '<', dayAgo).execute();
  return Number(row.count) <= limit.max;
}
