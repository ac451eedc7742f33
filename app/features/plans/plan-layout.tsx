import { Link, NavLink, Outlet } from 'react-router';
import { FieldsReadOnly } from '~/components/form';
import { listWijkPlaces } from '~/features/geocoding/wijk-places.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/plan-layout';
import { PLAN_STATUS_LABELS, STEP_STATUS_LABELS, STEPS } from './domain';
import { loadPlanContext } from './plan-context.server';

async function organisationName(organisationId: string): Promise<string> {
  const { database } = await getRuntime();
  const row = await database.raw
    .selectFrom('organization')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.name ?? '';
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope, access, member } = await loadPlanContext(request, params.planId);
  const shared = scope.organisationId !== member.organisationId;
  return {
    access: {
      level: access.level,
      canEdit: access.can.edit,
      canShare: access.can.share,
      // For a shared plan: whose plan it is.
      owner: shared ? await organisationName(scope.organisationId) : null,
    },
    // For <WijkPlaces /> on the step pages: the plan's meeting places per wijk.
    wijkPlaces: await listWijkPlaces(db, scope),
    plan: {
      id: plan.id,
      title: plan.title,
      municipalityName: plan.municipalityName,
      status: plan.status,
      steps: plan.steps,
    },
  };
}

export default function PlanLayout({ loaderData }: Route.ComponentProps) {
  const { plan, access } = loaderData;
  return (
    <div className={access.canEdit ? undefined : 'plan-read-only'}>
      <div className="plan-header no-print">
        <p className="plan-header__crumbs">
          <Link to="/plannen">Plannen</Link> › <Link to={`/plannen/${plan.id}`}>{plan.title}</Link>
        </p>
        <p className="plan-header__meta">
          {plan.municipalityName} · {PLAN_STATUS_LABELS[plan.status]}
          {access.owner ? ` · plan van ${access.owner}` : ''}
          {access.canShare ? (
            <>
              {' · '}
              <Link to={`/plannen/${plan.id}/delen`}>Plan delen</Link>
            </>
          ) : null}
        </p>
        {access.canEdit ? null : (
          <p className="panel plan-read-only__notice">{READ_ONLY_TEXT[access.level]}</p>
        )}
      </div>
      <nav className="step-nav no-print" aria-label="Stappen van dit plan">
        <ol>
          {STEPS.map((step) => (
            <li key={step.number}>
              <NavLink to={`/plannen/${plan.id}/${step.path}`}>
                <span className="step-nav__number">
                  Stap {step.number}: {step.title}
                </span>
                <span className={`status-badge status-badge--${plan.steps[step.number]}`}>
                  {STEP_STATUS_LABELS[plan.steps[step.number]]}
                </span>
              </NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <FieldsReadOnly.Provider value={!access.canEdit}>
        <Outlet />
      </FieldsReadOnly.Provider>
    </div>
  );
}

const READ_ONLY_TEXT: Record<string, string> = {
  leidinggevende:
    'Je bent leidinggevende. Je kunt dit plan lezen, een reactie geven op de planning en de planning goedkeuren. Wijzigen kan niet.',
  gast: 'Je bent gast bij dit plan. Je kunt het lezen, maar niet wijzigen.',
  partner: '',
  organisatie: '',
};
