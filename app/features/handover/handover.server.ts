import type { Kysely } from 'kysely';
import { canManageOrganisation } from '~/features/auth/organisation.server';
import { roleCan } from '~/features/teams/roles';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import type { AuthDatabase } from '~/lib/db/schema';
import { forbidden, notFound } from '~/lib/http.server';

// Handing a plan over to a colleague of the same organisation. The plan records who is
// responsible now (`plan.responsible_id`); every handover is kept in `plan_handover`.

type Raw = Kysely<AuthDatabase>;
type PlanScope = { organisationId: string; planId: string };

/** Whether this member may give the plan away: a beheerder, or the person responsible for it. */
export function canHandOver(
  member: { userId: string; role: string; organisationId: string },
  plan: { organisationId: string; responsibleId: string | null },
): boolean {
  if (member.organisationId !== plan.organisationId) return false;
  return canManageOrganisation(member.role) || plan.responsibleId === member.userId;
}

/** The colleagues who can take a plan over: members of the organisation who may edit plans. */
export async function listHandoverCandidates(
  raw: Raw,
  { organisationId }: { organisationId: string },
) {
  const members = await raw
    .selectFrom('member')
    .innerJoin('user', 'user.id', 'member.userId')
    .select(['member.userId', 'member.role', 'user.name', 'user.email'])
    .where('member.organizationId', '=', organisationId)
    .orderBy('user.name')
    .execute();
  return members.filter((m) => roleCan(m.role, 'edit'));
}

/** The name of a person, or null when the account is gone. */
export async function personName(raw: Raw, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const row = await raw
    .selectFrom('user')
    .select('name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/**
 * Makes a colleague responsible for the plan and records who handed it over to whom, and when.
 * The colleague must be a member of the plan's organisation who may edit plans (403 otherwise).
 */
export async function handOverPlan(
  db: Db,
  raw: Raw,
  input: PlanScope & { toUserId: string; by: { userId: string; name: string }; note: string },
): Promise<{ toName: string }> {
  const plan = await db
    .selectFrom('plan')
    .select(['id', 'responsibleId'])
    .where('id', '=', input.planId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!plan) notFound();
  const candidates = await listHandoverCandidates(raw, input);
  const to = candidates.find((c) => c.userId === input.toUserId);
  if (!to) forbidden();
  const fromName = (await personName(raw, plan.responsibleId)) ?? 'onbekend';

  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('planHandover')
      .values({
        id: newId(),
        planId: input.planId,
        organisationId: input.organisationId,
        fromUserId: plan.responsibleId,
        fromName,
        toUserId: to.userId,
        toName: to.name,
        byUserId: input.by.userId,
        byName: input.by.name,
        note: input.note,
        createdAt: now,
      })
      .execute();
    await trx
      .updateTable('plan')
      .set({ responsibleId: to.userId, updatedAt: now })
      .where('id', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .execute();
  });
  return { toName: to.name };
}

/** Every handover of the plan, newest first. */
export async function listHandovers(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('planHandover')
    .select(['id', 'fromName', 'toName', 'byName', 'note', 'createdAt'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt', 'desc')
    .execute();
}
