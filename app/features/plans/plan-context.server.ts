import { type Member, requireMember } from '~/features/auth/session.server';
import {
  PLAN_ACCESS_PERMISSIONS,
  type PlanAccess,
  type PlanPermission,
  roleCan,
} from '~/features/teams/roles';
import { findPlanShare } from '~/features/teams/teams.server';
import type { Db } from '~/lib/db/database.server';
import { forbidden, notFound } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import { getPlan, type Plan } from './plans.server';

export type PlanContext = {
  member: Member;
  db: Db;
  plan: Plan;
  /** Always the plan's own organisation: for a shared plan that is not the member's. */
  scope: { organisationId: string; planId: string };
  /** How the member reaches this plan and what they may do with it. */
  access: { level: PlanAccess; can: Record<PlanPermission, boolean> };
};

const ALL_PERMISSIONS: PlanPermission[] = ['read', 'edit', 'comment', 'approve', 'share'];

/**
 * The signed-in member, the database and the plan of the URL: a plan of their own
 * organisation, or a plan shared with them as partner or guest (404 for any other).
 *
 * A post needs `edit` unless the route says which permission its post needs (`needs`), so a
 * guest or a leidinggevende gets 403 on every change to the plan's content.
 */
export async function loadPlanContext(
  request: Request,
  planId: string | undefined,
  options: { needs?: PlanPermission } = {},
): Promise<PlanContext> {
  const member = await requireMember(request);
  if (!planId) notFound();
  const { database } = await getRuntime();
  const db = database.db;
  let level: PlanAccess;
  let organisationId = member.organisationId;
  let permissions: PlanPermission[];
  const own = await db
    .selectFrom('plan')
    .select('id')
    .where('id', '=', planId)
    .where('organisationId', '=', member.organisationId)
    .executeTakeFirst();
  if (own) {
    level = roleCan(member.role, 'edit') ? 'organisatie' : 'leidinggevende';
    permissions = ALL_PERMISSIONS.filter((p) => roleCan(member.role, p));
  } else {
    const share = await findPlanShare(db, { planId, userId: member.userId });
    if (!share) notFound();
    level = share.access;
    organisationId = share.organisationId;
    permissions = [...PLAN_ACCESS_PERMISSIONS[share.access]];
  }
  const scope = { organisationId, planId };
  const plan = await getPlan(db, scope);
  const can = Object.fromEntries(
    ALL_PERMISSIONS.map((p) => [p, permissions.includes(p)]),
  ) as Record<PlanPermission, boolean>;
  if (request.method !== 'GET' && request.method !== 'HEAD' && !can[options.needs ?? 'edit']) {
    forbidden();
  }
  return { member, db, plan, scope, access: { level, can } };
}

/**
 * The signed-in member and the database, for pages outside one plan. A post needs the role's
 * `edit` permission (a leidinggevende only reads) unless the route says what it needs.
 */
export async function loadMemberContext(
  request: Request,
  options: { needs?: PlanPermission } = {},
): Promise<{ member: Member; db: Db }> {
  const member = await requireMember(request);
  if (
    request.method !== 'GET' &&
    request.method !== 'HEAD' &&
    !roleCan(member.role, options.needs ?? 'edit')
  ) {
    forbidden();
  }
  const { database } = await getRuntime();
  return { member, db: database.db };
}
