import { Button } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { data, Form } from 'react-router';
import { ChoiceGroup, FormErrorSummary, FormScope, TextField } from '~/components/form';
import { AGE_GROUPS, CIRCUMSTANCES, STEPS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/step-1';
import { readStepOneAnswers, saveStepOne } from './step-1.server';
import { errorsPerField, STEP_ONE_LIMITS, stepOneSchema } from './step-1-schemas';
import { saveStepStatus } from './step-status.server';
import { STEP_STATUS_INTENT, StepStatusForm } from './step-status-form';
import './steps-1256.css';
import { composeTargetStatement } from './target-statement';

const STEP = STEPS[0];
const ANSWERS_INTENT = 'antwoorden';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { plan } = await loadPlanContext(request, params.planId);
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      municipalityName: plan.municipalityName,
      stepStatus: plan.steps[STEP.number],
    },
    answers: readStepOneAnswers(plan),
    today: todayInAmsterdam(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');

  if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, STEP.number, formData);

  if (intent === ANSWERS_INTENT) {
    const parsed = parseForm(stepOneSchema, formData);
    if (!parsed.ok) {
      // Unticked boxes are not posted; keep them unticked instead of showing the saved ones.
      const values = { ages: [], circumstances: [], ...parsed.values };
      return data({ intent, errors: errorsPerField(parsed.errors), values }, { status: 400 });
    }
    await saveStepOne(ctx.db, { ...ctx.scope, ...parsed.data });
    return redirectWithFlash(request, `/plannen/${ctx.scope.planId}/stap/1#doelgroep`, {
      kind: 'ok',
      text: 'Je antwoorden zijn opgeslagen. De zin over je doelgroep en doel is bijgewerkt.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

export default function Step1({ loaderData }: Route.ComponentProps) {
  const { plan, answers, today } = loaderData;
  const statement = composeTargetStatement(answers);
  return (
    <>
      <title>{`Stap 1: ${STEP.title} – ${plan.title} – Ouders in de wijk`}</title>
      <h1 className="no-print">
        Stap {STEP.number}: {STEP.title}
      </h1>

      <div className="guidance no-print">
        <p>
          Begin met twee vragen aan jezelf: wat wil ik van ouders leren, en waarvoor heb ik ze
          nodig? Dan weet je ook welke ouders je zoekt.
        </p>
        <p>
          Vul hieronder je antwoorden in. Wij maken daar een korte zin van over je doelgroep en je
          doel. Die zin kun je afdrukken en delen met je team of je leidinggevende.
        </p>
      </div>

      <section aria-labelledby="doelgroep" className="s1256-statement-section">
        <h2 id="doelgroep" tabIndex={-1} className="no-print">
          Jouw doelgroep en doel
        </h2>
        <div className="s1256-print-only s1256-print-head">
          <p className="s1256-print-head__title">{plan.title}</p>
          <p>
            {plan.municipalityName} · {formatCalendarDate(today)}
          </p>
          <p className="s1256-print-head__label">Doelgroep en doel</p>
        </div>
        <div className="s1256-statement">
          {statement.ready ? (
            statement.paragraphs.map((paragraph) => (
              <p key={paragraph} className="s1256-statement__text">
                {paragraph}
              </p>
            ))
          ) : (
            <p className="s1256-statement__empty">
              Hier komt een zin over je doelgroep en je doel. Vul daarvoor eerst in wat je van de
              ouders wilt leren.
            </p>
          )}
        </div>
        {statement.missing.length > 0 ? (
          <div className="s1256-missing no-print">
            <p>
              {statement.ready ? 'Je kunt de zin nog duidelijker maken:' : 'Dit ontbreekt nog:'}
            </p>
            <ul>
              {statement.missing.map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {statement.ready ? <PrintHint /> : null}
      </section>

      <section aria-labelledby="antwoorden" className="no-print">
        <h2 id="antwoorden">Jouw antwoorden</h2>
        <FormScope
          intent={ANSWERS_INTENT}
          defaults={{
            learnWhat: answers.learnWhat,
            needFor: answers.needFor,
            ages: [...answers.ages],
            circumstances: [...answers.circumstances],
            targetNotes: answers.targetNotes,
          }}
        >
          <Form method="post" className="s1256-form">
            <FormErrorSummary />
            <input type="hidden" name="intent" value={ANSWERS_INTENT} />
            <TextField
              name="learnWhat"
              label="Wat wil je van de ouders leren?"
              description="Maak deze zin af: ‘Samen met de ouders wil ik ontdekken …’. Bijvoorbeeld: hoe hun kinderen meer kunnen bewegen."
              required
              rows={4}
              maxLength={STEP_ONE_LIMITS.learnWhat}
            />
            <TextField
              name="needFor"
              label="Waarvoor heb je de ouders nodig?"
              description="Maak deze zin af: ‘Ik heb de ouders nodig om …’. Bijvoorbeeld: samen een plan te maken voor meer sport in de wijk."
              rows={3}
              maxLength={STEP_ONE_LIMITS.needFor}
            />
            <h3>Welke ouders zoek je?</h3>
            <ChoiceGroup
              name="ages"
              legend="Hoe oud zijn hun kinderen?"
              description="Kies een of meer leeftijden."
              multiple
              options={AGE_GROUPS.map((a) => ({ value: a.key, label: a.label }))}
            />
            <ChoiceGroup
              name="circumstances"
              legend="In welke situatie zijn de ouders?"
              description="Kies wat past. Meer dan één mag."
              multiple
              options={CIRCUMSTANCES.map((c) => ({ value: c.key, label: capitalise(c.label) }))}
            />
            <TextField
              name="targetNotes"
              label="Wat weet je nog meer over deze ouders?"
              description="Bijvoorbeeld: veel ouders werken in ploegendienst, of spreken vooral Arabisch of Pools."
              rows={3}
              maxLength={STEP_ONE_LIMITS.targetNotes}
            />
            <Button type="submit" appearance="primary-action-button">
              Antwoorden opslaan
            </Button>
          </Form>
        </FormScope>
      </section>

      <section aria-labelledby="stap-status-titel" className="no-print">
        <h2 id="stap-status-titel">Hoe ver ben je?</h2>
        <StepStatusForm status={plan.stepStatus} />
      </section>
    </>
  );
}

/** The print button needs JavaScript; without it the hint to use the browser's menu remains. */
function PrintHint() {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  return (
    <div className="s1256-print-hint no-print">
      {canPrint ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          Afdrukken
        </Button>
      ) : null}
      <p>
        Afdrukken kan ook via het menu van je browser, of met Ctrl+P (op een Mac Cmd+P). Alleen de
        zin, de naam van het plan en de datum komen op papier.
      </p>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
