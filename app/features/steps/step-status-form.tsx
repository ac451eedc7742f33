import { Button } from '@utrecht/component-library-react';
import { Form } from 'react-router';
import { ChoiceGroup, FormErrorSummary, FormScope } from '~/components/form';
import { STEP_STATUS_LABELS, STEP_STATUSES } from '~/features/plans/domain';
import type { StepStatus } from '~/lib/db/schema';
import './step-status-form.css';

/** The hidden `intent` of the step status form; the action hands it to `saveStepStatus`. */
export const STEP_STATUS_INTENT = 'stap-status';

/**
 * "Status van deze stap": radio buttons Niet begonnen / Bezig / Klaar. Posts `intent=stap-status`
 * and `status` to the step page itself; its action calls `saveStepStatus` from
 * `step-status.server.ts`. Errors and the chosen value come back through the FormScope.
 */
export function StepStatusForm({ status }: { status: StepStatus }) {
  return (
    <FormScope intent={STEP_STATUS_INTENT} defaults={{ status }}>
      <Form method="post" className="panel step-status-form no-print">
        <FormErrorSummary />
        <input type="hidden" name="intent" value={STEP_STATUS_INTENT} />
        <ChoiceGroup
          name="status"
          legend="Status van deze stap"
          description="Zet de stap op klaar als je voor nu genoeg hebt gedaan. Je kunt altijd terugkomen."
          multiple={false}
          required
          options={STEP_STATUSES.map((s) => ({ value: s, label: STEP_STATUS_LABELS[s] }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          Status opslaan
        </Button>
      </Form>
    </FormScope>
  );
}
