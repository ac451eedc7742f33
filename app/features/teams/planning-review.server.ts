import { setPlanningDiscussed } from '~/features/plans/plans.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';

// Comments on the planning (between professional and manager) and the manager's approval.

type PlanScope = { organisationId: string; planId: string };

export async function listPlanningComments(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('planningComment')
    .select(['id', 'itemId', 'authorName', 'authorOrganisation', 'text', 'createdAt'])
    .where('organisationId', '=', organisationId)
    .where('planId', '=', planId)
    .orderBy('createdAt')
    .execute();
}

export async function addPlanningComment(
  db: Db,
  input: PlanScope & {
    itemId: string | null;
    author: { userId: string; name: string; organisationName: string };
    text: string;
  },
) {
  await db
    .insertInto('planningComment')
    .values({
      id: newId(),
      planId: input.planId,
      organisationId: input.organisationId,
      itemId: input.itemId,
      authorId: input.author.userId,
      authorName: input.author.name,
      authorOrganisation: input.author.organisationName,
      text: input.text,
      createdAt: nowIso(),
    })
    .execute();
}

export async function listPlanningApprovals(db: Db, { organisationId, planId }: PlanScope) {
  return db
    .selectFrom('planningApproval')
    .select(['id', 'approvedOn', 'approvedByName', 'createdAt'])
    .where('organisationId', '=', organisationId)
    .where('planId', '=', planId)
    .orderBy('createdAt', 'desc')
    .execute();
}

/**
 * Approves the planning on a date, in the name of the manager. An approval is also a
 * discussion: a planning not yet marked "besproken" gets the same date.
 */
export async function approvePlanning(
  db: Db,
  input: PlanScope & {
    userId: string;
    name: string;
    approvedOn: string;
    planningDiscussedOn: string | null;
  },
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('planningApproval')
      .values({
        id: newId(),
        planId: input.planId,
        organisationId: input.organisationId,
        approvedOn: input.approvedOn,
        approvedBy: input.userId,
        approvedByName: input.name,
        createdAt: nowIso(),
      })
      .execute();
    if (!input.planningDiscussedOn) {
      await setPlanningDiscussed(trx, { ...input, discussedOn: input.approvedOn });
    }
  });
}
