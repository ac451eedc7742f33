import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { languageName } from '~/features/insights/languages';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { checkText } from '~/features/taalcheck/check-text';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/questionnaire';
import { publicLink, qrCodeImage } from './public-link.server';
import { QuestionCheck } from './question-check';
import { QuestionForm } from './question-form';
import { QUESTIONNAIRE_INTENTS, QuestionnaireDetailsForm } from './questionnaire-details-form';
import { questionnaireSchema, questionSchema } from './questionnaire-schema';
import {
  addQuestion,
  countQuestionAnswers,
  deleteQuestion,
  deleteQuestionnaire,
  getQuestionnaire,
  listQuestionnaireLanguages,
  listQuestions,
  listResponses,
  moveQuestion,
  updateQuestion,
  updateQuestionnaire,
} from './questionnaires.server';
import { ADVISED_MAX_QUESTIONS, answeredQuestionChange, choicesOf, kindLabel } from './questions';
import { ScaleIcon } from './scale-icon';
import './questionnaires.css';

/** Languages offered with one click; any other language code can be typed. */
export const OFFERED_LANGUAGES = ['en', 'ar', 'tr', 'pl', 'ti'] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  const questions = await listQuestions(db, input);
  const languages = await listQuestionnaireLanguages(db, input);
  const responses = await listResponses(db, input);
  const link = publicLink(questionnaire.publicToken);
  const url = new URL(request.url);
  return {
    plan: { id: plan.id, title: plan.title },
    questionnaire,
    questions: questions.map((q) => ({ ...q, check: checkText(q.text) })),
    languages,
    responseCount: responses.length,
    link,
    qrCode: await qrCodeImage(link),
    closed: questionnaire.closesOn < todayInAmsterdam(),
    editing: url.searchParams.get('vraag'),
    removingQuestion: url.searchParams.get('vraag-weghalen'),
    removing: url.searchParams.has('verwijderen'),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  const pageUrl = `/plannen/${scope.planId}/vragenlijsten/${questionnaire.id}`;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const questionId = String(formData.get('questionId') ?? '');
  const failed = (errors: Record<string, string>, values: Record<string, unknown>) =>
    data({ intent, errors, values }, { status: 400 });

  switch (intent) {
    case QUESTIONNAIRE_INTENTS.details: {
      const parsed = parseForm(questionnaireSchema, formData);
      if (!parsed.ok) return failed(parsed.errors, parsed.values);
      await updateQuestionnaire(db, { ...input, fields: parsed.data });
      return redirectWithFlash(request, pageUrl, { kind: 'ok', text: 'Opgeslagen.' });
    }
    case QUESTIONNAIRE_INTENTS.addQuestion:
    case QUESTIONNAIRE_INTENTS.editQuestion: {
      const parsed = parseForm(questionSchema, formData);
      if (!parsed.ok) return failed(parsed.errors, parsed.values);
      if (intent === QUESTIONNAIRE_INTENTS.addQuestion) {
        await addQuestion(db, { ...input, fields: parsed.data });
      } else {
        const current = (await listQuestions(db, input)).find((q) => q.id === questionId);
        if (!current) notFound();
        const answered = await countQuestionAnswers(db, { ...scope, questionId });
        const problem = answered > 0 ? answeredQuestionChange(current, parsed.data) : null;
        if (problem) return failed({ [problem.field]: problem.message }, parsed.values);
        await updateQuestion(db, { ...input, questionId, fields: parsed.data });
      }
      const count = (await listQuestions(db, input)).length;
      return redirectWithFlash(request, `${pageUrl}#vragen`, {
        kind: count > ADVISED_MAX_QUESTIONS ? 'warning' : 'ok',
        text:
          count > ADVISED_MAX_QUESTIONS
            ? `De vraag is opgeslagen. Er staan nu ${count} vragen in de lijst: dat is veel. Kun je er een paar weghalen?`
            : 'De vraag is opgeslagen.',
      });
    }
    case QUESTIONNAIRE_INTENTS.moveQuestion: {
      const direction = formData.get('direction') === 'up' ? 'up' : 'down';
      await moveQuestion(db, { ...input, questionId, direction });
      return redirectWithFlash(request, `${pageUrl}#vraag-${questionId}`, {
        kind: 'ok',
        text:
          direction === 'up' ? 'De vraag staat een plek hoger.' : 'De vraag staat een plek lager.',
      });
    }
    case QUESTIONNAIRE_INTENTS.removeQuestion: {
      await deleteQuestion(db, { ...input, questionId });
      return redirectWithFlash(request, `${pageUrl}#vragen`, {
        kind: 'ok',
        text: 'De vraag en de antwoorden erop zijn weggehaald.',
      });
    }
    case QUESTIONNAIRE_INTENTS.remove: {
      await deleteQuestionnaire(db, input);
      return redirectWithFlash(request, `/plannen/${scope.planId}/vragenlijsten`, {
        kind: 'ok',
        text: 'De vragenlijst en alle antwoorden zijn verwijderd.',
      });
    }
    default:
      notFound();
  }
}

