import { Link, NavLink, Outlet } from 'react-router';
import { listWijkPlaces } from '~/features/geocoding/wijk-places.server';
import type { Route } from './+types/plan-layout';
import { PLAN_STATUS_LABELS, STEP_STATUS_LABELS, STEPS } from './domain';
import { loadPlanContext } from './plan-context.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  return {
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
  const { plan } = loaderData;
  return (
    <>
      <div className="plan-header no-print">
        <p className="plan-header__crumbs">
          <Link to="/plannen">Plannen</Link> › <Link to={`/plannen/${plan.id}`}>{plan.title}</Link>
        </p>
        <p className="plan-header__meta">
          {plan.municipalityName} · {PLAN_STATUS_LABELS[plan.status]}
        </p>
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
      <Outlet />
    </>
  );
}
