import { Link } from 'react-router';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import type { Route } from './+types/translation-print';
import { isRightToLeft, languageName } from './languages';
import { getTranslation } from './translations.server';
import './feedback-poster.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const translation = await getTranslation(db, { ...scope, translationId: params.translationId });
  return { plan: { id: plan.id, title: plan.title }, translation };
}

export default function TranslationPrint({ loaderData }: Route.ComponentProps) {
  const { plan, translation } = loaderData;
  const back =
    translation.subject === 'poster'
      ? `/plannen/${plan.id}/terugkoppeling#andere-talen`
      : `/plannen/${plan.id}/bijeenkomsten/${translation.sessionId}#andere-talen`;
  const what = translation.subject === 'poster' ? 'poster' : 'uitnodiging';
  const rtl = isRightToLeft(translation.language);
  return (
    <>
      <title>{`${what === 'poster' ? 'Poster' : 'Uitnodiging'} in het ${languageName(translation.language)} – ${plan.title} – Ouders in de wijk`}</title>
      <div className="no-print">
        <p>
          <Link to={back}>Terug</Link>
        </p>
        <h1>
          {what === 'poster' ? 'Poster' : 'Uitnodiging'} in het {languageName(translation.language)}
        </h1>
        <p>
          Druk deze {what} af met de afdrukknop van je browser (Ctrl+P). Kies daar ‘Opslaan als PDF’
          als je een PDF wilt.
          {rtl ? ' Deze taal gaat van rechts naar links; zo staat hij ook op papier.' : ''}
        </p>
      </div>
      <article
        className="fp-sheet fp-sheet--vertaling"
        lang={translation.language}
        dir={rtl ? 'rtl' : 'ltr'}
      >
        <p className="fp-translation">{translation.text}</p>
      </article>
    </>
  );
}
