import './handover.css';
import { Button } from '@utrecht/component-library-react';
import { data, Form } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { PLAN_STATUS_LABELS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, formatDate, formatDateTime, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import { forbidden } from '~/lib/http.server';
import { getRuntime } from '~/lib/runtime.server';
import type { Route } from './+types/handover';
import {
  canHandOver,
  handOverPlan,
  listHandoverCandidates,
  listHandovers,
} from './handover.server';
import { HANDOVER_LIMITS, handoverSchema } from './handover-schema';
import { KIND_LABELS } from './handover-summary';
import { loadHandoverSummary } from './handover-summary.server';

/** The summary is for the plan's own organisation; partners and guests have no handover. */
async function loadOwnPlan(request: Request, planId: string | undefined) {
  const context = await loadPlanContext(request, planId);
  if (context.scope.organisationId !== context.member.organisationId) forbidden();
  return context;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope, member } = await loadOwnPlan(request, params.planId);
  const { database } = await getRuntime();
  const summary = await loadHandoverSummary(db, database.raw, {
    ...scope,
    now: new Date(),
    today: todayInAmsterdam(),
  });
  const allowed = canHandOver(member, plan);
  const candidates = allowed
    ? (await listHandoverCandidates(database.raw, scope))
        .filter((c) => c.userId !== plan.responsibleId)
        .map((c) => ({ value: c.userId, label: `${c.name} (${c.email})` }))
    : [];
  return { summary, allowed, candidates, handovers: await listHandovers(db, scope) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { plan, scope, member, db } = await loadOwnPlan(request, params.planId);
  if (!canHandOver(member, plan)) forbidden();
  const { database } = await getRuntime();
  const formData = await request.formData();
  const parsed = parseForm(handoverSchema, formData);
  if (!parsed.ok) {
    return data(
      { intent: 'overdragen', errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }
  const candidates = await listHandoverCandidates(database.raw, scope);
  if (!candidates.some((c) => c.userId === parsed.data.naar && c.userId !== plan.responsibleId)) {
    return data(
      {
        intent: 'overdragen',
        errors: { naar: 'Kies een collega uit de lijst.' },
        values: parsed.values,
      },
      { status: 400 },
    );
  }

  const { toName } = await handOverPlan(db, database.raw, {
    ...scope,
    toUserId: parsed.data.naar,
    by: { userId: member.userId, name: member.name },
    note: parsed.data.notitie,
  });
  return redirectWithFlash(request, `/plannen/${plan.id}/overdracht`, {
    kind: 'ok',
    text: `${toName} is nu verantwoordelijk voor dit plan.`,
  });
}

export default function Handover({ loaderData }: Route.ComponentProps) {
  const { summary, allowed, candidates, handovers } = loaderData;
  const { plan } = summary;
  return (
    <>
      <title>{`Overdracht – ${plan.title} – Ouders in de wijk`}</title>
      <article className="handover-sheet">
        <h1>Overdracht: {plan.title}</h1>
        <p className="handover-meta">
          {plan.organisationName} · {plan.municipalityName}
          {plan.areas.length > 0 ? `: ${plan.areas.join(', ')}` : ''} ·{' '}
          {PLAN_STATUS_LABELS[plan.status as keyof typeof PLAN_STATUS_LABELS] ?? plan.status}
        </p>
        <p>
          Verantwoordelijk: <strong>{plan.responsibleName ?? 'niemand'}</strong>.{' '}
          {summary.lastHandover
            ? `Overgedragen door ${summary.lastHandover.byName} van ${summary.lastHandover.fromName} aan ${summary.lastHandover.toName} op ${formatDateTime(summary.lastHandover.createdAt)}.`
            : null}{' '}
          Stand van {formatCalendarDate(summary.today)}.
        </p>
        {summary.lastHandover?.note ? (
          <p className="handover-note">Notitie bij de overdracht: {summary.lastHandover.note}</p>
        ) : null}

        <section aria-labelledby="stand">
          <h2 id="stand">Waar staat het plan?</h2>
          <ol className="handover-steps">
            {summary.steps.map((step) => (
              <li key={step.number}>
                <strong>
                  Stap {step.number}: {step.title}
                </strong>{' '}
                <span className={`status-badge status-badge--${step.status}`}>
                  {step.statusLabel}
                </span>
                <br />
                {step.text}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="contacten">
          <h2 id="contacten">Contacten</h2>
          <h3>Top 3: eerst benaderen</h3>
          {summary.topThree.length === 0 ? (
            <p>Er is nog geen top 3 gekozen.</p>
          ) : (
            <ol className="handover-list">
              {summary.topThree.map((top) => (
                <li key={top.rank}>
                  <strong>{top.placeName}</strong>
                  {contactLine(top)}
                  {top.reason ? <> Waarom: {top.reason}</> : null}
                </li>
              ))}
            </ol>
          )}
          <h3>Contactpersonen bij de ontmoetingsplekken</h3>
          {summary.contactPersons.length === 0 ? (
            <p>Er zijn nog geen contactpersonen bij de plekken van dit plan.</p>
          ) : (
            <ul className="handover-list">
              {summary.contactPersons.map((person) => (
                <li key={`${person.name}-${person.placeName}`}>
                  <strong>{person.name}</strong>
                  {person.role ? `, ${person.role}` : ''}
                  {person.placeName ? ` (${person.placeName})` : ''}
                  {contactLine({ contactPerson: '', phone: person.phone, email: person.email })}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="open">
          <h2 id="open">Wat staat nog open?</h2>
          <h3>Beloftes</h3>
          {summary.promises.length === 0 ? (
            <p>Er staan geen beloftes open.</p>
          ) : (
            <ul className="handover-list">
              {summary.promises.map((promise) => (
                <li key={`${promise.what}-${promise.dueOn}`}>
                  {promise.late ? <strong className="handover-late">Te laat: </strong> : null}
                  {promise.what} – aan {promise.toWhom}, uiterlijk{' '}
                  {formatCalendarDate(promise.dueOn)}
                </li>
              ))}
            </ul>
          )}
          <h3>Wachten te lang op antwoord</h3>
          {summary.lateAnswers.length === 0 ? (
            <p>Niemand wacht te lang op antwoord.</p>
          ) : (
            <ul className="handover-list">
              {summary.lateAnswers.map((answer) => (
                <li key={answer.receivedAt + answer.fromWhom}>
                  <strong className="handover-late">Te laat: </strong>
                  {answer.fromWhom} over {answer.about} (binnengekomen op{' '}
                  {formatDate(answer.receivedAt)}, antwoord uiterlijk{' '}
                  {formatCalendarDate(answer.dueOn)})
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="hierna">
          <h2 id="hierna">Wat komt er hierna?</h2>
          {summary.latePlanning.length > 0 ? (
            <>
              <h3>Nog niet gedaan, datum is voorbij</h3>
              <ul className="handover-list">
                {summary.latePlanning.map((item) => (
                  <li key={`${item.kind}-${item.date}-${item.summary}`}>
                    {formatCalendarDate(item.date)} · {KIND_LABELS[item.kind] ?? item.kind}:{' '}
                    {item.summary}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>De komende {summary.comingWeeks} weken</h3>
          {summary.coming.length === 0 ? (
            <p>Er staat de komende {summary.comingWeeks} weken niets in de planning.</p>
          ) : (
            <ul className="handover-list">
              {summary.coming.map((item) => (
                <li key={`${item.kind}-${item.date}-${item.time}-${item.summary}`}>
                  {formatCalendarDate(item.date)}
                  {item.time ? ` ${item.time}` : ''} · {KIND_LABELS[item.kind] ?? item.kind}:{' '}
                  {item.summary}
                </li>
              ))}
            </ul>
          )}
        </section>
      </article>

      <p className="actions no-print">
        <a
          className="utrecht-button-link utrecht-button-link--secondary-action"
          href={`/plannen/${plan.id}/overdracht.pdf`}
        >
          Overdracht als PDF
        </a>
      </p>

      <div className="no-print">
        {allowed ? (
          <>
            <h2 id="overdragen">Plan overdragen aan een collega</h2>
            <p>
              Je collega wordt verantwoordelijk voor dit plan. Iedereen in het team kan het plan
              blijven openen. De overdracht wordt bewaard met datum en naam.
            </p>
            {candidates.length === 0 ? (
              <p className="panel">
                Er is nog geen collega die het plan kan overnemen. Nodig eerst een collega uit op de
                pagina Team.
              </p>
            ) : (
              <FormScope intent="overdragen" defaults={{}}>
                <Form method="post" className="panel">
                  <FormErrorSummary />
                  <input type="hidden" name="intent" value="overdragen" />
                  <SelectField
                    name="naar"
                    label="Aan wie geef je het plan?"
                    required
                    placeholder="Kies een collega"
                    options={candidates}
                  />
                  <TextField
                    name="notitie"
                    label="Notitie voor je collega"
                    description="Bijvoorbeeld: wat je nog wilde doen, of wie je al hebt gesproken."
                    rows={3}
                    maxLength={HANDOVER_LIMITS.note}
                  />
                  <Button type="submit" appearance="primary-action-button">
                    Plan overdragen
                  </Button>
                </Form>
              </FormScope>
            )}
          </>
        ) : null}
        {handovers.length > 0 ? (
          <>
            <h2>Eerdere overdrachten</h2>
            <ul className="handover-list">
              {handovers.map((h) => (
                <li key={h.id}>
                  {formatDateTime(h.createdAt)}: van {h.fromName} aan {h.toName} (door {h.byName})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </>
  );
}

function contactLine(contact: { contactPerson: string; phone: string; email: string }) {
  const parts = [contact.contactPerson, contact.phone, contact.email].filter(Boolean);
  return parts.length > 0 ? ` – ${parts.join(', ')}.` : '.';
}
