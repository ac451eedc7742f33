import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, useField } from '~/components/form';
import { isRightToLeft, languageName } from '~/features/insights/languages';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/questionnaire-language';
import {
  languageCode,
  QUESTIONNAIRE_LIMITS,
  translatableTexts,
  translationSchema,
} from './questionnaire-schema';
import {
  deleteQuestionnaireTranslation,
  getQuestionnaire,
  getQuestionnaireTranslation,
  listQuestions,
  saveQuestionnaireTranslation,
} from './questionnaires.server';
import './questionnaires.css';

const SAVE = 'taal-opslaan';
const REMOVE = 'taal-verwijderen';

async function load(request: Request, params: Route.LoaderArgs['params']) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const questionnaire = await getQuestionnaire(db, {
    ...scope,
    questionnaireId: params.questionnaireId,
  });
  const input = { ...scope, questionnaireId: questionnaire.id };
  const questions = await listQuestions(db, input);
  return { db, plan, input, questionnaire, texts: translatableTexts(questionnaire, questions) };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, input, questionnaire, texts } = await load(request, params);
  const code = languageCode.safeParse(new URL(request.url).searchParams.get('code') ?? '');
  // Dutch is the questionnaire's own language: it has no translation.
  const language = code.success && code.data !== 'nl' ? code.data : null;
  const saved = language ? await getQuestionnaireTranslation(db, { ...input, language }) : null;
  return {
    plan: { id: plan.id, title: plan.title },
    questionnaire: { id: questionnaire.id, title: questionnaire.title },
    language,
    codeError: !code.success
      ? (code.error.issues[0]?.message ?? 'Deze taalcode klopt niet.')
      : code.data === 'nl'
        ? 'De vragenlijst zelf is al in het Nederlands. Kies een andere taal.'
        : null,
    typedCode: new URL(request.url).searchParams.get('code') ?? '',
    exists: saved !== null,
    texts: texts.map((t) => ({ ...t, translation: saved?.[t.key] ?? '' })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, plan, input, texts } = await load(request, params);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const builder = `/plannen/${plan.id}/vragenlijsten/${input.questionnaireId}#talen`;

  if (intent === REMOVE) {
    const code = languageCode.safeParse(formData.get('language'));
    if (!code.success) return data({ intent, errors: {}, values: {} }, { status: 400 });
    await deleteQuestionnaireTranslation(db, { ...input, language: code.data });
    return redirectWithFlash(request, builder, {
      kind: 'ok',
      text: `De vragenlijst in het ${languageName(code.data)} is verwijderd.`,
    });
  }

  const keys = texts.map((t) => t.key);
  const parsed = parseForm(translationSchema(keys), formData);
  if (!parsed.ok) {
    return data({ intent: SAVE, errors: parsed.errors, values: parsed.values }, { status: 400 });
  }
  const { language, ...rest } = parsed.data as { language: string } & Record<string, string>;
  await saveQuestionnaireTranslation(db, { ...input, language, texts: rest });
  return redirectWithFlash(request, builder, {
    kind: 'ok',
    text: `De vragenlijst in het ${languageName(language)} is opgeslagen.`,
  });
}

export default function QuestionnaireLanguage({ loaderData }: Route.ComponentProps) {
  const { plan, questionnaire, language, codeError, typedCode, exists, texts } = loaderData;
  const builder = `/plannen/${plan.id}/vragenlijsten/${questionnaire.id}`;
  if (!language) {
    return (
      <>
        <title>{`Taal kiezen – ${questionnaire.title} – Ouders in de wijk`}</title>
        <p>
          <Link to={`${builder}#talen`}>Terug naar de vragenlijst</Link>
        </p>
        <h1>Taal kiezen</h1>
        <p className="vl-warning" role="alert">
          {typedCode ? `‘${typedCode}’: ${codeError}` : codeError}
        </p>
        <Form method="get" className="vl-inline-form">
          <label htmlFor="taalcode">Taalcode</label>
          <input
            id="taalcode"
            name="code"
            defaultValue={typedCode}
            className="utrecht-textbox utrecht-textbox--html-input"
            maxLength={20}
            required
          />
          <Button type="submit" appearance="primary-action-button">
            Verder
          </Button>
        </Form>
      </>
    );
  }
  const rtl = isRightToLeft(language);
  return (
    <>
      <title>{`${languageName(language)} – ${questionnaire.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={`${builder}#talen`}>Terug naar de vragenlijst</Link>
      </p>
      <h1>
        {questionnaire.title} in het {languageName(language)}
      </h1>
      <p>
        Schrijf naast elke Nederlandse tekst wat er in het {languageName(language)} staat. Laat je
        een vak leeg, dan zien ouders daar de Nederlandse tekst.
        {rtl ? ' Deze taal gaat van rechts naar links; zo zien ouders hem ook.' : ''}
      </p>
      <FormScope
        intent={SAVE}
        defaults={Object.fromEntries(texts.map((t) => [t.key, t.translation]))}
      >
        <Form method="post" className="vl-form vl-translation">
          <FormErrorSummary />
          <input type="hidden" name="intent" value={SAVE} />
          <input type="hidden" name="language" value={language} />
          <h2>De vragenlijst</h2>
          {texts
            .filter((text) => !text.key.startsWith('vast.'))
            .map((text) => (
              <TranslationField key={text.key} text={text} language={language} rtl={rtl} />
            ))}
          <h2>Vaste teksten</h2>
          <p>
            Deze teksten staan op elke vragenlijst: bij de antwoorden, en boven en onder de vragen.
          </p>
          {texts
            .filter((text) => text.key.startsWith('vast.'))
            .map((text) => (
              <TranslationField key={text.key} text={text} language={language} rtl={rtl} />
            ))}
          <div className="actions">
            <Button type="submit" appearance="primary-action-button">
              Opslaan
            </Button>
            <Link to={`${builder}#talen`}>Niet opslaan</Link>
          </div>
        </Form>
      </FormScope>
      {exists ? (
        <Form method="post" className="panel">
          <input type="hidden" name="intent" value={REMOVE} />
          <input type="hidden" name="language" value={language} />
          <p>
            Deze taal niet meer aanbieden? Ouders zien de vragenlijst dan niet meer in deze taal.
          </p>
          <Button type="submit" appearance="secondary-action-button">
            {languageName(language)} verwijderen
          </Button>
        </Form>
      ) : null}
    </>
  );
}

function TranslationField({
  text,
  language,
  rtl,
}: {
  text: { key: string; dutch: string; long?: boolean };
  language: string;
  rtl: boolean;
}) {
  const { value, error } = useField(text.key);
  const id = `veld-${text.key}`;
  const common = {
    id,
    name: text.key,
    lang: language,
    dir: rtl ? 'rtl' : 'ltr',
    maxLength: QUESTIONNAIRE_LIMITS.translation,
    defaultValue: typeof value === 'string' ? value : '',
    className: 'utrecht-textbox utrecht-textbox--html-input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-fout` : undefined,
  } as const;
  return (
    <div className="vl-translation__row">
      <label htmlFor={id} className="vl-translation__dutch">
        <span className="visually-hidden">Vertaling van: </span>
        {text.dutch}
      </label>
      {error ? (
        <p id={`${id}-fout`} className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      {text.long ? (
        <textarea
          {...common}
          rows={2}
          className="utrecht-textarea utrecht-textarea--html-textarea"
        />
      ) : (
        <input {...common} />
      )}
    </div>
  );
}
