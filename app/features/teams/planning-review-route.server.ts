import { data } from 'react-router';
import type { PlanningItem } from '~/features/planning/planning-items.server';
import { loadPlanContext, type PlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { PlanningReviewData } from './planning-review';
import {
  addPlanningComment,
  approvePlanning,
  listPlanningApprovals,
  listPlanningComments,
} from './planning-review.server';
import { commentSchema } from './team-schemas';

function itemKey(item: Pick<PlanningItem, 'kind' | 'id'>) {
  return `${item.kind}:${item.id}`;
}

/** What the planning page shows of comments and approval. */
export async function loadPlanningReview(
  db: PlanContext['db'],
  scope: PlanContext['scope'],
  access: PlanContext['access'],
  items: Pick<PlanningItem, 'kind' | 'id' | 'summary' | 'date'>[],
): Promise<PlanningReviewData> {
  return {
    comments: await listPlanningComments(db, scope),
    approvals: await listPlanningApprovals(db, scope),
    items: items.map((item) => ({
      key: itemKey(item),
      label: `${item.summary} (${formatCalendarDate(item.date)})`,
    })),
    canComment: access.can.comment,
    canApprove: access.can.approve,
  };
}

/** The planning page's posts: a comment (needs `comment`) or the approval (needs `approve`). */
export async function planningReviewAction(request: Request, planId: string | undefined) {
  const intent = String((await request.clone().formData()).get('intent') ?? '');
  const needs = intent === 'goedkeuren' ? 'approve' : 'comment';
  const { db, plan, scope, member } = await loadPlanContext(request, planId, { needs });
  const formData = await request.formData();
  const back = `/plannen/${plan.id}/planning`;

  if (intent === 'goedkeuren') {
    await approvePlanning(db, {
      ...scope,
      userId: member.userId,
      name: member.name,
      approvedOn: todayInAmsterdam(),
      planningDiscussedOn: plan.planningDiscussedOn,
    });
    return redirectWithFlash(request, `${back}#goedkeuring`, {
      kind: 'ok',
      text: 'De planning is goedgekeurd.',
    });
  }

  if (intent === 'reactie') {
    const parsed = parseForm(commentSchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    let itemId: string | null = null;
    if (parsed.data.over) {
      const { listPlanningItems } = await import('~/features/planning/planning-items.server');
      const items = await listPlanningItems(db, scope);
      if (!items.some((item) => itemKey(item) === parsed.data.over)) {
        return data(
          {
            intent,
            errors: { over: 'Kies een afspraak uit de lijst.' },
            values: parsed.values,
          },
          { status: 400 },
        );
      }
      itemId = parsed.data.over;
    }
    await addPlanningComment(db, {
      ...scope,
      itemId,
      author: {
        userId: member.userId,
        name: member.name,
        organisationName: member.organisationName,
      },
      text: parsed.data.tekst,
    });
    return redirectWithFlash(request, `${back}#reacties`, {
      kind: 'ok',
      text: 'Je reactie is geplaatst.',
    });
  }
  throw data(null, { status: 400 });
}
