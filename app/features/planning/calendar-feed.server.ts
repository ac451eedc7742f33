import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { AuthDatabase } from '~/lib/db/schema';

// A member's private calendar subscription. The address holds a random token; only its SHA-256
// hash is stored, so a copy of the database does not give away anyone's calendar. Renewing
// replaces the token, which ends the old address at once.

type Member = { organisationId: string; userId: string };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** When the member's current address was made, or null when there is none. */
export async function getCalendarFeed(db: Db, { organisationId, userId }: Member) {
  const row = await db
    .selectFrom('calendarFeed')
    .select(['createdAt'])
    .where('organisationId', '=', organisationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Makes a new address (ending any old one) and returns its token; shown to the member once. */
export async function renewCalendarFeed(db: Db, { organisationId, userId }: Member) {
  const token = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('calendarFeed')
      .where('organisationId', '=', organisationId)
      .where('userId', '=', userId)
      .execute();
    await trx
      .insertInto('calendarFeed')
      .values({
        id: newId(),
        organisationId,
        userId,
        tokenHash: hashToken(token),
        createdAt: nowIso(),
      })
      .execute();
  });
  return token;
}

export async function stopCalendarFeed(db: Db, { organisationId, userId }: Member) {
  await db
    .deleteFrom('calendarFeed')
    .where('organisationId', '=', organisationId)
    .where('userId', '=', userId)
    .execute();
}

/** The member a subscription token belongs to, or null for an unknown or ended address. */
export async function findCalendarFeed(db: Db, { token }: { token: string }) {
  const row = await db
    .selectFrom('calendarFeed')
    .select(['organisationId', 'userId'])
    .where('tokenHash', '=', hashToken(token))
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Whether the subscription's owner is still a member of its organisation. A person who left (or
 * was removed) keeps no calendar: their old address must stop showing the organisation's work.
 */
export async function isCalendarFeedMember(
  raw: Kysely<AuthDatabase>,
  { organisationId, userId }: Member,
): Promise<boolean> {
  const row = await raw
    .selectFrom('member')
    .select('member.id')
    .where('member.organizationId', '=', organisationId)
    .where('member.userId', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
