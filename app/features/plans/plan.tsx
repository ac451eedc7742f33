import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { formatDate } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { forbidden } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import { personName } from '../handover/handover.server';
import type { Route } from './+types/plan';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, STEP_STATUS_LABELS, STEPS } from './domain';
import { loadPlanContext } from './plan-context.server';
import { PLAN_LIMITS, planStatusSchema, renamePlanSchema } from './plan-schemas';
import { listPlanAreas, movePlanToBin, renamePlan, setPlanStatus } from './plans.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { plan, db, scope, member } = await loadPlanContext(request, params.planId);
  const { database } = await getRuntime();
  const areas = await listPlanAreas(db, scope);
  const feedbackDone = await db
    .selectFrom('feedbackAction')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('planId', '=', plan.id)
    .where('organisationId', '=', scope.organisationId)
    .where('done', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      municipalityName: plan.municipalityName,
      status: plan.status,
      steps: plan.steps,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    },
    areas: areas.map((a) => a.name),
    responsibleName: await personName(database.raw, plan.responsibleId),
    // The handover summary is for the plan's own organisation, not for partners or guests.
    ownOrganisation: scope.organisationId === member.organisationId,
    feedbackDone: Number(feedbackDone.count) > 0,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope, access } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  // A partner of another organisation edits the plan but does not throw it away.
  if (intent === 'verwijderen' && !access.can.share) forbidden();

  if (intent === 'naam') {
    const parsed = parseForm(renamePlanSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    await renamePlan(db, { ...scope, title: parsed.data.title });
    return redirectWithFlash(request, `/plannen/${scope.planId}`, {
      kind: 'ok',
      text: 'De naam is opgeslagen.',
    });
  }

  if (intent === 'status') {
    const parsed = parseForm(planStatusSchema, formData);
    if (!parsed.ok)
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    if (parsed.data.status === 'afgerond') {
      const done = await db
        .selectFrom('feedbackAction')
        .select('id')
        .where('planId', '=', scope.planId)
        .where('organisationId', '=', scope.organisationId)
        .where('done', '=', 1)
        .executeTakeFirst();
      if (!done) {
        return data(
          {
            intent,
            errors: {
              status:
                'Een plan is pas af als de ouders hebben gehoord wat er met hun inbreng gebeurt. Zet eerst in stap 6 een terugkoppeling op "gedaan".',
            },
            values: parsed.values,
          },
          { status: 400 },
        );
      }
    }
    await setPlanStatus(db, { ...scope, status: parsed.data.status });
    return redirectWithFlash(request, `/plannen/${scope.planId}`, {
      kind: 'ok',
      text: `De status is nu: ${PLAN_STATUS_LABELS[parsed.data.status].toLowerCase()}.`,
    });
  }

  if (intent === 'verwijderen') {
    await movePlanToBin(db, scope);
    return redirectWithFlash(request, '/plannen', {
      kind: 'ok',
      text: 'Het plan staat in de prullenbak. Je kunt het daar 30 dagen lang terugzetten.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

export default function PlanOverview({ loaderData }: Route.ComponentProps) {
  const { plan, areas, responsibleName, ownOrganisation } = loaderData;
  return (
    <>
      <title>{`${plan.title} – Ouders in de wijk`}</title>
      <h1>{plan.title}</h1>
      <p>
        {plan.municipalityName}
        {areas.length > 0 ? `: ${areas.join(', ')}` : ''}. Gemaakt op {formatDate(plan.createdAt)},
        laatst gewijzigd op {formatDate(plan.updatedAt)}.
      </p>
      {ownOrganisation ? (
        <p>
          Verantwoordelijk: {responsibleName ?? 'niemand'}.{' '}
          <Link to={`/plannen/${plan.id}/overdracht`}>Overdracht: het plan op één pagina</Link>
        </p>
      ) : null}

      <h2>De zes stappen</h2>
      <ol className="step-overview">
        {STEPS.map((step) => (
          <li key={step.number}>
            <Link to={`/plannen/${plan.id}/${step.path}`}>
              Stap {step.number}: {step.title}
            </Link>{' '}
            <span className={`status-badge status-badge--${plan.steps[step.number]}`}>
              {STEP_STATUS_LABELS[plan.steps[step.number]]}
            </span>
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/plannen/${plan.id}/overzichtskaart`}>
          Overzichtskaart: waar kun je ouders ontmoeten?
        </Link>
      </p>

      <h2>Opslaan en delen</h2>
      <p>
        Het plandocument bevat alles van dit plan, ook namen en telefoonnummers van contactpersonen.
        Bewaar en deel het dus zorgvuldig.
      </p>
      <p className="actions">
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={`/plannen/${plan.id}/export.json`}
          download
        >
          Plandocument downloaden (JSON)
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={`/plannen/${plan.id}/overzichtskaart.pdf`}
        >
          Overzichtskaart als PDF
        </a>
      </p>

      <h2>Plan beheren</h2>
      <div className="manage-grid">
        <FormScope intent="naam" defaults={{ title: plan.title }}>
          <Form method="post" className="panel">
            <FormErrorSummary />
            <input type="hidden" name="intent" value="naam" />
            <TextField
              name="title"
              label="Naam van het plan"
              required
              maxLength={PLAN_LIMITS.title}
            />
            <Button type="submit" appearance="secondary-action-button">
              Naam opslaan
            </Button>
          </Form>
        </FormScope>
        <FormScope intent="status" defaults={{ status: plan.status }}>
          <Form method="post" className="panel">
            <FormErrorSummary />
            <input type="hidden" name="intent" value="status" />
            <SelectField
              name="status"
              label="Status van het plan"
              required
              description="Een plan is af als de ouders hebben gehoord wat er met hun inbreng gebeurt."
              options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))}
            />
            <Button type="submit" appearance="secondary-action-button">
              Status opslaan
            </Button>
          </Form>
        </FormScope>
        <Form method="post" className="panel">
          <input type="hidden" name="intent" value="verwijderen" />
          <p>Verwijder je het plan? Dan staat het 30 dagen in de prullenbak. Daarna is het weg.</p>
          <Button type="submit" appearance="secondary-action-button" className="danger">
            Plan naar de prullenbak
          </Button>
        </Form>
      </div>
    </>
  );
}
