import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../lib/db/database.server.ts';
import { newId, nowIso } from '../../lib/db/ids.ts';
import type { AuthDatabase } from '../../lib/db/schema.ts';
import { forbidden, notFound } from '../../lib/http.server.ts';
import type { Auth } from '../auth/auth.server.ts';
import type { AssignableRole } from './roles.ts';

// Invitations to the organisation and to one plan, the members and their roles, and the people
// of other organisations a plan is shared with. The token of an invitation link is only shown
// once (and mailed); the database keeps its SHA-256.

type Raw = Kysely<AuthDatabase>;
type Scope = { organisationId: string };

export const INVITE_DAYS = 14;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function invitePath(token: string): string {
  return `/uitnodiging/${token}`;
}

export async function createInvite(
  db: Db,
  input: Scope & {
    kind: 'team' | 'plan';
    role: string;
    planId: string | null;
    email: string;
    invitedBy: string;
  },
): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  const now = new Date();
  await db
    .insertInto('teamInvite')
    .values({
      id: newId(),
      organisationId: input.organisationId,
      tokenHash: hashToken(token),
      kind: input.kind,
      role: input.role,
      planId: input.planId,
      email: input.email,
      invitedBy: input.invitedBy,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000).toISOString(),
      acceptedAt: null,
      acceptedBy: null,
    })
    .execute();
  return token;
}

export type OpenInvite = NonNullable<Awaited<ReturnType<typeof findOpenInvite>>>;

/** An invitation that can still be accepted, with the names a person needs to decide. */
export async function findOpenInvite(db: Db, raw: Raw, { token }: { token: string }) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const invite = await db
    .selectFrom('teamInvite')
    .selectAll()
    .where('tokenHash', '=', hashToken(token))
    .where('acceptedAt', 'is', null)
    .where('expiresAt', '>', nowIso())
    .executeTakeFirst();
  if (!invite) return null;
  const organisation = await raw
    .selectFrom('organization')
    .select('name')
    .where('id', '=', invite.organisationId)
    .executeTakeFirst();
  if (!organisation) return null;
  let planTitle: string | null = null;
  if (invite.kind === 'plan') {
    const plan = await db
      .selectFrom('plan')
      .select('title')
      .where('id', '=', invite.planId ?? '')
      .where('organisationId', '=', invite.organisationId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!plan) return null;
    planTitle = plan.title;
  }
  return { ...invite, organisationName: organisation.name, planTitle };
}

/**
 * Accepts an invitation for a signed-in person: joins the organisation, or gets access to the
 * plan. A person who is already a member of the plan's organisation needs no share.
 */
