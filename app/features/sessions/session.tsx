import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { answerTranslationIntent, listTranslations } from '~/features/insights/translations.server';
import { TranslationsSection } from '~/features/insights/translations-section';
import { labelOf, METHODS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { checkText } from '~/features/taalcheck/check-text';
import { TaalcheckResult } from '~/features/taalcheck/taalcheck-result';
import { formatCalendarDate } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/session';
import { checklistFor } from './session-checklist';
import { SESSION_INTENTS, SessionForm } from './session-form';
import { sessionName } from './session-list';
import { sessionSchema, sessionTokenSchema } from './session-schema';
import { deleteSession, getSession, updateSession } from './sessions.server';
import '~/features/taalcheck/taalcheck.css';
import './sessions.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const session = await getSession(db, { ...scope, sessionId: params.sessionId });
  const check = session.invitationText ? checkText(session.invitationText) : null;
  const removing = new URL(request.url).searchParams.has('verwijderen');
  const translations = await listTranslations(db, {
    ...scope,
    subject: 'uitnodiging',
    sessionId: session.id,
  });
  return { plan: { id: plan.id, title: plan.title }, session, check, removing, translations };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);
  const sessionId = params.sessionId;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const listUrl = `/plannen/${scope.planId}/bijeenkomsten`;

  const translated = await answerTranslationIntent(request, db, {
    ...scope,
    subject: 'uitnodiging',
    sessionId: (await getSession(db, { ...scope, sessionId })).id,
    intent,
    formData,
    pageUrl: `${listUrl}/${sessionId}`,
  });
  if (translated) return translated;

  if (intent === SESSION_INTENTS.remove) {
    await deleteSession(db, { ...scope, sessionId });
    return redirectWithFlash(request, listUrl, {
      kind: 'ok',
      text: 'De bijeenkomst is verwijderd.',
    });
  }

  const parsed = parseForm(sessionSchema, formData);
  const token = parseForm(sessionTokenSchema, formData);
  if (!parsed.ok || !token.ok) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(token.ok ? {} : token.errors) };
    return data({ intent, errors, values: parsed.values }, { status: 400 });
  }
  const result = await updateSession(db, {
    ...scope,
    sessionId,
    updatedAt: token.data.updatedAt,
    fields: parsed.data,
  });
  if (!result.ok) {
    // The page may not load again after this answer (JavaScript on), so it carries the token
    // of the stored version: saving once more then saves what the user typed.
    const stored = await getSession(db, { ...scope, sessionId });
    return data(
      { intent, errors: {}, values: parsed.values, conflict: true, token: stored.updatedAt },
      { status: 409 },
    );
  }
  return redirectWithFlash(request, `${listUrl}/${sessionId}`, {
    kind: 'ok',
    text: 'De bijeenkomst is opgeslagen.',
  });
}

export default function SessionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { plan, session, check, removing, translations } = loaderData;
  const pageUrl = `/plannen/${plan.id}/bijeenkomsten/${session.id}`;
  const conflict = actionData && 'conflict' in actionData ? actionData : undefined;
  const items = checklistFor(session.method);
  const open = items.filter((item) => !session.checklist.includes(item));
  return (
    <>
      <title>{`${sessionName(session)} – ${plan.title} – Ouders in de wijk`}</title>
      <p className="no-print">
        <Link to={`/plannen/${plan.id}/bijeenkomsten`}>Terug naar alle bijeenkomsten</Link>
      </p>
      <h1>{sessionName(session)}</h1>
      <dl className="ses-facts">
        <div>
          <dt>Werkvorm</dt>
          <dd>
            {labelOf(METHODS, session.method)}
            {session.method !== 'anders' ? (
              <>
                {' '}
                (<Link to={`/werkvormen#${session.method}`}>lees meer in de gids</Link>)
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Wanneer</dt>
          <dd>
            {formatCalendarDate(session.date)}
            {session.startTime ? `, ${session.startTime}` : ''}
            {session.endTime ? `–${session.endTime}` : ''}
          </dd>
        </div>
        {session.place ? (
          <div>
            <dt>Plek</dt>
            <dd>{session.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>Nog te regelen</dt>
          <dd>
            {open.length === 0
              ? 'Alles is geregeld.'
              : `${open.length} van ${items.length} punten. Zie de lijst in het formulier.`}
          </dd>
        </div>
      </dl>
      <p className="no-print">
        <a href={`/plannen/${plan.id}/agenda/bijeenkomst-${session.id}.ics`} download>
          Zet deze bijeenkomst in je agenda (.ics)
        </a>
      </p>

      {check ? (
        <TaalcheckResult
          text={session.invitationText}
          result={check}
          title="Taalcheck van de uitnodiging"
          id="taalcheck-uitnodiging"
        />
      ) : (
        <p>Schrijf hieronder de uitnodiging. Dan zie je wat de taalcheck ervan vindt.</p>
      )}

      <SessionForm
        session={session}
        cancelTo={`/plannen/${plan.id}/bijeenkomsten`}
        conflict={Boolean(conflict)}
        token={conflict?.token}
      />

      <TranslationsSection planId={plan.id} what="de uitnodiging" translations={translations} />

      <section aria-labelledby="verwijderen" className="no-print">
        <h2 id="verwijderen">Bijeenkomst verwijderen</h2>
        {removing ? (
          <Form method="post" className="panel">
            <p>Wil je deze bijeenkomst verwijderen? Hij is daarna echt weg.</p>
            <input type="hidden" name="intent" value={SESSION_INTENTS.remove} />
            <div className="actions">
              <Button type="submit" appearance="secondary-action-button">
                Ja, verwijder de bijeenkomst
              </Button>
              <Link to={pageUrl}>Nee, terug</Link>
            </div>
          </Form>
        ) : (
          <p>
            <Link to={`${pageUrl}?verwijderen#verwijderen`}>Deze bijeenkomst verwijderen</Link>
          </p>
        )}
      </section>
    </>
  );
}
