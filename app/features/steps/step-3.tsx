import { Button } from '@utrecht/component-library-react';
import { data, Form, useActionData, useSearchParams } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import {
  EditConflictNotice,
  HiddenToken,
  KeepStoredLink,
  SAVE_MINE,
  useEditConflict,
} from '~/components/edit-conflict';
import {
  CheckboxField,
  FormErrorSummary,
  FormScope,
  SelectField,
  TextField,
} from '~/components/form';
import { ListLink } from '~/components/list-link';
import { listContactPersons } from '~/features/contacts/contacts.server';
import {
  listCategories,
  listPlanPlaces,
  setTopThree,
} from '~/features/overzichtskaart/places.server';
import {
  describeRepeat,
  scheduleDefaults,
  scheduleValues,
} from '~/features/planning/schedule-fields';
import { ScheduleFields } from '~/features/planning/schedule-form';
import { CONTACT_MOMENT_STATUSES, labelOf, STEPS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { markStepStarted, setPlanningDiscussed } from '~/features/plans/plans.server';
import { ownsRegister } from '~/features/teams/roles';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { answerUnsavedEdit } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { type FormResult, type FormValues, parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/step-3';
import {
  type ContactMoment,
  type ContactMomentFields,
  createContactMoment,
  deleteContactMoment,
  listContactMoments,
  updateContactMoment,
} from './step-3.server';
import {
  createContactMomentSchema,
  deleteContactMomentSchema,
  planningDiscussedSchema,
  STEP3_LIMITS,
  TOP_RANKS,
  topThreeEntries,
  topThreeSchema,
  updateContactMomentSchema,
} from './step-3-schemas';
import './steps-3-4.css';
import { saveStepStatus } from './step-status.server';
import { STEP_STATUS_INTENT, StepStatusForm } from './step-status-form';

const STEP = STEPS[2];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope, access } = await loadPlanContext(request, params.planId);
  const places = await listPlanPlaces(db, scope);
  const categories = await listCategories(db, scope);
  const moments = await listContactMoments(db, scope);
  const persons = await listContactPersons(db, scope);
  const editId = new URL(request.url).searchParams.get('wijzig');
  const editing = editId ? moments.find((m) => m.id === editId) : undefined;
  if (editId && !editing) notFound();

  return {
    plan: {
      id: plan.id,
      title: plan.title,
      stepStatus: plan.steps[STEP.number],
      planningDiscussedOn: plan.planningDiscussedOn,
    },
    places: places.map((p) => ({
      id: p.id,
      name: p.name,
      organisationName: p.organisationName,
      contactPerson: p.contactPerson,
      phone: p.phone,
      phoneNormalized: p.phoneNormalized,
      topRank: p.topRank,
      topReason: p.topReason,
      contacts: persons
        .filter((person) => person.placeId === p.id)
        .map((person) => ({ id: person.id, name: person.name, role: person.role })),
    })),
    categoryCounts: countByCategory(places, categories),
    moments,
    editingId: editing?.id ?? null,
    today: todayInAmsterdam(),
    // A partner or guest from another organisation does not get the whole contacts register.
    canExportRegister: ownsRegister(access.level),
  };
}