export async function acceptInvite(
  runtime: { db: Db; raw: Raw; auth: Auth },
  { invite, userId }: { invite: OpenInvite; userId: string },
): Promise<void> {
  const { db, raw, auth } = runtime;
  const member = await raw
    .selectFrom('member')
    .select('id')
    .where('organizationId', '=', invite.organisationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (invite.kind === 'team' && !member) {
    const context = await auth.$context;
    await context.adapter.create({
      model: 'member',
      data: {
        organizationId: invite.organisationId,
        userId,
        role: invite.role,
        createdAt: new Date(),
      },
    });
  }
  if (invite.kind === 'plan' && !member && invite.planId) {
    const existing = await db
      .selectFrom('planShare')
      .select('id')
      .where('planId', '=', invite.planId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    const access = invite.role === 'partner' ? 'partner' : 'gast';
    if (existing) {
      await db.updateTable('planShare').set({ access }).where('id', '=', existing.id).execute();
    } else {
      await db
        .insertInto('planShare')
        .values({
          id: newId(),
          planId: invite.planId,
          organisationId: invite.organisationId,
          userId,
          access,
          createdAt: nowIso(),
        })
        .execute();
    }
  }
  await db
    .updateTable('teamInvite')
    .set({ acceptedAt: nowIso(), acceptedBy: userId })
    .where('id', '=', invite.id)
    .execute();
}

export async function listOpenInvites(
  db: Db,
  { organisationId, kind, planId }: Scope & { kind: 'team' | 'plan'; planId?: string },
) {
  let query = db
    .selectFrom('teamInvite')
    .select(['id', 'role', 'email', 'createdAt', 'expiresAt'])
    .where('organisationId', '=', organisationId)
    .where('kind', '=', kind)
    .where('acceptedAt', 'is', null)
    .where('expiresAt', '>', nowIso());
  if (planId) query = query.where('planId', '=', planId);
  return query.orderBy('createdAt', 'desc').execute();
}

export async function withdrawInvite(
  db: Db,
  { organisationId, inviteId, planId }: Scope & { inviteId: string; planId?: string },
): Promise<void> {
  let query = db
    .deleteFrom('teamInvite')
    .where('id', '=', inviteId)
    .where('organisationId', '=', organisationId)
    .where('acceptedAt', 'is', null);
  if (planId) query = query.where('planId', '=', planId);
  const result = await query.executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) notFound();
}

export async function listMembers(raw: Raw, { organisationId }: Scope) {
  return raw
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.userId')
    .select(['member.id', 'member.userId', 'member.role', 'user.name', 'user.email'])
    .where('member.organizationId', '=', organisationId)
    .orderBy('user.name')
    .execute();
}

export function isAdministrator(role: string): boolean {
  return role === 'owner' || role === 'admin';
}

/** Changes a member's role; the organisation always keeps at least one beheerder. */
export async function changeMemberRole(
  raw: Raw,
  { organisationId, memberId, role }: Scope & { memberId: string; role: AssignableRole },
): Promise<void> {
  const members = await listMembers(raw, { organisationId });
  const target = members.find((m) => m.id === memberId);
  if (!target) notFound();
  if (isAdministrator(target.role) && isAdministrator(role)) return;
  if (isAdministrator(target.role) && members.filter((m) => isAdministrator(m.role)).length < 2) {
    forbidden();
  }
  await raw
    .updateTable('member')
    .set({ role })
    .where('id', '=', memberId)
    .where('organizationId', '=', organisationId)
    .execute();
}

/** Removes a member from the organisation (never the last beheerder). */
export async function removeMember(
  raw: Raw,
  { organisationId, memberId }: Scope & { memberId: string },
): Promise<void> {
  const members = await listMembers(raw, { organisationId });
  const target = members.find((m) => m.id === memberId);
  if (!target) notFound();
  if (isAdministrator(target.role) && members.filter((m) => isAdministrator(m.role)).length < 2) {
    forbidden();
  }
  await raw
    .deleteFrom('member')
    .where('id', '=', memberId)
    .where('organizationId', '=', organisationId)
    .execute();
}

/** Whether a person's own organisation (any of their memberships) is this one. */
export async function isMemberOf(raw: Raw, input: { organisationId: string; userId: string }) {
  const row = await raw
    .selectFrom('member')
    .select('id')
    .where('organizationId', '=', input.organisationId)
    .where('userId', '=', input.userId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function findPlanShare(
  db: Db,
  { planId, userId }: { planId: string; userId: string },
) {
  return db
    .selectFrom('planShare')
    .innerJoin('plan', 'plan.id', 'planShare.planId')
    .select(['planShare.organisationId', 'planShare.access'])
    .where('planShare.planId', '=', planId)
    .where('planShare.userId', '=', userId)
    .whereRef('plan.organisationId', '=', 'planShare.organisationId')
    .where('plan.deletedAt', 'is', null)
    .executeTakeFirst();
}

/** The people of other organisations a plan is shared with, each with their own organisation. */
export async function listPlanShares(
  db: Db,
  raw: Raw,
  { organisationId, planId }: Scope & { planId: string },
) {
  const shares = await db
    .selectFrom('planShare')
    .select(['id', 'userId', 'access', 'createdAt'])
    .where('organisationId', '=', organisationId)
    .where('planId', '=', planId)
    .orderBy('createdAt')
    .execute();
  if (shares.length === 0) return [];
  const people = await peopleWithOrganisation(
    raw,
    shares.map((s) => s.userId),
  );
  return shares.map((share) => ({ ...share, ...people.get(share.userId) }));
}

/** Name, e-mail and own organisation name of each person. */
export async function peopleWithOrganisation(raw: Raw, userIds: string[]) {
  const rows = await raw
    .selectFrom('user')
    .leftJoin('member', 'member.userId', 'user.id')
    .leftJoin('organization', 'organization.id', 'member.organizationId')
    .select(['user.id', 'user.name', 'user.email', 'organization.name as organisationName'])
    .where('user.id', 'in', userIds)
    .orderBy('member.createdAt')
    .execute();
  const people = new Map<string, { name: string; email: string; organisationName: string }>();
  for (const row of rows) {
    if (people.has(row.id)) continue;
    people.set(row.id, {
      name: row.name,
      email: row.email,
      organisationName: row.organisationName ?? '',
    });
  }
  return people;
}

export async function removePlanShare(
  db: Db,
  { organisationId, planId, shareId }: Scope & { planId: string; shareId: string },
): Promise<void> {
  const result = await db
    .deleteFrom('planShare')
    .where('id', '=', shareId)
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) notFound();
}

/** Plans of other organisations shared with this person. */
export async function listSharedPlans(
  db: Db,
  raw: Raw,
  { userId, organisationId }: { userId: string; organisationId: string },
) {
  const rows = await db
    .selectFrom('planShare')
    .innerJoin('plan', 'plan.id', 'planShare.planId')
    .select([
      'plan.id',
      'plan.title',
      'plan.municipalityName',
      'plan.organisationId',
      'planShare.access',
    ])
    .where('planShare.userId', '=', userId)
    .whereRef('plan.organisationId', '=', 'planShare.organisationId')
    .where('plan.organisationId', '!=', organisationId)
    .where('plan.deletedAt', 'is', null)
    .orderBy('plan.title')
    .execute();
  if (rows.length === 0) return [];
  const organisations = await raw
    .selectFrom('organization')
    .select(['id', 'name'])
    .where(
      'id',
      'in',
      rows.map((r) => r.organisationId),
    )
    .execute();
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return rows.map(({ organisationId: owner, ...row }) => ({
    ...row,
    organisationName: names.get(owner) ?? '',
  }));
}
