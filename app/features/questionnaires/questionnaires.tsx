import { data, Link } from 'react-router';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/questionnaires';
import { QuestionnaireDetailsForm } from './questionnaire-details-form';
import { questionnaireSchema } from './questionnaire-schema';
import { createQuestionnaire, listQuestionnaires } from './questionnaires.server';
import './questionnaires.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const questionnaires = await listQuestionnaires(db, scope);
  return { plan: { id: plan.id, title: plan.title }, questionnaires, today: todayInAmsterdam() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const parsed = parseForm(questionnaireSchema, formData);
  if (!parsed.ok) {
    return data(
      { intent: formData.get('intent'), errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }

  // A new questionnaire that is closed at once helps nobody (closing one later is a change).
  if (parsed.data.closesOn < todayInAmsterdam()) {
    return data(
      {
        intent: formData.get('intent'),
        errors: { closesOn: 'Deze datum is al voorbij. Kies vandaag of een dag die nog komt.' },
        values: parsed.values,
      },
      { status: 400 },
    );
  }
  const id = await createQuestionnaire(db, { ...scope, fields: parsed.data });

  return redirectWithFlash(request, `/plannen/${scope.planId}/vragenlijsten/${id}#vragen`, {
    kind: 'ok',
    text: 'De vragenlijst is gemaakt. Zet er nu vragen in.',
  });
}

export default function Questionnaires({ loaderData }: Route.ComponentProps) {
  const { plan, questionnaires, today } = loaderData;
  return (
    <>
      <title>{`Vragenlijsten – ${plan.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={`/plannen/${plan.id}/stap/5`}>Terug naar stap 5: Samenwerken</Link>
      </p>
      <h1>Vragenlijsten</h1>
      <p>
        Een korte vragenlijst met makkelijke woorden, plaatjes en altijd ‘Ik weet het niet’. Ouders
        vullen hem in op hun telefoon, zonder account, of op papier. Jij ziet wat ze antwoorden.
      </p>
      {questionnaires.length === 0 ? (
        <p>Er zijn nog geen vragenlijsten.</p>
      ) : (
        <ul className="vl-list">
          {questionnaires.map((q) => (
            <li key={q.id} className="panel">
              <h2 className="vl-list__title">
                <Link to={`/plannen/${plan.id}/vragenlijsten/${q.id}`}>{q.title}</Link>
              </h2>
              <p>
                {q.questionCount === 1 ? '1 vraag' : `${q.questionCount} vragen`} ·{' '}
                {q.responseCount === 1 ? '1 keer ingevuld' : `${q.responseCount} keer ingevuld`} ·{' '}
                {q.closesOn < today
                  ? `gesloten sinds ${formatCalendarDate(q.closesOn)}`
                  : `open tot en met ${formatCalendarDate(q.closesOn)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <QuestionnaireDetailsForm />
    </>
  );
}
