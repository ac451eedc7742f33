import { ListLink } from '~/components/list-link';
import { roleCan } from '~/features/teams/roles';
import { listSharedPlans } from '~/features/teams/teams.server';
import { formatDate } from '~/lib/dates';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/plans';
import { PLAN_STATUS_LABELS, STEP_STATUS_LABELS, STEPS } from './domain';
import { loadMemberContext } from './plan-context.server';
import { emptyExpiredBin, listPlans } from './plans.server';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  await emptyExpiredBin(db, { organisationId: member.organisationId });
  const plans = await listPlans(db, { organisationId: member.organisationId });
  const url = new URL(request.url);
  const showArchived = url.searchParams.get('archief') === '1';
  const { database } = await getRuntime();
  const sharedPlans = await listSharedPlans(db, database.raw, member);
  return {
    canCreate: roleCan(member.role, 'edit'),
    sharedPlans,
    organisationName: member.organisationName,
    showArchived,
    archivedCount: plans.filter((p) => p.status === 'gearchiveerd').length,
    plans: plans
      .filter((p) => (showArchived ? p.status === 'gearchiveerd' : p.status !== 'gearchiveerd'))
      .map(({ stepStatus: _stepStatus, ...plan }) => plan),
  };
}

export default function Plans({ loaderData }: Route.ComponentProps) {
  const { plans, showArchived, archivedCount } = loaderData;
  return (
    <>
      <title>Plannen – Ouders in de wijk</title>
      <h1>{showArchived ? 'Gearchiveerde plannen' : 'Plannen'}</h1>
      <p>
        De plannen van {loaderData.organisationName}. Elk plan gaat over ouders in één gemeente en
        een of meer wijken.
      </p>
      <p className="actions">
        {loaderData.canCreate ? (
          <>
            <ListLink
              className="utrecht-button-link utrecht-button-link--primary-action"
              to="/plannen/nieuw"
            >
              Nieuw plan maken
            </ListLink>
            <ListLink
              className="utrecht-button-link utrecht-button-link--secondary-action"
              to="/plannen/import"
            >
              Plan importeren
            </ListLink>
          </>
        ) : null}
        {showArchived ? (
          <ListLink to="/plannen">Terug naar de actieve plannen</ListLink>
        ) : archivedCount > 0 ? (
          <ListLink to="/plannen?archief=1">Gearchiveerde plannen ({archivedCount})</ListLink>
        ) : null}
      </p>
      {plans.length === 0 ? (
        <p className="panel">
          {showArchived
            ? 'Er zijn geen gearchiveerde plannen.'
            : 'Je hebt nog geen plannen. Begin met een nieuw plan.'}
        </p>
      ) : (
        <ul className="card-list">
          {plans.map((plan) => (
            <li key={plan.id} className="panel plan-card">
              <h2 className="plan-card__title">
                <ListLink to={`/plannen/${plan.id}`}>{plan.title}</ListLink>
              </h2>
              <p className="plan-card__meta">
                {plan.municipalityName}
                {plan.areas.length > 0 ? ` · ${plan.areas.join(', ')}` : ''} ·{' '}
                {PLAN_STATUS_LABELS[plan.status]} · gewijzigd op {formatDate(plan.updatedAt)}
              </p>
              <ul className="plan-card__steps" aria-label={`Stappen van ${plan.title}`}>
                {STEPS.map((step) => (
                  <li key={step.number}>
                    <ListLink to={`/plannen/${plan.id}/${step.path}`}>
                      Stap {step.number}: {step.title}
                    </ListLink>{' '}
                    <span className={`status-badge status-badge--${plan.steps[step.number]}`}>
                      {STEP_STATUS_LABELS[plan.steps[step.number]]}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {loaderData.sharedPlans.length > 0 ? (
        <section aria-labelledby="gedeelde-plannen">
          <h2 id="gedeelde-plannen">Gedeeld door andere organisaties</h2>
          <p>Aan deze plannen werk je mee als partner, of je leest mee als gast.</p>
          <ul className="card-list">
            {loaderData.sharedPlans.map((plan) => (
              <li key={plan.id} className="panel plan-card">
                <h3 className="plan-card__title">
                  <ListLink to={`/plannen/${plan.id}`}>{plan.title}</ListLink>
                </h3>
                <p className="plan-card__meta">
                  {plan.municipalityName} · plan van {plan.organisationName} · je bent{' '}
                  {plan.access === 'partner' ? 'partner' : 'gast'}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
