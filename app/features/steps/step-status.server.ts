import { data } from 'react-router';
import { STEP_STATUS_LABELS, type StepNumber } from '~/features/plans/domain';
import type { PlanContext } from '~/features/plans/plan-context.server';
import { stepStatusSchema } from '~/features/plans/plan-schemas';
import { setStepStatus } from '~/features/plans/plans.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { STEP_STATUS_INTENT } from './step-status-form';

/**
 * Saves the status of a step from `<StepStatusForm>`. Returns a redirect back to the step with a
 * flash message, or a 400 answer with a Dutch message for the form. Use it from a step action:
 *
 *   if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, 3, formData);
 */
export async function saveStepStatus(
  request: Request,
  ctx: Pick<PlanContext, 'db' | 'scope'>,
  step: StepNumber,
  formData: FormData,
) {
  const parsed = parseForm(stepStatusSchema, formData);
  if (!parsed.ok) {
    return data(
      { intent: STEP_STATUS_INTENT, errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }

  await setStepStatus(ctx.db, { ...ctx.scope, step, status: parsed.data.status });
  return redirectWithFlash(request, `/plannen/${ctx.scope.planId}/stap/${step}`, {
    kind: 'ok',
    text: `Stap ${step} staat nu op: ${STEP_STATUS_LABELS[parsed.data.status].toLowerCase()}.`,
  });
}

/** The same helper under the name some briefs use. */
export const handleStepStatus = saveStepStatus;
