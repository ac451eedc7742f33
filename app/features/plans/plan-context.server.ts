import { type Member, requireMember } from '~/features/auth/session.server';
import type { Db } from '~/lib/db/database.server';
import { notFound } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import { getPlan, type Plan } from './plans.server';

export type PlanContext = {
  member: Member;
  db: Db;
  plan: Plan;
  scope: { organisationId: string; planId: string };
};

/** The signed-in member, the database and the plan of the URL (404 when not theirs). */
export async function loadPlanContext(
  request: Request,
  planId: string | undefined,
): Promise<PlanContext> {
  const member = await requireMember(request);
  if (!planId) notFound();
  const { database } = await getRuntime();
  const scope = { organisationId: member.organisationId, planId };
  const plan = await getPlan(database.db, scope);
  return { member, db: database.db, plan, scope };
}

/** The signed-in member and the database, for pages outside one plan. */
export async function loadMemberContext(request: Request): Promise<{ member: Member; db: Db }> {
  const member = await requireMember(request);
  const { database } = await getRuntime();
  return { member, db: database.db };
}
