import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, SelectField } from '~/components/form';
import { languageName } from '~/features/insights/languages';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/questionnaire-entry';
import { AnswerFields, ContactField } from './answer-fields';
import { answerSchema } from './questionnaire-schema';
import {
  getQuestionnaire,
  listQuestionnaireLanguages,
  listQuestions,
  listResponses,
  saveResponse,
} from './questionnaires.server';
import { dutchTexts, PARENT_TEXTS } from './questions';
import './questionnaires.css';

// Typing in paper answers: the same questions in Dutch, quick to tick with the keyboard, saved
// as answers "op papier". After saving the form is empty again for the next sheet.

const ENTRY = 'papier-invoeren';

async function load(request: Request, params: Route.LoaderArgs['params']) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  return { db, plan, input, questionnaire, questions: await listQuestions(db, input) };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, input, questionnaire, questions } = await load(request, params);
  const responses = await listResponses(db, input);
  return {
    plan: { id: plan.id, title: plan.title },
    questionnaire: { id: questionnaire.id, title: questionnaire.title },
    questions,
    languages: ['nl', ...(await listQuestionnaireLanguages(db, input))],
    paperCount: responses.filter((r) => r.source === 'papier').length,
    // After saving, the next sheet is most likely in the same language.
    lastLanguage: new URL(request.url).searchParams.get('taal') ?? 'nl',
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, plan, input, questionnaire, questions } = await load(request, params);
  const formData = await request.formData();
  const languages = ['nl', ...(await listQuestionnaireLanguages(db, input))];
  const language = String(formData.get('language') ?? 'nl');
  const parsed = parseForm(answerSchema(questions, { withContact: true }), formData);
  if (!parsed.ok || !languages.includes(language)) {
    const errors = {
      ...(parsed.ok ? {} : parsed.errors),
      ...(languages.includes(language) ? {} : { language: 'Kies de taal van het papier.' }),
    };
    return data({ intent: ENTRY, errors, values: parsed.values }, { status: 400 });
  }

  await saveResponse(db, {
    organisationId: input.organisationId,
    questionnaireId: questionnaire.id,
    language,
    source: 'papier',
    ...parsed.data,
  });

  return redirectWithFlash(
    request,
    `/plannen/${plan.id}/vragenlijsten/${questionnaire.id}/invoeren?taal=${language}`,
    { kind: 'ok', text: 'De antwoorden van dit papier zijn opgeslagen. Vul nu het volgende in.' },
  );
}

export default function QuestionnaireEntry({ loaderData }: Route.ComponentProps) {
  const { plan, questionnaire, questions, languages, paperCount, lastLanguage } = loaderData;
  const pageUrl = `/plannen/${plan.id}/vragenlijsten/${questionnaire.id}`;
  return (
    <>
      <title>{`Papieren antwoorden invoeren – ${questionnaire.title} – Ouders in de wijk`}</title>
      <p>
        <Link to={pageUrl}>Terug naar de vragenlijst</Link>
      </p>
      <h1>Papieren antwoorden invoeren</h1>
      <p>
        Neem één ingevuld papier en kies hieronder wat de ouder aankruiste. Sla je niets over? Dan
        laat je de vraag leeg. Dit wordt opgeslagen als antwoord op papier.{' '}
        {paperCount === 1
          ? 'Er is al 1 papier ingevoerd.'
          : `Er zijn al ${paperCount} papieren ingevoerd.`}
      </p>
      {questions.length === 0 ? (
        <p>Deze vragenlijst heeft nog geen vragen.</p>
      ) : (
        <FormScope intent={ENTRY}>
          <Form method="post" className="vl-entry">
            <FormErrorSummary />
            <input type="hidden" name="intent" value={ENTRY} />
            <SelectField
              name="language"
              label="Taal van het papier"
              required
              defaultValue={languages.includes(lastLanguage) ? lastLanguage : 'nl'}
              options={languages.map((code) => ({ value: code, label: languageName(code) }))}
            />
            <AnswerFields questions={questions} texts={dutchTexts} />
            <ContactField
              question="Telefoonnummer of e-mailadres, als de ouder dat opschreef"
              consent={`De ouder kruiste aan: ‘${PARENT_TEXTS['vast.toestemming']}’`}
            />
            <div className="actions">
              <Button type="submit" appearance="primary-action-button">
                Opslaan en volgende invoeren
              </Button>
              <Link to={`${pageUrl}/uitslag`}>Naar de uitslag</Link>
            </div>
          </Form>
        </FormScope>
      )}
    </>
  );
}
