import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { ChoiceGroup, FormErrorSummary, FormScope, TextField } from '~/components/form';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { checkText } from '~/features/taalcheck/check-text';
import { TaalcheckResult } from '~/features/taalcheck/taalcheck-result';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/feedback-poster';
import { getPosterSettings, loadPoster, savePosterSettings } from './feedback-poster.server';
import { type Poster, posterText } from './poster-content';
import { POSTER_LIMITS, posterSchema } from './poster-schema';
import { answerTranslationIntent, listTranslations } from './translations.server';
import { TranslationsSection } from './translations-section';
import '~/features/taalcheck/taalcheck.css';
import './feedback-poster.css';

const INTENT = 'poster-opslaan';
const POSTER_SUBJECT = { subject: 'poster', sessionId: null } as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const settings = await getPosterSettings(db, scope);
  const poster = await loadPoster(db, scope);
  const text = posterText(poster);
  return {
    plan: { id: plan.id, title: plan.title },
    settings,
    poster,
    text,
    check: checkText(text),
    translations: await listTranslations(db, { ...scope, ...POSTER_SUBJECT }),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const translated = await answerTranslationIntent(request, db, {
    ...scope,
    ...POSTER_SUBJECT,
    intent: String(formData.get('intent') ?? ''),
    formData,
    pageUrl: `/plannen/${scope.planId}/terugkoppeling`,
  });
  if (translated) return translated;
  const parsed = parseForm(posterSchema, formData);
  if (!parsed.ok) {
    return data({ intent: INTENT, errors: parsed.errors, values: parsed.values }, { status: 400 });
  }

  await savePosterSettings(db, { ...scope, settings: parsed.data });

  return redirectWithFlash(request, `/plannen/${scope.planId}/terugkoppeling#taalcheck-poster`, {
    kind: 'ok',
    text: 'Opgeslagen. Kijk hieronder wat de taalcheck ervan vindt.',
  });
}

export default function FeedbackPoster({ loaderData }: Route.ComponentProps) {
  const { plan, settings, poster, text, check, translations } = loaderData;
  const findings = check.bevindingen.length;
  const kind = poster.form === 'brief' ? 'brief' : 'poster';
  return (
    <>
      <title>{`Poster of brief voor de ouders – ${plan.title} – Ouders in de wijk`}</title>
      <div className="no-print">
        <p>
          <Link to={`/plannen/${plan.id}/stap/6`}>Terug naar stap 6: Terugkoppelen</Link>
        </p>
        <h1>Poster of brief voor de ouders</h1>
        <div className="guidance">
          <p>
            Hier maak je één A4 voor de ouders. Er staat in wat je hoorde, wat je ermee doet en wat
            niet lukt. Dat komt uit de inzichten die je markeerde en uit je terugkoppelingen in stap
            6. Schrijf geen namen op.
          </p>
          <p>
            Kijk eerst wat de taalcheck vindt. Pas de tekst aan waar dat nodig is. Daarna kun je hem
            afdrukken of als PDF downloaden.
          </p>
        </div>

        <FormScope
          intent={INTENT}
          defaults={{
            form: settings.form,
            title: settings.title,
            intro: settings.intro,
            closing: settings.closing,
          }}
        >
          <Form method="post" className="panel">
            <h2>Tekst</h2>
            <FormErrorSummary />
            <input type="hidden" name="intent" value={INTENT} />
            <ChoiceGroup
              name="form"
              legend="Wat maak je?"
              multiple={false}
              required
              options={[
                { value: 'poster', label: 'Een poster' },
                { value: 'brief', label: 'Een brief' },
              ]}
            />
            <TextField name="title" label="Titel" maxLength={POSTER_LIMITS.title} />
            <TextField name="intro" label="Begin" rows={2} maxLength={POSTER_LIMITS.intro} />
            <TextField
              name="closing"
              label="Slot"
              description="Bijvoorbeeld: waar ouders je kunnen vinden met een vraag."
              rows={2}
              maxLength={POSTER_LIMITS.closing}
            />
            <div className="actions">
              <Button type="submit" appearance="primary-action-button">
                Opslaan en opnieuw controleren
              </Button>
            </div>
          </Form>
        </FormScope>

        {poster.sections.length === 0 ? (
          <p className="fp-empty">
            Er staat nog niets in over wat je hoorde of gaat doen. Markeer inzichten op het{' '}
            <Link to={`/plannen/${plan.id}/inzichten`}>bord met inzichten</Link>, of vul je
            terugkoppelingen aan in <Link to={`/plannen/${plan.id}/stap/6`}>stap 6</Link>.
          </p>
        ) : null}

        <TaalcheckResult
          text={text}
          result={check}
          title={`Taalcheck van de ${kind}`}
          id="taalcheck-poster"
        />
        <p>
          {findings === 0
            ? 'De taalcheck vond niets. '
            : `De taalcheck vond ${findings} ${findings === 1 ? 'punt' : 'punten'}. Kijk ze na voordat je afdrukt. `}
          Druk de {kind} af met de afdrukknop van je browser (Ctrl+P), of{' '}
          <a href={`/plannen/${plan.id}/terugkoppeling.pdf`} download>
            download de {kind} als PDF
          </a>
          .
        </p>
        <h2>Zo ziet de {kind} eruit</h2>
      </div>

      <PosterSheet poster={poster} />

      <TranslationsSection planId={plan.id} what={`de ${kind}`} translations={translations} />
    </>
  );
}

function PosterSheet({ poster }: { poster: Poster }) {
  return (
    <article className={`fp-sheet fp-sheet--${poster.form}`} lang="nl">
      <h2 className="fp-title">{poster.title}</h2>
      {poster.greeting ? <p>{poster.greeting}</p> : null}
      {poster.intro ? <p className="fp-intro">{poster.intro}</p> : null}
      {poster.sections.map((section) => (
        <section key={section.heading} className="fp-section">
          <h3>{section.heading}</h3>
          <ul>
            {section.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      ))}
      {poster.closing ? <p className="fp-closing">{poster.closing}</p> : null}
      {poster.signOff ? <p>{poster.signOff}</p> : null}
    </article>
  );
}
