import { data, Link } from 'react-router';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/sessions';
import { SessionForm } from './session-form';
import { SessionList } from './session-list';
import { sessionSchema } from './session-schema';
import { createSession, listSessions } from './sessions.server';
import './sessions.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const sessions = await listSessions(db, scope);
  return { plan: { id: plan.id, title: plan.title }, sessions };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const parsed = parseForm(sessionSchema, formData);
  if (!parsed.ok) {
    return data(
      { intent: formData.get('intent'), errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }

  const id = await createSession(db, { ...scope, fields: parsed.data });

  return redirectWithFlash(request, `/plannen/${scope.planId}/bijeenkomsten/${id}`, {
    kind: 'ok',
    text: 'De bijeenkomst is opgeslagen. Vul nu aan wat je al geregeld hebt.',
  });
}

export default function Sessions({ loaderData }: Route.ComponentProps) {
  const { plan, sessions } = loaderData;
  return (
    <>
      <title>{`Bijeenkomsten – ${plan.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={`/plannen/${plan.id}/stap/5`}>Terug naar stap 5: Samenwerken</Link>
      </p>
      <h1>Bijeenkomsten</h1>
      <p>
        Plan hier elke bijeenkomst met ouders: wanneer en waar, wat je regelt zodat iedereen mee kan
        doen, en de uitnodiging. Schrijf na afloop op hoeveel ouders er kwamen.
      </p>
      <SessionList planId={plan.id} sessions={sessions} />
      <SessionForm />
    </>
  );
}