export default function QuestionnairePage({ loaderData }: Route.ComponentProps) {
  const {
    plan,
    questionnaire,
    questions,
    languages,
    responseCount,
    link,
    qrCode,
    closed,
    editing,
    removingQuestion,
    removing,
  } = loaderData;
  const pageUrl = `/plannen/${plan.id}/vragenlijsten/${questionnaire.id}`;
  const missingLanguages = OFFERED_LANGUAGES.filter((code) => !languages.includes(code));
  return (
    <>
      <title>{`${questionnaire.title} – Vragenlijsten – ${plan.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={`/plannen/${plan.id}/vragenlijsten`}>Terug naar alle vragenlijsten</Link>
      </p>
      <h1>{questionnaire.title}</h1>

      <section aria-labelledby="voor-ouders" className="vl-share">
        <h2 id="voor-ouders">Voor ouders</h2>
        <div className="vl-share__body">
          <div>
            <p>
              {closed
                ? `Gesloten: ouders konden antwoorden tot en met ${formatCalendarDate(questionnaire.closesOn)}.`
                : `Open tot en met ${formatCalendarDate(questionnaire.closesOn)}.`}{' '}
              {responseCount === 1 ? '1 keer ingevuld.' : `${responseCount} keer ingevuld.`}
            </p>
            <p>
              Ouders hebben geen account nodig. Geef ze deze link of laat ze de QR-code scannen:
            </p>
            <p className="vl-link">
              <a href={link}>{link}</a>
            </p>
            <ul className="vl-actions">
              <li>
                <Link to={`${pageUrl}/uitslag`}>Uitslag bekijken</Link>
              </li>
              <li>
                <Link to={`${pageUrl}/papier`}>Papieren versie afdrukken</Link>
              </li>
              <li>
                <Link to={`${pageUrl}/invoeren`}>Antwoorden van papier invoeren</Link>
              </li>
            </ul>
          </div>
          <img
            className="vl-qr"
            src={qrCode}
            width={180}
            height={180}
            alt={`QR-code met de link naar de vragenlijst ${questionnaire.title}`}
          />
        </div>
      </section>

      <section aria-labelledby="vragen">
        <h2 id="vragen" tabIndex={-1}>
          Vragen
        </h2>
        {questions.length > ADVISED_MAX_QUESTIONS ? (
          <p className="vl-warning" role="note">
            Let op: er staan {questions.length} vragen in deze lijst. Meer dan{' '}
            {ADVISED_MAX_QUESTIONS} vragen is veel. Ouders stoppen dan vaker voor het einde. Kun je
            er een paar weghalen?
          </p>
        ) : null}
        {questions.length === 0 ? (
          <p>Er staan nog geen vragen in. Voeg hieronder de eerste vraag toe.</p>
        ) : (
          <ol className="vl-questions">
            {questions.map((question, index) => (
              <li key={question.id} id={`vraag-${question.id}`} className="panel" tabIndex={-1}>
                <p className="vl-question__text">{question.text}</p>
                <p className="vl-question__kind">{kindLabel(question.kind)}</p>
                {question.kind === 'open' ? null : (
                  <ul className="vl-question__choices">
                    {choicesOf(question).map((choice) => (
                      <li key={choice.value}>
                        <ScaleIcon icon={choice.icon} size={24} />
                        {choice.label}
                      </li>
                    ))}
                  </ul>
                )}
                <QuestionCheck text={question.text} check={question.check} />
                {editing === question.id ? (
                  <QuestionForm question={question} cancelTo={`${pageUrl}#vraag-${question.id}`} />
                ) : removingQuestion === question.id ? (
                  <Form method="post" className="vl-confirm">
                    <p>
                      Wil je deze vraag weghalen? De antwoorden die ouders erop gaven, gaan dan ook
                      weg.
                    </p>
                    <input
                      type="hidden"
                      name="intent"
                      value={QUESTIONNAIRE_INTENTS.removeQuestion}
                    />
                    <input type="hidden" name="questionId" value={question.id} />
                    <div className="actions">
                      <Button type="submit" appearance="secondary-action-button">
                        Ja, haal de vraag weg
                      </Button>
                      <Link to={`${pageUrl}#vraag-${question.id}`}>Nee, terug</Link>
                    </div>
                  </Form>
                ) : (
                  <div className="actions vl-question__actions">
                    <Link to={`${pageUrl}?vraag=${question.id}#vraag-${question.id}`}>
                      Wijzigen<span className="visually-hidden">: vraag {index + 1}</span>
                    </Link>
                    {index > 0 ? (
                      <MoveButton questionId={question.id} direction="up" number={index + 1} />
                    ) : null}
                    {index < questions.length - 1 ? (
                      <MoveButton questionId={question.id} direction="down" number={index + 1} />
                    ) : null}
                    <Link to={`${pageUrl}?vraag-weghalen=${question.id}#vraag-${question.id}`}>
                      Weghalen<span className="visually-hidden">: vraag {index + 1}</span>
                    </Link>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {/* A new form after each added question, so the one just saved does not stay typed. */}
        <QuestionForm key={questions.length} />
      </section>

      <section aria-labelledby="talen">
        <h2 id="talen">In andere talen</h2>
        <p>
          Schrijf de vragenlijst ook in de taal van de ouders, of laat iemand helpen die de taal
          goed kent. Ouders kiezen dan zelf hun taal. Wat je niet vertaalt, zien ze in het
          Nederlands.
        </p>
        {languages.length > 0 ? (
          <ul className="vl-languages">
            {languages.map((code) => (
              <li key={code}>
                <Link to={`${pageUrl}/taal?code=${encodeURIComponent(code)}`}>
                  {languageName(code)} ({code}) wijzigen
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {missingLanguages.length > 0 ? (
          <p>
            Toevoegen:{' '}
            {missingLanguages.map((code, index) => (
              <span key={code}>
                {index > 0 ? ', ' : ''}
                <Link to={`${pageUrl}/taal?code=${code}`}>
                  {languageName(code)} ({code})
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <Form method="get" action={`${pageUrl}/taal`} className="vl-inline-form">
          <label htmlFor="andere-taal">Andere taal: taalcode</label>
          <input
            id="andere-taal"
            name="code"
            className="utrecht-textbox utrecht-textbox--html-input"
            maxLength={20}
            required
            aria-describedby="andere-taal-uitleg"
          />
          <span id="andere-taal-uitleg" className="vl-hint">
            Bijvoorbeeld so (Somalisch) of fa (Perzisch).
          </span>
          <Button type="submit" appearance="secondary-action-button">
            Verder
          </Button>
        </Form>
      </section>

      <QuestionnaireDetailsForm
        defaults={{
          title: questionnaire.title,
          intro: questionnaire.intro,
          closesOn: questionnaire.closesOn,
        }}
      />

      <section aria-labelledby="verwijderen" className="no-print">
        <h2 id="verwijderen">Vragenlijst verwijderen</h2>
        {removing ? (
          <Form method="post" className="panel">
            <p>
              Wil je deze vragenlijst verwijderen? Alle antwoorden gaan dan ook weg. De link werkt
              daarna niet meer.
            </p>
            <input type="hidden" name="intent" value={QUESTIONNAIRE_INTENTS.remove} />
            <div className="actions">
              <Button type="submit" appearance="secondary-action-button">
                Ja, verwijder de vragenlijst
              </Button>
              <Link to={pageUrl}>Nee, terug</Link>
            </div>
          </Form>
        ) : (
          <p>
            <Link to={`${pageUrl}?verwijderen#verwijderen`}>Deze vragenlijst verwijderen</Link>
          </p>
        )}
      </section>
    </>
  );
}

function MoveButton({
  questionId,
  direction,
  number,
}: {
  questionId: string;
  direction: 'up' | 'down';
  number: number;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={QUESTIONNAIRE_INTENTS.moveQuestion} />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="direction" value={direction} />
      <Button type="submit" appearance="subtle-button">
        {direction === 'up' ? 'Omhoog' : 'Omlaag'}
        <span className="visually-hidden">: vraag {number}</span>
      </Button>
    </Form>
  );
}
