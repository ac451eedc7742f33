import { Button } from '@utrecht/component-library-react';
import { data, Form } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import {
  EditConflictNotice,
  HiddenToken,
  KeepStoredLink,
  SAVE_MINE,
  useEditConflict,
} from '~/components/edit-conflict';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { ListLink } from '~/components/list-link';
import { canManageOrganisation } from '~/features/auth/organisation.server';
import { listPlanPlaces } from '~/features/overzichtskaart/places.server';
import { listPlanningItems } from '~/features/planning/planning-items.server';
import { weekDays } from '~/features/planning/planning-views';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { formatCalendarDate, formatDateTime, todayInAmsterdam } from '~/lib/dates';
import { answerUnsavedEdit } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { type FormResult, formValues, parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/trust';
import {
  answerIncomingContact,
  type CompensationFields,
  closePromise,
  createCompensation,
  createIncomingContact,
  createPromise,
  deleteCompensation,
  deletePromise,
  getAnswerTarget,
  listCompensations,
  listIncomingContacts,
  listPromises,
  markCompensationPaid,
  type PromiseFields,
  setAnswerTarget,
  updateCompensation,
  updatePromise,
} from './trust.server';
import {
  amsterdamToUtc,
  answeredSchema,
  CHANNELS,
  COMPENSATION_FORMS,
  closePromiseSchema,
  compensationSchema,
  editedRecordSchema,
  formatEuros,
  incomingSchema,
  PROMISE_STATUSES,
  paidSchema,
  parseEuros,
  promiseSchema,
  removedRecordSchema,
  TARGET_CHOICES,
  TRUST_LIMITS,
  targetSchema,
} from './trust-schemas';

import { answerDueAt, answerState } from './working-days';
import '~/features/planning/planning.css';
import './trust.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, member, plan, scope } = await loadPlanContext(request, params.planId);
  const today = todayInAmsterdam();
  const targetDays = await getAnswerTarget(db, scope);
  const now = new Date();

  const incoming = (await listIncomingContacts(db, scope)).map((entry) => ({
    ...entry,
    dueAt: answerDueAt(entry.receivedAt, targetDays).toUTC().toISO() ?? '',
    state: answerState(entry, targetDays, now),
  }));
  const promises = (await listPromises(db, scope)).map((p) => ({
    ...p,
    late: p.status === 'open' && p.dueOn < today,
  }));
  const items = await listPlanningItems(db, scope);
  const thisWeek = weekDays(items, today, today).flatMap((d) =>
    d.entries.map((e) => ({
      key: `${e.item.kind}-${e.item.id}-${e.date}`,
      date: e.date,
      time: e.time,
      summary: e.item.summary,
    })),
  );
  const places = await listPlanPlaces(db, scope);
  const contacted = new Set(items.filter((i) => i.status === 'gedaan').map((i) => i.placeName));
  const topNotContacted = places
    .filter((p) => p.topRank !== null && !contacted.has(p.name))
    .sort((a, b) => (a.topRank ?? 0) - (b.topRank ?? 0))
    .map((p) => ({ id: p.id, name: p.name, rank: p.topRank }));

  const compensations = await listCompensations(db, scope);
  const url = new URL(request.url);
  return {
    editing: url.searchParams.get('wijzig') ?? '',
    removing: url.searchParams.get('verwijder') ?? '',
    plan: { id: plan.id, title: plan.title },
    compensations,
    compensationTotal: compensations.reduce((sum, c) => sum + c.amountCents, 0),
    targetDays,
    canSetTarget: canManageOrganisation(member.role),
    today,
    incoming,
    promises,
    thisWeek,
    topNotContacted,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, member, scope } = await loadPlanContext(request, params.planId);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const url = `/plannen/${scope.planId}/vertrouwen`;

  if (intent === 'binnen-nieuw') {
    const parsed = parseForm(incomingSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await createIncomingContact(db, {
      ...scope,
      fields: {
        receivedAt: amsterdamToUtc(parsed.data.receivedOn, parsed.data.receivedTime),
        channel: parsed.data.channel,
        fromWhom: parsed.data.fromWhom,
        about: parsed.data.about,
      },
    });
    return redirectWithFlash(request, `${url}#binnengekomen`, {
      kind: 'ok',
      text: 'Het contact is opgeslagen. Vergeet niet op tijd te antwoorden.',
    });
  }
  if (intent === 'beantwoord') {
    const parsed = parseForm(answeredSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await answerIncomingContact(db, {
      ...scope,
      incomingId: parsed.data.id,
      answeredAt: amsterdamToUtc(parsed.data.answeredOn, parsed.data.answeredTime),
    });
    return redirectWithFlash(request, `${url}#binnengekomen`, {
      kind: 'ok',
      text: 'Opgeslagen: je hebt geantwoord.',
    });
  }
  if (intent === 'belofte-nieuw') {
    const parsed = parseForm(promiseSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await createPromise(db, { ...scope, fields: parsed.data });
    return redirectWithFlash(request, `${url}#beloftes`, {
      kind: 'ok',
      text: 'De belofte is opgeslagen.',
    });
  }
  if (intent === 'belofte-klaar') {
    const parsed = parseForm(closePromiseSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await closePromise(db, {
      ...scope,
      promiseId: parsed.data.id,
      status: parsed.data.promiseStatus,
      howKept: parsed.data.howKept,
    });
    return redirectWithFlash(request, `${url}#beloftes`, {
      kind: 'ok',
      text: 'Opgeslagen hoe het met de belofte is gegaan.',
    });
  }
  if (intent === 'vergoeding-nieuw') {
    const parsed = parseForm(compensationSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await createCompensation(db, { ...scope, fields: compensationFields(parsed.data) });
    return redirectWithFlash(request, `${url}#vergoedingen`, {
      kind: 'ok',
      text: 'De vergoeding is opgeslagen.',
    });
  }
  if (intent === 'belofte-wijzig') {
    const parsed = parseForm(promiseSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    const record = parseForm(editedRecordSchema, formData);
    if (!record.ok) return invalid(intent, record);
    const { id, updatedAt } = record.data;
    const fields: PromiseFields = parsed.data;
    const result = await updatePromise(db, { ...scope, promiseId: id, updatedAt, fields });
    if (!result.ok) {
      const answer = await answerUnsavedEdit(result, {
        intent,
        values: formValues(formData),
        mine: fields,
        labels: PROMISE_LABELS,
        show: shownPromise,
        stored: async () => (await listPromises(db, scope)).find((p) => p.id === id),
        restore: async () => {
          const newId = await createPromise(db, { ...scope, fields });
          return redirectWithFlash(request, `${url}#belofte-${newId}`, {
            kind: 'warning',
            text: 'Iemand had deze belofte intussen verwijderd. We hebben hem teruggezet, met jouw wijzigingen.',
          });
        },
      });
      if (answer) return answer;
    }
    return redirectWithFlash(request, `${url}#belofte-${id}`, {
      kind: 'ok',
      text: 'De belofte is gewijzigd.',
    });
  }
  if (intent === 'belofte-verwijderen') {
    await deletePromise(db, { ...scope, promiseId: removedId(formData) });
    return redirectWithFlash(request, `${url}#beloftes`, {
      kind: 'ok',
      text: 'De belofte is verwijderd.',
    });
  }
  if (intent === 'vergoeding-wijzig') {
    const parsed = parseForm(compensationSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    const record = parseForm(editedRecordSchema, formData);
    if (!record.ok) return invalid(intent, record);
    const { id, updatedAt } = record.data;
    const fields = compensationFields(parsed.data);
    const result = await updateCompensation(db, {
      ...scope,
      compensationId: id,
      updatedAt,
      fields,
    });
    if (!result.ok) {
      const answer = await answerUnsavedEdit(result, {
        intent,
        values: formValues(formData),
        mine: fields,
        labels: COMPENSATION_LABELS,
        show: shownCompensation,
        stored: async () => (await listCompensations(db, scope)).find((c) => c.id === id),
        restore: async () => {
          await createCompensation(db, { ...scope, fields });
          return redirectWithFlash(request, `${url}#vergoedingen`, {
            kind: 'warning',
            text: 'Iemand had deze vergoeding intussen verwijderd. We hebben hem teruggezet, met jouw wijzigingen.',
          });
        },
      });
      if (answer) return answer;
    }
    return redirectWithFlash(request, `${url}#vergoedingen`, {
      kind: 'ok',
      text: 'De vergoeding is gewijzigd.',
    });
  }
  if (intent === 'vergoeding-verwijderen') {
    await deleteCompensation(db, { ...scope, compensationId: removedId(formData) });
    return redirectWithFlash(request, `${url}#vergoedingen`, {
      kind: 'ok',
      text: 'De vergoeding is verwijderd.',
    });
  }
  if (intent === 'vergoeding-betaald') {
    const parsed = parseForm(paidSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await markCompensationPaid(db, {
      ...scope,
      compensationId: parsed.data.id,
      paidOn: parsed.data.paidOn,
    });
    return redirectWithFlash(request, `${url}#vergoedingen`, {
      kind: 'ok',
      text: 'Opgeslagen: de vergoeding is betaald.',
    });
  }
  if (intent === 'antwoordtijd') {
    // The target holds for the whole organisation, so only its beheerder may change it.
    if (!canManageOrganisation(member.role)) {
      throw data('Alleen de beheerder van je organisatie kan dit doel veranderen.', {
        status: 403,
      });
    }
    const parsed = parseForm(targetSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await setAnswerTarget(db, { ...scope, days: Number(parsed.data.answerTargetDays) });
    return redirectWithFlash(request, `${url}#antwoordtijd`, {
      kind: 'ok',
      text: 'Het doel voor je antwoordtijd is opgeslagen. Het geldt voor je hele organisatie.',
    });
  }
  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function invalid(intent: string, parsed: Extract<FormResult<unknown>, { ok: false }>) {
  return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
}

function removedId(formData: FormData): string {
  const parsed = removedRecordSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) notFound();
  return parsed.data.id;
}

function compensationFields(parsed: {
  activity: string;
  compensationForm: CompensationFields['form'];
  amount: string;
  agreedWith: string;
  paidOn: string;
}): CompensationFields {
  return {
    activity: parsed.activity,
    form: parsed.compensationForm,
    amountCents: parseEuros(parsed.amount) ?? 0,
    agreedWith: parsed.agreedWith,
    paidOn: parsed.paidOn || null,
  };
}

const PROMISE_LABELS = { what: 'Wat je hebt beloofd', toWhom: 'Aan wie', dueOn: 'Uiterlijk op' };

function shownPromise(p: PromiseFields) {
  return { what: p.what, toWhom: p.toWhom, dueOn: formatCalendarDate(p.dueOn) };
}

const COMPENSATION_LABELS = {
  activity: 'Activiteit',
  form: 'Vorm',
  amount: 'Bedrag',
  agreedWith: 'Afgesproken met',
  paidOn: 'Betaald op',
};

function shownCompensation(c: CompensationFields) {
  return {
    activity: c.activity,
    form: COMPENSATION_FORMS.find((f) => f.key === c.form)?.label ?? c.form,
    amount: formatEuros(c.amountCents),
    agreedWith: c.agreedWith,
    paidOn: c.paidOn ? formatCalendarDate(c.paidOn) : '',
  };
}

type LoaderData = Route.ComponentProps['loaderData'];

const STATE_LABELS = {
  wacht: 'Wacht op antwoord',
  'te-laat': 'Te laat: nog geen antwoord',
  'op-tijd': 'Op tijd beantwoord',
  'te-laat-beantwoord': 'Te laat beantwoord',
} as const;

function days(n: number) {
  return n === 1 ? '1 werkdag' : `${n} werkdagen`;
}

export default function Trust({ loaderData }: Route.ComponentProps) {
  const {
    plan,
    targetDays,
    canSetTarget,
    today,
    incoming,
    promises,
    thisWeek,
    topNotContacted,
    compensations,
    compensationTotal,
    editing,
    removing,
  } = loaderData;
  const url = `/plannen/${plan.id}/vertrouwen`;
  const lateAnswers = incoming.filter((i) => i.state === 'te-laat');
  const waiting = incoming.filter((i) => i.state === 'wacht');
  const openPromises = promises.filter((p) => p.status === 'open');
  const latePromises = openPromises.filter((p) => p.late);
  return (
    <>
      <title>{`Vertrouwen – ${plan.title} – Ouders in de wijk`}</title>
      <h1>Vertrouwen: antwoorden en beloftes</h1>
      <div className="guidance">
        <p>
          Ouders vertrouwen je als je snel antwoordt en doet wat je zegt. Houd hier bij wie contact
          zocht en wat je hebt beloofd. Dan zie je meteen wat nog moet gebeuren.
        </p>
      </div>

      <section aria-labelledby="overzicht" className="trust-dashboard">
        <h2 id="overzicht">Overzicht</h2>
        <ul className="trust-cards">
          <li className="panel">
            <h3>Deze week gepland ({thisWeek.length})</h3>
            {thisWeek.length === 0 ? (
              <p>Niets gepland deze week.</p>
            ) : (
              <ul>
                {thisWeek.map((e) => (
                  <li key={e.key}>
                    {formatCalendarDate(e.date)}
                    {e.time ? `, ${e.time} uur` : ''}: {e.summary}
                  </li>
                ))}
              </ul>
            )}
            <ListLink to={`/plannen/${plan.id}/planning`}>Naar de planning</ListLink>
          </li>
          <li className={`panel${lateAnswers.length > 0 ? ' trust-card--warning' : ''}`}>
            <h3>Wachten te lang op antwoord ({lateAnswers.length})</h3>
            <p>
              {lateAnswers.length === 0
                ? 'Iedereen heeft op tijd antwoord, of je hebt nog tijd.'
                : 'Deze mensen wachten te lang op je antwoord. Neem vandaag contact op.'}
            </p>
            {waiting.length > 0 ? <p>Nog binnen de tijd: {waiting.length}.</p> : null}
          </li>
          <li className={`panel${latePromises.length > 0 ? ' trust-card--warning' : ''}`}>
            <h3>Open beloftes ({openPromises.length})</h3>
            <p>
              {latePromises.length === 0
                ? 'Geen beloftes over de datum.'
                : `${latePromises.length} over de datum.`}
            </p>
          </li>
          <li className="panel">
            <h3>Top 3 nog niet gesproken ({topNotContacted.length})</h3>
            {topNotContacted.length === 0 ? (
              <p>Je hebt iedereen uit je top 3 gesproken, of je hebt nog geen top 3.</p>
            ) : (
              <ul>
                {topNotContacted.map((p) => (
                  <li key={p.id}>
                    {p.rank}. {p.name}
                  </li>
                ))}
              </ul>
            )}
            <ListLink to={`/plannen/${plan.id}/stap/3#top-3`}>Naar de top 3</ListLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="binnengekomen">
        <h2 id="binnengekomen" tabIndex={-1}>
          Binnengekomen contacten
        </h2>
        <p id="antwoordtijd" tabIndex={-1}>
          Je doel: antwoord binnen <strong>{days(targetDays)}</strong>. Weekenden en feestdagen
          tellen niet mee.
        </p>
        {incoming.length === 0 ? (
          <p>Er staan nog geen binnengekomen contacten.</p>
        ) : (
          <ul className="trust-list">
            {incoming.map((entry) => (
              <IncomingItem key={entry.id} entry={entry} today={today} />
            ))}
          </ul>
        )}
        <FormScope intent="binnen-nieuw" defaults={{ receivedOn: today, channel: 'telefoon' }}>
          <Form method="post" action={`${url}#binnen-nieuw`} id="binnen-nieuw" className="panel">
            <h3>Contact van een ouder of partner vastleggen</h3>
            <FormErrorSummary />
            <input type="hidden" name="intent" value="binnen-nieuw" />
            <div className="trust-row">
              <TextField
                name="receivedOn"
                label="Datum"
                type="date"
                description="Bijvoorbeeld 14-03-2027."
                required
                maxLength={10}
              />
              <TextField
                name="receivedTime"
                label="Tijd"
                type="time"
                description="Bijvoorbeeld 09:30."
                maxLength={5}
              />
            </div>
            <SelectField
              name="channel"
              label="Hoe?"
              required
              options={CHANNELS.map((c) => ({ value: c.key, label: c.label }))}
            />
            <TextField
              name="fromWhom"
              label="Wie?"
              description="Zonder naam van de ouder. Bijvoorbeeld: een moeder van De Regenboog."
              required
              maxLength={TRUST_LIMITS.fromWhom}
            />
            <TextField name="about" label="Waarover?" rows={2} maxLength={TRUST_LIMITS.about} />
            <Button type="submit" appearance="primary-action-button">
              Contact opslaan
            </Button>
          </Form>
        </FormScope>
        {canSetTarget ? (
          <FormScope intent="antwoordtijd" defaults={{ answerTargetDays: String(targetDays) }}>
            <Form method="post" action={`${url}#antwoordtijd`} className="panel trust-target">
              <h3>Doel voor je antwoordtijd</h3>
              <p>Dit doel geldt voor iedereen in je organisatie.</p>
              <FormErrorSummary />
              <input type="hidden" name="intent" value="antwoordtijd" />
              <SelectField
                name="answerTargetDays"
                label="Antwoord binnen"
                required
                options={TARGET_CHOICES.map((n) => ({ value: n, label: days(Number(n)) }))}
              />
              <Button type="submit" appearance="secondary-action-button">
                Doel opslaan
              </Button>
            </Form>
          </FormScope>
        ) : (
          <p className="panel trust-target">
            Dit doel geldt voor iedereen in je organisatie. Alleen de beheerder van je organisatie
            kan het veranderen.
          </p>
        )}
      </section>

      <section aria-labelledby="beloftes">
        <h2 id="beloftes" tabIndex={-1}>
          Beloftes
        </h2>
        <p>Beloof alleen wat je waar kunt maken. Schrijf op wat je belooft, en wanneer.</p>
        {promises.length === 0 ? (
          <p>Je hebt nog geen beloftes opgeschreven.</p>
        ) : (
          <ul className="trust-list">
            {promises.map((promise) => (
              <PromiseItem
                key={promise.id}
                promise={promise}
                url={url}
                editing={editing === promise.id}
                removing={removing === promise.id}
              />
            ))}
          </ul>
        )}
        <FormScope intent="belofte-nieuw">
          <Form method="post" action={`${url}#belofte-nieuw`} id="belofte-nieuw" className="panel">
            <h3>Belofte toevoegen</h3>
            <FormErrorSummary />
            <input type="hidden" name="intent" value="belofte-nieuw" />
            <TextField
              name="what"
              label="Wat heb je beloofd?"
              required
              rows={2}
              maxLength={TRUST_LIMITS.what}
            />
            <TextField
              name="toWhom"
              label="Aan wie?"
              description="Zonder naam van de ouder. Bijvoorbeeld: de ouders van de koffieochtend."
              required
              maxLength={TRUST_LIMITS.fromWhom}
            />
            <TextField
              name="dueOn"
              label="Uiterlijk op"
              type="date"
              description="Bijvoorbeeld 14-03-2027."
              required
              maxLength={10}
            />
            <Button type="submit" appearance="primary-action-button">
              Belofte opslaan
            </Button>
          </Form>
        </FormScope>
      </section>

      <section aria-labelledby="vergoedingen">
        <h2 id="vergoedingen" tabIndex={-1}>
          Vergoedingen voor ouders
        </h2>
        <p>
          Wees vooraf duidelijk of ouders iets krijgen voor hun tijd, en wat. Schrijf op wat je hebt
          afgesproken.
        </p>
        <div className="trust-warning" role="note">
          <h3>Let op bij geld en waardebonnen</h3>
          <p>
            Krijgt een ouder een bijstandsuitkering of toeslagen? Dan kan geld of een waardebon
            meetellen als inkomen. Dat kan gevolgen hebben voor de uitkering.
          </p>
          <ul>
            <li>Vraag bij de gemeente (Werk en Inkomen) hoeveel een ouder mag krijgen.</li>
            <li>Vertel ouders dat ze een vergoeding misschien zelf moeten doorgeven.</li>
            <li>Twijfel je? Kies dan liever een klein cadeau of iets voor het hele gezin.</li>
          </ul>
        </div>
        {compensations.length === 0 ? (
          <p>Je hebt nog geen vergoedingen opgeschreven.</p>
        ) : (
          <div className="planning-table-wrap">
            <table className="data-table">
              <caption>Vergoedingen in dit plan</caption>
              <thead>
                <tr>
                  <th scope="col">Activiteit</th>
                  <th scope="col">Vorm</th>
                  <th scope="col">Bedrag</th>
                  <th scope="col">Afgesproken met</th>
                  <th scope="col">Betaald</th>
                  <th scope="col">Aanpassen</th>
                </tr>
              </thead>
              <tbody>
                {compensations.map((c) => (
                  <tr key={c.id}>
                    <td>{c.activity}</td>
                    <td>{COMPENSATION_FORMS.find((f) => f.key === c.form)?.label ?? c.form}</td>
                    <td>{formatEuros(c.amountCents)}</td>
                    <td>{c.agreedWith}</td>
                    <td>
                      {c.paidOn ? (
                        formatCalendarDate(c.paidOn)
                      ) : (
                        <Form method="post" className="trust-inline">
                          <input type="hidden" name="intent" value="vergoeding-betaald" />
                          <input type="hidden" name="id" value={c.id} />
                          <input type="hidden" name="paidOn" value={today} />
                          <Button type="submit" appearance="secondary-action-button">
                            Vandaag betaald<span className="visually-hidden">: {c.activity}</span>
                          </Button>
                        </Form>
                      )}
                    </td>
                    <td className="trust-actions">
                      <ListLink to={`${url}?wijzig=${c.id}#vergoeding-${c.id}`}>
                        Wijzigen<span className="visually-hidden">: {c.activity}</span>
                      </ListLink>{' '}
                      <ListLink to={`${url}?verwijder=${c.id}#verwijderen`}>
                        Verwijderen<span className="visually-hidden">: {c.activity}</span>
                      </ListLink>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    Totaal
                  </th>
                  <td>{formatEuros(compensationTotal)}</td>
                  <td colSpan={3} />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        {compensations
          .filter((c) => c.id === editing)
          .map((c) => (
            <CompensationEditForm key={c.id} compensation={c} url={url} />
          ))}
        {compensations
          .filter((c) => c.id === removing)
          .map((c) => (
            <ConfirmRemoval
              key={c.id}
              title="Vergoeding verwijderen?"
              text={`De vergoeding voor ${c.activity} wordt verwijderd. Dat kun je niet terugdraaien.`}
              intent="vergoeding-verwijderen"
              id={c.id}
              formAction={url}
              confirmLabel="Ja, verwijderen"
              cancelTo={`${url}#vergoedingen`}
            />
          ))}
        <FormScope intent="vergoeding-nieuw" defaults={{ compensationForm: 'waardebon' }}>
          <Form
            method="post"
            action={`${url}#vergoeding-nieuw`}
            id="vergoeding-nieuw"
            className="panel"
          >
            <h3>Vergoeding toevoegen</h3>
            <FormErrorSummary />
            <input type="hidden" name="intent" value="vergoeding-nieuw" />
            <TextField
              name="activity"
              label="Voor welke activiteit?"
              description="Bijvoorbeeld: meedoen aan de spiegelbijeenkomst van 14 maart."
              required
              maxLength={TRUST_LIMITS.what}
            />
            <SelectField
              name="compensationForm"
              label="Vorm"
              required
              options={COMPENSATION_FORMS.map((f) => ({ value: f.key, label: f.label }))}
            />
            <TextField
              name="amount"
              label="Bedrag in euro"
              description="Bijvoorbeeld 12,50. Bij een cadeau: wat het ongeveer kost."
              inputMode="text"
              maxLength={TRUST_LIMITS.amount}
            />
            <TextField
              name="agreedWith"
              label="Afgesproken met"
              description="Bijvoorbeeld: je leidinggevende, of de ouders van de koffieochtend."
              maxLength={TRUST_LIMITS.fromWhom}
            />
            <TextField
              name="paidOn"
              label="Betaald op"
              type="date"
              description="Leeg laten als het nog niet betaald is."
              maxLength={10}
            />
            <Button type="submit" appearance="primary-action-button">
              Vergoeding opslaan
            </Button>
          </Form>
        </FormScope>
      </section>
    </>
  );
}

function IncomingItem({ entry, today }: { entry: LoaderData['incoming'][number]; today: string }) {
  const channel = CHANNELS.find((c) => c.key === entry.channel)?.label ?? entry.channel;
  return (
    <li className={`panel trust-item trust-item--${entry.state}`}>
      <p>
        <strong>{formatDateTime(entry.receivedAt)}</strong>: {channel}, {entry.fromWhom}
      </p>
      {entry.about ? <p className="trust-pre">{entry.about}</p> : null}
      <p className="trust-state">
        {STATE_LABELS[entry.state]}
        {entry.answeredAt
          ? ` (${formatDateTime(entry.answeredAt)})`
          : `. Antwoord uiterlijk ${formatDateTime(entry.dueAt)}.`}
      </p>
      {entry.answeredAt ? null : (
        <FormScope intent="beantwoord" defaults={{ answeredOn: today }}>
          <Form method="post" className="trust-inline">
            <input type="hidden" name="intent" value="beantwoord" />
            <input type="hidden" name="id" value={entry.id} />
            <label htmlFor={`antwoord-${entry.id}`}>Beantwoord op</label>
            <input
              id={`antwoord-${entry.id}`}
              name="answeredOn"
              type="date"
              required
              defaultValue={today}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
            <label htmlFor={`antwoordtijd-${entry.id}`}>om</label>
            <input
              id={`antwoordtijd-${entry.id}`}
              name="answeredTime"
              type="time"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
            <Button type="submit" appearance="secondary-action-button">
              Opslaan<span className="visually-hidden">: beantwoord, {entry.fromWhom}</span>
            </Button>
          </Form>
        </FormScope>
      )}
    </li>
  );
}

function PromiseItem({
  promise,
  url,
  editing,
  removing,
}: {
  promise: LoaderData['promises'][number];
  url: string;
  editing: boolean;
  removing: boolean;
}) {
  const status = PROMISE_STATUSES.find((s) => s.key === promise.status)?.label ?? promise.status;
  if (editing) {
    return (
      <li className="trust-item" id={`belofte-${promise.id}`}>
        <PromiseEditForm promise={promise} url={url} />
      </li>
    );
  }
  return (
    <li
      className={`panel trust-item${promise.late ? ' trust-item--te-laat' : ''}`}
      id={`belofte-${promise.id}`}
    >
      <p>
        <strong>{promise.what}</strong>
      </p>
      <p>
        Aan {promise.toWhom}, uiterlijk {formatCalendarDate(promise.dueOn)}.{' '}
        <span className="trust-state">{promise.late ? 'Over de datum' : status}</span>
      </p>
      {promise.howKept ? <p className="trust-pre">Hoe: {promise.howKept}</p> : null}
      <p className="trust-actions">
        <ListLink to={`${url}?wijzig=${promise.id}#belofte-${promise.id}`}>
          Wijzigen<span className="visually-hidden">: {promise.what}</span>
        </ListLink>{' '}
        <ListLink to={`${url}?verwijder=${promise.id}#verwijderen`}>
          Verwijderen<span className="visually-hidden">: {promise.what}</span>
        </ListLink>
      </p>
      {removing ? (
        <ConfirmRemoval
          title="Belofte verwijderen?"
          text={`De belofte "${promise.what}" wordt verwijderd. Dat kun je niet terugdraaien.`}
          intent="belofte-verwijderen"
          id={promise.id}
          formAction={url}
          confirmLabel="Ja, verwijderen"
          cancelTo={`${url}#belofte-${promise.id}`}
        />
      ) : null}
      {promise.status === 'open' ? (
        <FormScope intent="belofte-klaar" defaults={{ promiseStatus: 'nagekomen' }}>
          <Form method="post" className="trust-close">
            <input type="hidden" name="intent" value="belofte-klaar" />
            <input type="hidden" name="id" value={promise.id} />
            <fieldset>
              <legend>Hoe is het gegaan met: {promise.what}</legend>
              <SelectField
                name="promiseStatus"
                label="Uitkomst"
                required
                options={PROMISE_STATUSES.filter((s) => s.key !== 'open').map((s) => ({
                  value: s.key,
                  label: s.label,
                }))}
              />
              <TextField
                name="howKept"
                label="Hoe heb je het gedaan, of wat ging er mis?"
                rows={2}
                maxLength={TRUST_LIMITS.howKept}
              />
              <Button type="submit" appearance="secondary-action-button">
                Opslaan
              </Button>
            </fieldset>
          </Form>
        </FormScope>
      ) : null}
    </li>
  );
}

function PromiseEditForm({
  promise,
  url,
}: {
  promise: LoaderData['promises'][number];
  url: string;
}) {
  const intent = 'belofte-wijzig';
  const conflict = useEditConflict(intent, promise.id);
  const back = `${url}#belofte-${promise.id}`;
  return (
    <FormScope
      intent={intent}
      defaults={{ what: promise.what, toWhom: promise.toWhom, dueOn: promise.dueOn }}
    >
      <Form
        method="post"
        action={`${url}?wijzig=${promise.id}#belofte-${promise.id}`}
        className="panel"
      >
        <h3>Belofte wijzigen</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="id" value={promise.id} />
        <HiddenToken intent={intent} name="updatedAt" loaded={promise.updatedAt} id={promise.id} />
        <TextField
          name="what"
          label="Wat heb je beloofd?"
          required
          rows={2}
          maxLength={TRUST_LIMITS.what}
        />
        <TextField
          name="toWhom"
          label="Aan wie?"
          description="Zonder naam van de ouder."
          required
          maxLength={TRUST_LIMITS.fromWhom}
        />
        <TextField
          name="dueOn"
          label="Uiterlijk op"
          type="date"
          description="Bijvoorbeeld 14-03-2027."
          required
          maxLength={10}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : 'Wijziging opslaan'}
          </Button>
          {conflict ? <KeepStoredLink to={back} /> : <ListLink to={back}>Annuleren</ListLink>}
        </div>
      </Form>
    </FormScope>
  );
}

function CompensationEditForm({
  compensation,
  url,
}: {
  compensation: LoaderData['compensations'][number];
  url: string;
}) {
  const intent = 'vergoeding-wijzig';
  const conflict = useEditConflict(intent, compensation.id);
  const back = `${url}#vergoedingen`;
  return (
    <FormScope
      intent={intent}
      defaults={{
        activity: compensation.activity,
        compensationForm: compensation.form,
        amount: (compensation.amountCents / 100).toFixed(2).replace('.', ','),
        agreedWith: compensation.agreedWith,
        paidOn: compensation.paidOn ?? '',
      }}
    >
      <Form
        method="post"
        action={`${url}?wijzig=${compensation.id}#vergoeding-${compensation.id}`}
        id={`vergoeding-${compensation.id}`}
        className="panel"
      >
        <h3>Vergoeding wijzigen</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="id" value={compensation.id} />
        <HiddenToken
          intent={intent}
          name="updatedAt"
          loaded={compensation.updatedAt}
          id={compensation.id}
        />
        <TextField
          name="activity"
          label="Voor welke activiteit?"
          required
          maxLength={TRUST_LIMITS.what}
        />
        <SelectField
          name="compensationForm"
          label="Vorm"
          required
          options={COMPENSATION_FORMS.map((f) => ({ value: f.key, label: f.label }))}
        />
        <TextField
          name="amount"
          label="Bedrag in euro"
          description="Bijvoorbeeld 12,50."
          inputMode="text"
          maxLength={TRUST_LIMITS.amount}
        />
        <TextField name="agreedWith" label="Afgesproken met" maxLength={TRUST_LIMITS.fromWhom} />
        <TextField
          name="paidOn"
          label="Betaald op"
          type="date"
          description="Leeg laten als het nog niet betaald is."
          maxLength={10}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : 'Wijziging opslaan'}
          </Button>
          {conflict ? <KeepStoredLink to={back} /> : <ListLink to={back}>Annuleren</ListLink>}
        </div>
      </Form>
    </FormScope>
  );
}
