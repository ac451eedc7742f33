import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, redirect } from 'react-router';
import { FormErrorSummary, FormScope } from '~/components/form';
import { getConfig } from '~/lib/config.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { parseForm } from '~/lib/forms';
import { logger } from '~/lib/logger.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/public-questionnaire';
import { AnswerFields, ContactField } from './answer-fields';
import { directionOf, ownLanguageName } from './languages';
import { Localised } from './localised';
import { answerSchema } from './questionnaire-schema';
import {
  findQuestionnaireByToken,
  getQuestionnaireTranslation,
  listQuestionnaireLanguages,
  listQuestions,
  saveResponse,
} from './questionnaires.server';
import { localiseErrors, PARENT_TEXTS, textsOf } from './questions';
import { clientAddress, countPublicPost, limitKey } from './rate-limit.server';
import './questionnaires.css';

// The page parents open from the link or QR code: no account, phone first, in their language.
// Answers are anonymous; contact details only with the consent box ticked.

/** Enough for a whole class answering on the school's wifi, too few for a flood. */
export const PUBLIC_ANSWER_LIMIT = { max: 30, windowSeconds: 60 * 60 };

/** A field people do not see; a program that fills in every field fills this one too. */
export const HONEYPOT = 'website';

async function load(request: Request, token: string) {
  const { database } = await getRuntime();
  const db = database.db;
  const questionnaire = await findQuestionnaireByToken(db, { token });
  const scope = {
    organisationId: questionnaire.organisationId,
    questionnaireId: questionnaire.id,
  };
  const languages = await listQuestionnaireLanguages(db, scope);
  const asked = new URL(request.url).searchParams.get('taal') ?? 'nl';
  const language = languages.includes(asked) ? asked : 'nl';
  const translation =
    language === 'nl' ? null : await getQuestionnaireTranslation(db, { ...scope, language });
  const questions = await listQuestions(db, scope);
  return { db, questionnaire, scope, languages, language, translation, questions };
}

/** A page for parents: the layout leaves out the professionals' links (root.tsx). */
export const handle = { parentPage: true };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { questionnaire, languages, language, translation, questions } = await load(
    request,
    params.token,
  );
  return {
    token: questionnaire.publicToken,
    title: questionnaire.title,
    intro: questionnaire.intro,
    closesOn: questionnaire.closesOn,
    closed: questionnaire.closesOn < todayInAmsterdam(),
    done: new URL(request.url).searchParams.has('klaar'),
    languages: ['nl', ...languages],
    language,
    translation,
    questions,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, questionnaire, scope, language, translation, questions } = await load(
    request,
    params.token,
  );
  const formData = await request.formData();
  const thanks = `/v/${questionnaire.publicToken}?${new URLSearchParams({ taal: language, klaar: '1' })}`;

  if (questionnaire.closesOn < todayInAmsterdam()) {
    return data({ problem: 'gesloten' as const }, { status: 410 });
  }
  if (String(formData.get(HONEYPOT) ?? '') !== '') {
    logger.info({ questionnaireId: questionnaire.id }, 'questionnaire honeypot filled');
    return redirect(thanks, 303);
  }
  const config = getConfig();
  if (config.rateLimit) {
    const key = limitKey(
      config.authSecret,
      clientAddress(request),
      `vragenlijst:${questionnaire.id}`,
    );
    if (!(await countPublicPost(db, { key, limit: PUBLIC_ANSWER_LIMIT }))) {
      return data({ problem: 'te-veel' as const }, { status: 429 });
    }
  }
  const parsed = parseForm(answerSchema(questions, { withContact: true }), formData);
  if (!parsed.ok) {
    return data(
      { errors: localiseErrors(parsed.errors, textsOf(translation)), values: parsed.values },
      { status: 400 },
    );
  }

  await saveResponse(db, {
    organisationId: scope.organisationId,
    questionnaireId: questionnaire.id,
    language,
    source: 'online',
    ...parsed.data,
  });

  return redirect(thanks, 303);
}

export default function PublicQuestionnaire({ loaderData, actionData }: Route.ComponentProps) {
  const {
    token,
    title,
    intro,
    closesOn,
    closed,
    done,
    languages,
    language,
    translation,
    questions,
  } = loaderData;
  const texts = textsOf(translation);
  const problem = actionData && 'problem' in actionData ? actionData.problem : null;
  const query = (taal: string) => (taal === 'nl' ? `/v/${token}` : `/v/${token}?taal=${taal}`);
  return (
    <div className="vl-public" lang={language} dir={directionOf(language)}>
      <title>{texts('titel', title)}</title>
      <meta name="robots" content="noindex" />
      {languages.length > 1 ? (
        <nav className="vl-public__languages" aria-label="Taal · Language · اللغة">
          <ul>
            {languages.map((code) => (
              <li key={code}>
                <Link
                  to={query(code)}
                  lang={code}
                  dir={directionOf(code)}
                  hrefLang={code}
                  aria-current={code === language ? 'true' : undefined}
                >
                  {ownLanguageName(code)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <h1>
        <Localised texts={texts} k="titel" dutch={title} />
      </h1>
      {done ? (
        <p className="vl-public__done" role="status">
          <Localised texts={texts} k="vast.bedankt" dutch={PARENT_TEXTS['vast.bedankt']} />
        </p>
      ) : closed || problem === 'gesloten' ? (
        <div className="vl-public__closed" role="status">
          <p>
            <Localised texts={texts} k="vast.gesloten" dutch={PARENT_TEXTS['vast.gesloten']} />
          </p>
          <p lang="nl" dir="ltr">
            Gesloten op {formatCalendarDate(closesOn)}.
          </p>
        </div>
      ) : questions.length === 0 ? (
        <p className="vl-public__closed" role="status" lang="nl" dir="ltr">
          Deze vragenlijst is nog niet klaar. Probeer het later nog eens.
        </p>
      ) : (
        <>
          {intro ? (
            <p className="vl-public__intro">
              <Localised texts={texts} k="uitleg" dutch={intro} />
            </p>
          ) : null}
          <p className="vl-public__anonymous">
            <Localised texts={texts} k="vast.anoniem" dutch={PARENT_TEXTS['vast.anoniem']} />
          </p>
          {problem === 'te-veel' ? (
            <p className="vl-warning" role="alert">
              <Localised texts={texts} k="vast.te-veel" dutch={PARENT_TEXTS['vast.te-veel']} />
            </p>
          ) : null}
          <FormScope>
            <Form method="post" className="vl-public__form">
              <FormErrorSummary />
              <AnswerFields questions={questions} texts={texts} />
              <ContactField
                question={
                  <Localised texts={texts} k="vast.contact" dutch={PARENT_TEXTS['vast.contact']} />
                }
                consent={
                  <Localised
                    texts={texts}
                    k="vast.toestemming"
                    dutch={PARENT_TEXTS['vast.toestemming']}
                  />
                }
              />
              <div className="vl-hp" aria-hidden="true">
                <label htmlFor="vl-hp-veld">Laat dit vak leeg</label>
                <input id="vl-hp-veld" name={HONEYPOT} tabIndex={-1} autoComplete="off" />
              </div>
              <Button type="submit" appearance="primary-action-button" className="vl-submit">
                <Localised
                  texts={texts}
                  k="vast.versturen"
                  dutch={PARENT_TEXTS['vast.versturen']}
                />
              </Button>
            </Form>
          </FormScope>
        </>
      )}
    </div>
  );
}
