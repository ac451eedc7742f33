import { Link } from 'react-router';
import { languageName } from '~/features/insights/languages';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate } from '~/lib/dates';
import type { Route } from './+types/questionnaire-paper';
import { directionOf } from './languages';
import { DutchIf, Localised } from './localised';
import { publicLink, qrCodeImage } from './public-link.server';
import {
  getQuestionnaire,
  getQuestionnaireTranslation,
  listQuestionnaireLanguages,
  listQuestions,
} from './questionnaires.server';
import { choicesOf, PARENT_TEXTS, questionTextKey, textsOf } from './questions';
import { ScaleIcon } from './scale-icon';
import './questionnaires.css';

// The questionnaire on A4 for parents who would rather write: big letters, a box to tick beside
// every answer, the pictures beside the words. Printed through the browser, so right-to-left
// languages come out right too.

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  const languages = await listQuestionnaireLanguages(db, input);
  const asked = new URL(request.url).searchParams.get('taal') ?? 'nl';
  const language = languages.includes(asked) ? asked : 'nl';
  const link = publicLink(questionnaire.publicToken);
  return {
    plan: { id: plan.id, title: plan.title },
    questionnaire,
    questions: await listQuestions(db, input),
    languages,
    language,
    translation:
      language === 'nl' ? null : await getQuestionnaireTranslation(db, { ...input, language }),
    link,
    qrCode: await qrCodeImage(link),
  };
}

export default function QuestionnairePaper({ loaderData }: Route.ComponentProps) {
  const { plan, questionnaire, questions, languages, language, translation, link, qrCode } =
    loaderData;
  const texts = textsOf(translation);
  const pageUrl = `/plannen/${plan.id}/vragenlijsten/${questionnaire.id}`;
  return (
    <>
      <title>{`Papieren versie – ${questionnaire.title} – Ouders in de wijk`}</title>
      <div className="no-print">
        <p>
          <Link to={pageUrl}>Terug naar de vragenlijst</Link>
        </p>
        <h1>Papieren versie</h1>
        <p>
          Druk deze vragenlijst af met de afdrukknop van je browser (Ctrl+P), op A4. Typ de
          antwoorden daarna in bij{' '}
          <Link to={`${pageUrl}/invoeren`}>Antwoorden van papier invoeren</Link>.
        </p>
        {languages.length > 0 ? (
          <p>
            Taal van het papier:{' '}
            {['nl', ...languages].map((code, index) => (
              <span key={code}>
                {index > 0 ? ' · ' : ''}
                {code === language ? (
                  <strong>{languageName(code)}</strong>
                ) : (
                  <Link to={code === 'nl' ? `${pageUrl}/papier` : `${pageUrl}/papier?taal=${code}`}>
                    {languageName(code)}
                  </Link>
                )}
              </span>
            ))}
          </p>
        ) : null}
      </div>
      <article className="vl-paper" lang={language} dir={directionOf(language)}>
        <h2 className="vl-paper__title">
          <Localised texts={texts} k="titel" dutch={questionnaire.title} />
        </h2>
        {questionnaire.intro ? (
          <p>
            <Localised texts={texts} k="uitleg" dutch={questionnaire.intro} />
          </p>
        ) : null}
        <p>
          <Localised texts={texts} k="vast.anoniem" dutch={PARENT_TEXTS['vast.anoniem']} />
        </p>
        <ol className="vl-paper__questions">
          {questions.map((question) => (
            <li key={question.id} className="vl-paper__question">
              <p className="vl-paper__text">
                <Localised texts={texts} k={questionTextKey(question.id)} dutch={question.text} />
              </p>
              {question.kind === 'open' ? (
                <div className="vl-paper__lines" aria-hidden="true" />
              ) : (
                <ul className={`vl-paper__choices vl-paper__choices--${question.kind}`}>
                  {choicesOf(question, texts).map((choice) => (
                    <li key={choice.value}>
                      <span className="vl-paper__box" aria-hidden="true" />
                      <ScaleIcon icon={choice.icon} size={44} />
                      <span>
                        <DutchIf dutch={choice.dutch}>{choice.label}</DutchIf>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <div className="vl-paper__question">
          <p className="vl-paper__text">
            <Localised texts={texts} k="vast.contact" dutch={PARENT_TEXTS['vast.contact']} />
          </p>
          <div className="vl-paper__lines vl-paper__lines--one" />
          <p className="vl-paper__consent">
            <span className="vl-paper__box" aria-hidden="true" />
            <Localised
              texts={texts}
              k="vast.toestemming"
              dutch={PARENT_TEXTS['vast.toestemming']}
            />
          </p>
        </div>
        <footer className="vl-paper__footer" lang="nl" dir="ltr">
          <img
            src={qrCode}
            width={120}
            height={120}
            alt="QR-code met de link naar deze vragenlijst"
          />
          <p>
            Liever op je telefoon? Scan de code of ga naar <span className="vl-link">{link}</span>
            <br />
            Je kunt antwoorden tot en met {formatCalendarDate(questionnaire.closesOn)}.
          </p>
        </footer>
      </article>
    </>
  );
}