function countByCategory(
  places: { category: string }[],
  categories: { key: string; label: string }[],
) {
  const counts = categories
    .map((c) => ({ label: c.label, count: places.filter((p) => p.category === c.key).length }))
    .filter((c) => c.count > 0);
  const known = new Set(categories.map((c) => c.key));
  const other = places.filter((p) => !known.has(p.category)).length;
  return other > 0 ? [...counts, { label: 'Overig', count: other }] : counts;
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await loadPlanContext(request, params.planId);
  const { db, scope } = ctx;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const stepUrl = `/plannen/${scope.planId}/stap/${STEP.number}`;

  if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, STEP.number, formData);

  if (intent === 'top-3') {
    const parsed = parseForm(topThreeSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await setTopThree(db, { ...scope, top: topThreeEntries(parsed.data) });
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#top-3`, {
      kind: 'ok',
      text: 'Je top 3 is opgeslagen.',
    });
  }

  if (intent === 'contactmoment-nieuw') {
    const parsed = parseForm(createContactMomentSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await createContactMoment(db, { ...scope, fields: momentFields(parsed.data) });
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#planning`, {
      kind: 'ok',
      text: 'Het contactmoment staat in de planning.',
    });
  }

  if (intent === 'contactmoment-wijzig') {
    const parsed = parseForm(updateContactMomentSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    const fields = momentFields(parsed.data);
    const result = await updateContactMoment(db, {
      ...scope,
      contactMomentId: parsed.data.id,
      updatedAt: parsed.data.updatedAt,
      fields,
    });
    if (!result.ok) {
      const places = await listPlanPlaces(db, scope);
      const answer = await answerUnsavedEdit(result, {
        intent,
        values: parsed.values,
        mine: fields,
        labels: MOMENT_LABELS,
        show: (version: ContactMomentFields) => shownMoment(version, places),
        stored: async () =>
          (await listContactMoments(db, scope)).find((m) => m.id === parsed.data.id),
        restore: async () => {
          const id = await createContactMoment(db, { ...scope, fields });
          await markStepStarted(db, { ...scope, step: STEP.number });
          return redirectWithFlash(request, `${stepUrl}#contactmoment-${id}`, {
            kind: 'warning',
            text: 'Iemand had dit contactmoment intussen verwijderd. We hebben het weer in de planning gezet, met jouw wijzigingen. Is het niet meer nodig? Verwijder het dan opnieuw.',
          });
        },
      });
      if (answer) return answer;
    }
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#contactmoment-${parsed.data.id}`, {
      kind: 'ok',
      text: 'Het contactmoment is gewijzigd.',
    });
  }

  if (intent === 'contactmoment-verwijderen') {
    const parsed = parseForm(deleteContactMomentSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await deleteContactMoment(db, { ...scope, contactMomentId: parsed.data.id });
    return redirectWithFlash(request, `${stepUrl}#planning`, {
      kind: 'ok',
      text: 'Het contactmoment is uit de planning gehaald.',
    });
  }

  if (intent === 'planning-besproken') {
    const parsed = parseForm(planningDiscussedSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    const discussedOn = parsed.data.planningDiscussed
      ? parsed.data.planningDiscussedOn || todayInAmsterdam()
      : null;
    await setPlanningDiscussed(db, { ...scope, discussedOn });
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#planning-besproken`, {
      kind: 'ok',
      text: discussedOn
        ? `Opgeslagen: de planning is besproken op ${formatCalendarDate(discussedOn)}.`
        : 'Opgeslagen: de planning is nog niet besproken.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function invalid(intent: string, parsed: Extract<FormResult<unknown>, { ok: false }>) {
  return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
}

type ParsedMoment = {
  placeId: string;
  withWhom: string;
  plannedOn: string;
  plannedTime: string;
  purpose: string;
  momentStatus: ContactMomentFields['status'];
  discussedWithManager: boolean;
  discussedOn: string;
  duration: string;
  repeat: string;
  repeatUntil: string;
};

/** Ticking "besproken" without a date means: discussed today. A date alone also counts. */
function momentFields(parsed: ParsedMoment): ContactMomentFields {
  const discussed = parsed.discussedWithManager || parsed.discussedOn !== '';
  return {
    placeId: parsed.placeId || null,
    withWhom: parsed.withWhom,
    plannedOn: parsed.plannedOn,
    plannedTime: parsed.plannedTime,
    purpose: parsed.purpose,
    status: parsed.momentStatus,
    discussedWithManager: discussed,
    discussedOn: discussed ? parsed.discussedOn || todayInAmsterdam() : null,
    ...scheduleValues(parsed),
  };
}

const MOMENT_LABELS = {
  withWhom: 'Met wie',
  place: 'Plek',
  plannedOn: 'Datum',
  plannedTime: 'Tijd',
  repeat: 'Herhaling',
  purpose: 'Wat',
  status: 'Hoe staat het ervoor',
  discussed: 'Leidinggevende',
};

/** A contact moment as the user reads it, to compare two versions. */
function shownMoment(
  moment: ContactMomentFields,
  places: { id: string; name: string }[],
): Record<keyof typeof MOMENT_LABELS, string> {
  return {
    withWhom: moment.withWhom,
    place: moment.placeId ? (places.find((p) => p.id === moment.placeId)?.name ?? '') : '',
    plannedOn: formatCalendarDate(moment.plannedOn),
    plannedTime: moment.plannedTime,
    repeat: momentRepeat(moment) || 'Eén keer',
    purpose: moment.purpose,
    status: labelOf(CONTACT_MOMENT_STATUSES, moment.status),
    discussed: moment.discussedWithManager
      ? `Besproken${moment.discussedOn ? ` op ${formatCalendarDate(moment.discussedOn)}` : ''}`
      : 'Nog niet besproken',
  };
}

type LoaderData = Route.ComponentProps['loaderData'];
type PlaceOption = LoaderData['places'][number];

export default function Step3({ loaderData }: Route.ComponentProps) {
  const { plan, places, categoryCounts, moments, editingId, today } = loaderData;
  const mapUrl = `/plannen/${plan.id}/overzichtskaart`;
  const placeCount = places.length;
  return (
    <>
      <title>{`Stap 3: ${STEP.title} – ${plan.title} – Ouders in de wijk`}</title>
      <h1>
        <span className="s3-print-only">{plan.title} – </span>
        Stap 3: {STEP.title}
      </h1>

      <div className="guidance no-print">
        <p>
          Ouders zijn vaak te vinden op plekken waar ze toch al komen. Denk aan het schoolplein, het
          consultatiebureau, de markt, de sportclub of de moskee en de kerk.
        </p>
        <p>
          Zet die plekken op de overzichtskaart. Vraag ook bewoners die veel in de buurt doen: zij
          weten vaak waar ouders samenkomen.
        </p>
        <p>
          Kies daarna je top 3: de mensen en organisaties die je als eerste benadert. Maak een
          planning wie je wanneer spreekt, en bespreek die met je leidinggevende.
        </p>
      </div>

      <section aria-labelledby="kaart-titel" className="s3-map-card no-print">
        <h2 id="kaart-titel">Overzichtskaart: waar kun je ouders ontmoeten?</h2>
        {placeCount === 0 ? (
          <p>Er staan nog geen plekken op de kaart van dit plan.</p>
        ) : (
          <>
            <p>
              {placeCount === 1
                ? 'Er staat 1 plek op de kaart.'
                : `Er staan ${placeCount} plekken op de kaart.`}
            </p>
            <ul className="s3-map-card__counts">
              {categoryCounts.map((c) => (
                <li key={c.label}>
                  {c.label}: <strong>{c.count}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <ListLink
            to={mapUrl}
            className="utrecht-button-link utrecht-button-link--primary-action s3-map-card__link"
          >
            {placeCount === 0 ? 'Plekken op de kaart zetten' : 'Naar de overzichtskaart'}
          </ListLink>
        </p>
        <p className="s3-calendar-links">
          <span>Opslaan als spreadsheet:</span>
          <a href={`/plannen/${plan.id}/export/ontmoetingsplekken.xlsx`} download>
            ontmoetingsplekken (Excel)
          </a>
          <a href={`/plannen/${plan.id}/export/ontmoetingsplekken.csv`} download>
            ontmoetingsplekken (CSV)
          </a>
          {loaderData.canExportRegister ? (
            <>
              <a href={`/plannen/${plan.id}/export/contactpersonen.xlsx`} download>
                contactpersonen (Excel)
              </a>
              <a href={`/plannen/${plan.id}/export/contactpersonen.csv`} download>
                contactpersonen (CSV)
              </a>
            </>
          ) : null}
        </p>
      </section>

      <TopThree places={places} mapUrl={mapUrl} stepUrl={`/plannen/${plan.id}/stap/3`} />

      <Planning
        planId={plan.id}
        moments={moments}
        places={places}
        editingId={editingId}
        discussedOn={plan.planningDiscussedOn}
        today={today}
      />

      <section aria-labelledby="stap-status-titel" className="no-print">
        <h2 id="stap-status-titel">Hoe ver ben je?</h2>
        <StepStatusForm status={plan.stepStatus} />
      </section>
    </>
  );
}

function placeLabel(place: { name: string; organisationName: string }) {
  return place.organisationName && place.organisationName !== place.name
    ? `${place.name} (${place.organisationName})`
    : place.name;
}

function TopThree({
  places,
  mapUrl,
  stepUrl,
}: {
  places: PlaceOption[];
  mapUrl: string;
  stepUrl: string;
}) {
  const top = TOP_RANKS.map((rank) => ({
    rank,
    place: places.find((p) => p.topRank === rank),
  }));
  const defaults: FormValues = {};
  for (const { rank, place } of top) {
    defaults[`top${rank}`] = place?.id ?? '';
    defaults[`reason${rank}`] = place?.topReason ?? '';
  }
  const chosen = top.filter((t) => t.place);
  const failure = useActionData() as { intent?: string } | undefined;
  const formOpen = chosen.length === 0 || failure?.intent === 'top-3';
  return (
    <section aria-labelledby="top-3" className="s3-top">
      <h2 id="top-3" tabIndex={-1}>
        Top 3: wie benader je eerst?
      </h2>
      {chosen.length === 0 ? (
        <p className="no-print">Je hebt nog geen top 3 gekozen.</p>
      ) : (
        <ol className="s3-top__list">
          {chosen.map(({ rank, place }) =>
            place ? (
              <li key={rank} className="s3-top__item">
                <span className="s3-top__rank" aria-hidden="true">
                  {rank}
                </span>
                <div>
                  <h3>
                    <span className="visually-hidden">Nummer {rank}: </span>
                    {place.name}
                  </h3>
                  <dl className="s3-facts">
                    {place.organisationName ? (
                      <div>
                        <dt>Organisatie</dt>
                        <dd>{place.organisationName}</dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>Contactpersoon</dt>
                      <dd>{place.contactPerson || 'Nog niet bekend'}</dd>
                    </div>
                    <div>
                      <dt>Telefoon</dt>
                      <dd>
                        {place.phone === '' ? (
                          'Nog niet bekend'
                        ) : place.phoneNormalized ? (
                          <a href={`tel:${place.phoneNormalized}`}>{place.phone}</a>
                        ) : (
                          place.phone
                        )}
                      </dd>
                    </div>
                    {place.contacts.length > 0 ? (
                      <div>
                        <dt>In je contacten</dt>
                        <dd>
                          <ul className="s3-top__contacts">
                            {place.contacts.map((c) => (
                              <li key={c.id}>
                                <ListLink to={`/contacten/${c.id}`}>{c.name}</ListLink>
                                {c.role ? ` (${c.role})` : ''}
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>Waarom</dt>
                      <dd className="s3-pre">{place.topReason || 'Geen reden opgeschreven.'}</dd>
                    </div>
                  </dl>
                </div>
              </li>
            ) : null,
          )}
        </ol>
      )}

      {places.length === 0 ? (
        <p className="no-print">
          Je kunt pas een top 3 kiezen als er plekken op de kaart staan.{' '}
          <ListLink to={mapUrl}>Zet eerst plekken op de overzichtskaart.</ListLink>
        </p>
      ) : (
        <details className="s3-top__details no-print" open={formOpen}>
          <summary>{chosen.length === 0 ? 'Top 3 kiezen' : 'Top 3 wijzigen'}</summary>
          <FormScope intent="top-3" defaults={defaults}>
            <Form
              method="post"
              action={`${stepUrl}#top-3-formulier`}
              id="top-3-formulier"
              className="panel s3-top__form"
            >
              <FormErrorSummary />
              <input type="hidden" name="intent" value="top-3" />
              <p className="s3-hint">
                Kies plekken van de kaart. Schrijf kort op waarom je daar begint, bijvoorbeeld:
                "veel ouders halen hier hun kinderen op".
              </p>
              <div className="s3-top__grid">
                {TOP_RANKS.map((rank) => (
                  <fieldset key={rank} className="s3-top__choice">
                    <legend>Nummer {rank}</legend>
                    <SelectField
                      name={`top${rank}`}
                      label={`Plek voor nummer ${rank}`}
                      placeholder="Nog niet gekozen"
                      options={places.map((p) => ({ value: p.id, label: placeLabel(p) }))}
                    />
                    <TextField
                      name={`reason${rank}`}
                      label={`Waarom nummer ${rank}?`}
                      rows={3}
                      maxLength={STEP3_LIMITS.reason}
                    />
                  </fieldset>
                ))}
              </div>
              <Button type="submit" appearance="primary-action-button">
                Top 3 opslaan
              </Button>
            </Form>
          </FormScope>
        </details>
      )}
    </section>
  );
}

function Planning({
  planId,
  moments,
  places,
  editingId,
  discussedOn,
  today,
}: {
  planId: string;
  moments: ContactMoment[];
  places: PlaceOption[];
  editingId: string | null;
  discussedOn: string | null;
  today: string;
}) {
  const stepUrl = `/plannen/${planId}/stap/3`;
  return (
    <section aria-labelledby="planning" className="s3-planning">
      <h2 id="planning" tabIndex={-1}>
        Planning: wie spreek je wanneer?
      </h2>
      <p className="s3-calendar-links no-print">
        <a href={`/plannen/${planId}/planning.ics`} download>
          Hele planning in je agenda zetten (.ics)
        </a>
        <ListLink to={`/plannen/${planId}/planning`}>
          Planning per week, maand of als lijst
        </ListLink>
        <ListLink to="/agenda">Abonneren met je agenda</ListLink>
      </p>
      <p className="s3-hint no-print">
        Zet hier wie je wilt spreken en wanneer. <strong>Planning afdrukken?</strong> Kies in je
        browser Afdrukken (Ctrl+P, op een Mac Cmd+P). Je krijgt dan een nette tabel zonder knoppen,
        handig voor het gesprek met je leidinggevende.
      </p>

      {moments.length === 0 ? (
        <p>Er staat nog niets in de planning.</p>
      ) : (
        <>
          <ol className="s3-moments no-print">
            {moments.map((moment) =>
              moment.id === editingId ? (
                <li key={moment.id} id={`contactmoment-${moment.id}`} className="s3-moment">
                  <ContactMomentForm
                    intent="contactmoment-wijzig"
                    title={`Contactmoment met ${moment.withWhom} wijzigen`}
                    places={places}
                    moment={moment}
                    action={`${stepUrl}?wijzig=${moment.id}#contactmoment-${moment.id}`}
                    cancelUrl={`${stepUrl}#contactmoment-${moment.id}`}
                  />
                </li>
              ) : (
                <MomentItem key={moment.id} moment={moment} stepUrl={stepUrl} today={today} />
              ),
            )}
          </ol>
          <PlanningTable moments={moments} discussedOn={discussedOn} />
        </>
      )}

      {editingId ? (
        <p className="no-print">
          <ListLink to={`${stepUrl}#planning`}>Stoppen met wijzigen</ListLink>
        </p>
      ) : (
        <ContactMomentForm
          intent="contactmoment-nieuw"
          title="Contactmoment toevoegen"
          places={places}
          action={`${stepUrl}#contactmoment-toevoegen`}
          id="contactmoment-toevoegen"
        />
      )}

      <PlanningDiscussed discussedOn={discussedOn} stepUrl={stepUrl} />
    </section>
  );
}

function momentRepeat(moment: {
  plannedOn: string;
  repeatWeeks: number | null;
  repeatUntil: string | null;
}) {
  return describeRepeat(
    { date: moment.plannedOn, repeatWeeks: moment.repeatWeeks, repeatUntil: moment.repeatUntil },
    formatCalendarDate,
  );
}

function momentWhen(moment: { plannedOn: string; plannedTime: string }) {
  const day = formatCalendarDate(moment.plannedOn);
  return moment.plannedTime ? `${day}, ${moment.plannedTime} uur` : day;
}

/** The last day a repeating moment happens; far ahead when it has no end date. */
function lastDate(moment: ContactMoment) {
  return moment.repeatUntil ?? '9999-12-31';
}

function MomentItem({
  moment,
  stepUrl,
  today,
}: {
  moment: ContactMoment;
  stepUrl: string;
  today: string;
}) {
  const [searchParams] = useSearchParams();
  const planUrl = stepUrl.replace(/\/stap\/3$/, '');
  const overdue =
    moment.status === 'gepland' &&
    (moment.repeatWeeks ? lastDate(moment) : moment.plannedOn) < today;
  return (
    <li id={`contactmoment-${moment.id}`} className="s3-moment panel">
      <div className="s3-moment__head">
        <h3>
          {momentWhen(moment)}: {moment.withWhom}
        </h3>
        <span className={`s3-badge s3-badge--${moment.status}`}>
          {labelOf(CONTACT_MOMENT_STATUSES, moment.status)}
        </span>
      </div>
      <dl className="s3-facts">
        {moment.repeatWeeks ? (
          <div>
            <dt>Herhaling</dt>
            <dd>{momentRepeat(moment)}</dd>
          </div>
        ) : null}
        {moment.placeName ? (
          <div>
            <dt>Plek</dt>
            <dd>{moment.placeName}</dd>
          </div>
        ) : null}
        {moment.purpose ? (
          <div>
            <dt>Wat</dt>
            <dd className="s3-pre">{moment.purpose}</dd>
          </div>
        ) : null}
        <div>
          <dt>Leidinggevende</dt>
          <dd>
            {moment.discussedWithManager
              ? `Besproken${moment.discussedOn ? ` op ${formatCalendarDate(moment.discussedOn)}` : ''}`
              : 'Nog niet besproken'}
          </dd>
        </div>
      </dl>
      {overdue ? (
        <p className="s3-overdue">
          Deze datum is voorbij. Is het gesprek geweest? Zet het dan op gedaan of afgezegd.
        </p>
      ) : null}
      <div className="s3-row-actions">
        <ListLink to={`${stepUrl}?wijzig=${moment.id}#contactmoment-${moment.id}`}>
          Wijzigen<span className="visually-hidden">: {moment.withWhom}</span>
        </ListLink>
        <a href={`${planUrl}/agenda/contactmoment-${moment.id}.ics`} download>
          In je agenda zetten<span className="visually-hidden">: {moment.withWhom}</span>
        </a>
        <ListLink
          className="s3-delete"
          to={`${stepUrl}?verwijder=${moment.id}#contactmoment-${moment.id}`}
        >
          Verwijderen<span className="visually-hidden">: {moment.withWhom}</span>
        </ListLink>
      </div>
      {searchParams.get('verwijder') === moment.id ? (
        <ConfirmRemoval
          title="Contactmoment verwijderen?"
          text={`Het contactmoment met ${moment.withWhom} gaat uit de planning. Dit kun je niet terugdraaien.`}
          intent="contactmoment-verwijderen"
          id={moment.id}
          formAction={stepUrl}
          confirmLabel="Ja, verwijderen"
          cancelTo={`${stepUrl}#contactmoment-${moment.id}`}
        />
      ) : null}
    </li>
  );
}

function ContactMomentForm({
  intent,
  title,
  places,
  moment,
  action,
  id,
  cancelUrl,
}: {
  intent: string;
  title: string;
  places: PlaceOption[];
  moment?: ContactMoment;
  /** Ends in a #fragment, so a browser without JavaScript shows this form again on an error. */
  action: string;
  id?: string;
  cancelUrl?: string;
}) {
  const defaults: FormValues = moment
    ? {
        id: moment.id,
        withWhom: moment.withWhom,
        placeId: moment.placeId ?? '',
        plannedOn: moment.plannedOn,
        plannedTime: moment.plannedTime,
        purpose: moment.purpose,
        momentStatus: moment.status,
        discussedWithManager: moment.discussedWithManager ? 'on' : '',
        discussedOn: moment.discussedOn ?? '',
        ...scheduleDefaults(moment),
      }
    : { momentStatus: 'gepland', repeat: 'nee', duration: '' };
  const options = places.map((p) => ({ value: p.id, label: placeLabel(p) }));
  if (moment?.placeId && !places.some((p) => p.id === moment.placeId)) {
    options.push({ value: moment.placeId, label: moment.placeName ?? 'Plek van eerder' });
  }
  const conflict = useEditConflict(intent, moment?.id);
  return (
    <FormScope intent={intent} defaults={defaults}>
      <Form method="post" action={action} id={id} className="panel s3-moment-form no-print">
        <h3 id={`${intent}-titel`}>{title}</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {moment ? (
          <>
            <input type="hidden" name="id" value={moment.id} />
            <HiddenToken
              intent={intent}
              name="updatedAt"
              loaded={moment.updatedAt}
              id={moment.id}
            />
          </>
        ) : null}
        <TextField
          name="withWhom"
          label="Met wie?"
          description="Naam van de persoon of organisatie."
          required
          maxLength={STEP3_LIMITS.withWhom}
        />
        {options.length > 0 ? (
          <SelectField
            name="placeId"
            label="Bij welke plek van de kaart hoort dit?"
            placeholder="Geen plek"
            options={options}
          />
        ) : null}
        <div className="s3-form-row">
          <TextField
            name="plannedOn"
            label="Datum"
            type="date"
            description="Bijvoorbeeld 14-03-2027."
            required
            maxLength={10}
          />
          <TextField
            name="plannedTime"
            label="Tijd"
            type="time"
            description="Bijvoorbeeld 09:30."
            maxLength={5}
          />
        </div>
        <ScheduleFields />
        <TextField
          name="purpose"
          label="Wat wil je bespreken of bereiken?"
          rows={3}
          maxLength={STEP3_LIMITS.purpose}
        />
        <SelectField
          name="momentStatus"
          label="Hoe staat het ervoor?"
          required
          options={CONTACT_MOMENT_STATUSES.map((s) => ({ value: s.key, label: s.label }))}
        />
        <fieldset className="s3-manager">
          <legend>Leidinggevende</legend>
          <CheckboxField name="discussedWithManager" label="Besproken met mijn leidinggevende" />
          <TextField
            name="discussedOn"
            label="Besproken op"
            type="date"
            description="Vink je het vakje aan en laat je de datum leeg? Dan zetten we de datum van vandaag."
            maxLength={10}
          />
        </fieldset>
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : moment ? 'Wijziging opslaan' : 'Toevoegen aan de planning'}
          </Button>
          {cancelUrl && conflict ? <KeepStoredLink to={cancelUrl} /> : null}
          {cancelUrl && !conflict ? <ListLink to={cancelUrl}>Annuleren</ListLink> : null}
        </div>
      </Form>
    </FormScope>
  );
}

function PlanningTable({
  moments,
  discussedOn,
}: {
  moments: ContactMoment[];
  discussedOn: string | null;
}) {
  return (
    <div className="s3-print-table s3-print-only">
      <table className="data-table">
        <caption>
          Planning van de contactmomenten
          {discussedOn
            ? `. Besproken met de leidinggevende op ${formatCalendarDate(discussedOn)}.`
            : '. Nog niet besproken met de leidinggevende.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Met wie</th>
            <th scope="col">Plek</th>
            <th scope="col">Wat</th>
            <th scope="col">Stand</th>
            <th scope="col">Besproken met leiding&shy;gevende</th>
          </tr>
        </thead>
        <tbody>
          {moments.map((m) => (
            <tr key={m.id}>
              <td>
                {momentWhen(m)}
                {m.repeatWeeks ? `. ${momentRepeat(m)}` : ''}
              </td>
              <td>{m.withWhom}</td>
              <td>{m.placeName ?? ''}</td>
              <td className="s3-pre">{m.purpose}</td>
              <td>{labelOf(CONTACT_MOMENT_STATUSES, m.status)}</td>
              <td>
                {m.discussedWithManager
                  ? `Besproken${m.discussedOn ? ` op ${formatCalendarDate(m.discussedOn)}` : ''}`
                  : 'Nee'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PlanningDiscussed({
  discussedOn,
  stepUrl,
}: {
  discussedOn: string | null;
  stepUrl: string;
}) {
  return (
    <div className="s3-discussed no-print">
      <h3 id="planning-besproken" tabIndex={-1}>
        De planning met je leidinggevende
      </h3>
      <p className="s3-discussed__state">
        {discussedOn ? (
          <>
            Planning besproken met leidinggevende op{' '}
            <strong>{formatCalendarDate(discussedOn)}</strong>.
          </>
        ) : (
          'De planning is nog niet besproken met je leidinggevende.'
        )}
      </p>
      <FormScope
        intent="planning-besproken"
        defaults={{
          planningDiscussed: discussedOn ? 'on' : '',
          planningDiscussedOn: discussedOn ?? '',
        }}
      >
        <Form method="post" action={`${stepUrl}#planning-besproken`} className="panel no-print">
          <FormErrorSummary />
          <input type="hidden" name="intent" value="planning-besproken" />
          <CheckboxField
            name="planningDiscussed"
            label="Ik heb de planning besproken met mijn leidinggevende"
          />
          <TextField
            name="planningDiscussedOn"
            label="Datum van het gesprek"
            type="date"
            description="Laat je de datum leeg? Dan zetten we de datum van vandaag."
            maxLength={10}
          />
          <Button type="submit" appearance="secondary-action-button">
            Opslaan
          </Button>
        </Form>
      </FormScope>
    </div>
  );
}
