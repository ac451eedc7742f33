import './teams.css';
import { Link } from 'react-router';
import { STEP_STATUS_LABELS, STEPS } from '~/features/plans/domain';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import type { Route } from './+types/overview';
import { listPlanOverview } from './overview.server';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const plans = await listPlanOverview(db, {
    organisationId: member.organisationId,
    today: todayInAmsterdam(),
    now: new Date(),
  });
  return { organisationName: member.organisationName, plans };
}

export default function Overview({ loaderData }: Route.ComponentProps) {
  const { plans, organisationName } = loaderData;
  const contacts = plans.reduce((sum, p) => sum + p.thisWeek.length, 0);
  const late = plans.reduce((sum, p) => sum + p.lateAnswers, 0);
  const promises = plans.reduce((sum, p) => sum + p.openPromises, 0);
  return (
    <>
      <title>Overzicht – Ouders in de wijk</title>
      <h1>Overzicht van alle plannen</h1>
      <p>
        Hoe staan de actieve plannen van {organisationName} ervoor? Deze week: {contacts}{' '}
        {contacts === 1 ? 'afspraak' : 'afspraken'}. {late}{' '}
        {late === 1 ? 'vraag wacht' : 'vragen wachten'} te lang op antwoord. {promises}{' '}
        {promises === 1 ? 'belofte staat' : 'beloftes staan'} nog open.
      </p>
      {plans.length === 0 ? (
        <p className="panel">Er zijn geen actieve plannen.</p>
      ) : (
        <ul className="team-members">
          {plans.map((plan) => (
            <li key={plan.id} className="panel team-member">
              <h2 className="team-member__name">
                <Link to={`/plannen/${plan.id}`}>{plan.title}</Link>
              </h2>
              <p>
                {plan.municipalityName}
                {plan.areas.length > 0 ? ` · ${plan.areas.join(', ')}` : ''}
              </p>
              <div className="overview-scroll">
                <table className="overview-table">
                  <caption className="visually-hidden">{`Stappen van ${plan.title}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Stap</th>
                      <th scope="col">Stand</th>
                    </tr>
                  </thead>
                  <tbody>
                    {STEPS.map((step) => (
                      <tr key={step.number}>
                        <th scope="row">
                          {step.number}. {step.title}
                        </th>
                        <td>
                          <span className={`status-badge status-badge--${plan.steps[step.number]}`}>
                            {STEP_STATUS_LABELS[plan.steps[step.number]]}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3>Deze week ({plan.thisWeek.length})</h3>
              {plan.thisWeek.length === 0 ? (
                <p>Deze week staat er niets gepland.</p>
              ) : (
                <ul>
                  {plan.thisWeek.map((entry) => (
                    <li key={entry.key}>
                      {formatCalendarDate(entry.date)}
                      {entry.time ? ` ${entry.time}` : ''}: {entry.summary}
                    </li>
                  ))}
                </ul>
              )}
              <p>
                Wachten te lang op antwoord: <strong>{plan.lateAnswers}</strong>. Open beloftes:{' '}
                <strong>{plan.openPromises}</strong>
                {plan.latePromises > 0 ? ` (${plan.latePromises} over de datum)` : ''}.{' '}
                <Link to={`/plannen/${plan.id}/vertrouwen`}>Vertrouwen bij {plan.title}</Link>
                {' · '}
                <Link to={`/plannen/${plan.id}/planning`}>Planning bij {plan.title}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
