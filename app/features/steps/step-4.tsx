import {
  Button,
  Checkbox,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
} from '@utrecht/component-library-react';
import { data, Form, Link, useSearchParams } from 'react-router';
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
  useField,
} from '~/components/form';
import { listPlanPlaces } from '~/features/overzichtskaart/places.server';
import {
  describeRepeat,
  scheduleDefaults,
  scheduleValues,
} from '~/features/planning/schedule-fields';
import { ScheduleFields } from '~/features/planning/schedule-form';
import { labelOf, RELIABILITY_POINTS, STEPS, VISIT_STATUSES } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { markStepStarted } from '~/features/plans/plans.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { answerUnsavedEdit } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { type FormResult, type FormValues, parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/step-4';
import {
  createVisit,
  deleteVisit,
  listReliabilityChecks,
  listVisits,
  markVisitDone,
  saveReliabilityChecks,
  updateVisit,
  type Visit,
  type VisitFields,
} from './step-4.server';
import {
  createVisitSchema,
  reliabilityEntries,
  reliabilityFieldNames,
  reliabilitySchema,
  STEP4_LIMITS,
  updateVisitSchema,
  visitIdSchema,
} from './step-4-schemas';
import './steps-3-4.css';
import { saveStepStatus } from './step-status.server';
import { STEP_STATUS_INTENT, StepStatusForm } from './step-status-form';

const STEP = STEPS[3];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const places = await listPlanPlaces(db, scope);
  const visits = await listVisits(db, scope);
  const checks = await listReliabilityChecks(db, scope);
  const editId = new URL(request.url).searchParams.get('wijzig');
  const editing = editId ? visits.find((v) => v.id === editId) : undefined;
  if (editId && !editing) notFound();

  return {
    plan: { id: plan.id, title: plan.title, stepStatus: plan.steps[STEP.number] },
    places: places.map((p) => ({ id: p.id, name: p.name })),
    planned: visits.filter((v) => v.status === 'gepland'),
    done: visits.filter((v) => v.status === 'gedaan').reverse(),
    checks,
    editingId: editing?.id ?? null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await loadPlanContext(request, params.planId);
  const { db, scope } = ctx;
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const stepUrl = `/plannen/${scope.planId}/stap/${STEP.number}`;

  if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, STEP.number, formData);

  if (intent === 'bezoek-nieuw') {
    const parsed = parseForm(createVisitSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await createVisit(db, { ...scope, fields: visitFields(parsed.data) });
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#bezoeken`, {
      kind: 'ok',
      text: 'Het bezoek is opgeslagen.',
    });
  }

  if (intent === 'bezoek-wijzig') {
    const parsed = parseForm(updateVisitSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    const fields = visitFields(parsed.data);
    const result = await updateVisit(db, {
      ...scope,
      visitId: parsed.data.id,
      updatedAt: parsed.data.updatedAt,
      fields,
    });
    if (!result.ok) {
      const places = await listPlanPlaces(db, scope);
      const answer = await answerUnsavedEdit(result, {
        intent,
        values: parsed.values,
        mine: fields,
        labels: VISIT_LABELS,
        show: (version: VisitFields) => shownVisit(version, places),
        stored: async () => (await listVisits(db, scope)).find((v) => v.id === parsed.data.id),
        restore: async () => {
          const id = await createVisit(db, { ...scope, fields });
          await markStepStarted(db, { ...scope, step: STEP.number });
          return redirectWithFlash(request, `${stepUrl}#bezoek-${id}`, {
            kind: 'warning',
            text: 'Iemand had dit bezoek intussen verwijderd. We hebben het teruggezet, met jouw wijzigingen. Is het niet meer nodig? Verwijder het dan opnieuw.',
          });
        },
      });
      if (answer) return answer;
    }
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#bezoek-${parsed.data.id}`, {
      kind: 'ok',
      text: 'Het bezoek is gewijzigd.',
    });
  }

  if (intent === 'bezoek-gedaan') {
    const parsed = parseForm(visitIdSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await markVisitDone(db, { ...scope, visitId: parsed.data.id });
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(
      request,
      `${stepUrl}?wijzig=${parsed.data.id}#bezoek-${parsed.data.id}`,
      {
        kind: 'ok',
        text: 'Het bezoek staat op gedaan. Schrijf meteen op wat je hebt gezien en gehoord.',
      },
    );
  }

  if (intent === 'bezoek-verwijderen') {
    const parsed = parseForm(visitIdSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await deleteVisit(db, { ...scope, visitId: parsed.data.id });
    return redirectWithFlash(request, `${stepUrl}#bezoeken`, {
      kind: 'ok',
      text: 'Het bezoek is verwijderd.',
    });
  }

  if (intent === 'betrouwbaar') {
    const parsed = parseForm(reliabilitySchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await saveReliabilityChecks(db, { ...scope, checks: reliabilityEntries(parsed.data) });
    await markStepStarted(db, { ...scope, step: STEP.number });
    return redirectWithFlash(request, `${stepUrl}#betrouwbaar`, {
      kind: 'ok',
      text: 'De lijst over betrouwbaar zijn is opgeslagen.',
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function invalid(intent: string, parsed: Extract<FormResult<unknown>, { ok: false }>) {
  return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
}

/** Ticking "besproken" without a date means: discussed today. A date alone also counts. */
function visitFields(parsed: {
  placeId: string;
  placeText: string;
  withWhom: string;
  visitOn: string;
  visitTime: string;
  duration: string;
  repeat: string;
  repeatUntil: string;
  visitStatus: VisitFields['status'];
  parentsBusyWith: string;
  notes: string;
  discussedWithManager: boolean;
  discussedOn: string;
}): VisitFields {
  const discussed = parsed.discussedWithManager || parsed.discussedOn !== '';
  return {
    placeId: parsed.placeId || null,
    placeText: parsed.placeText,
    withWhom: parsed.withWhom,
    visitOn: parsed.visitOn,
    visitTime: parsed.visitTime,
    ...scheduleValues(parsed),
    status: parsed.visitStatus,
    parentsBusyWith: parsed.parentsBusyWith,
    notes: parsed.notes,
    discussedWithManager: discussed,
    discussedOn: discussed ? parsed.discussedOn || todayInAmsterdam() : null,
  };
}

function visitRepeat(visit: {
  visitOn: string;
  repeatWeeks: number | null;
  repeatUntil: string | null;
}) {
  return describeRepeat(
    { date: visit.visitOn, repeatWeeks: visit.repeatWeeks, repeatUntil: visit.repeatUntil },
    formatCalendarDate,
  );
}

function visitWhen(visit: { visitOn: string; visitTime: string }) {
  const day = formatCalendarDate(visit.visitOn);
  return visit.visitTime ? `${day}, ${visit.visitTime} uur` : day;
}

const VISIT_LABELS = {
  place: 'Plek van de kaart',
  placeText: 'Waar',
  withWhom: 'Met wie',
  visitOn: 'Datum',
  visitTime: 'Tijd',
  repeat: 'Herhaling',
  status: 'Gepland of gedaan',
  parentsBusyWith: 'Waar ouders mee bezig zijn',
  notes: 'Aantekeningen',
  discussed: 'Leidinggevende',
};

/** A visit as the user reads it, to compare two versions. */
function shownVisit(
  visit: VisitFields,
  places: { id: string; name: string }[],
): Record<keyof typeof VISIT_LABELS, string> {
  return {
    place: visit.placeId ? (places.find((p) => p.id === visit.placeId)?.name ?? '') : '',
    placeText: visit.placeText,
    withWhom: visit.withWhom,
    visitOn: formatCalendarDate(visit.visitOn),
    visitTime: visit.visitTime,
    repeat: visitRepeat(visit) || 'Eén keer',
    status: labelOf(VISIT_STATUSES, visit.status),
    parentsBusyWith: visit.parentsBusyWith,
    notes: visit.notes,
    discussed: visit.discussedWithManager
      ? `Besproken${visit.discussedOn ? ` op ${formatCalendarDate(visit.discussedOn)}` : ''}`
      : 'Nog niet besproken',
  };
}

type LoaderData = Route.ComponentProps['loaderData'];
type PlaceOption = LoaderData['places'][number];

export default function Step4({ loaderData }: Route.ComponentProps) {
  const { plan, places, planned, done, checks, editingId } = loaderData;
  const stepUrl = `/plannen/${plan.id}/stap/${STEP.number}`;
  return (
    <>
      <title>{`Stap 4: ${STEP.title} – ${plan.title} – Ouders in de wijk`}</title>
      <h1>Stap 4: {STEP.title}</h1>

      <div className="guidance">
        <p>
          Ouders werken pas met je samen als ze je kennen en vertrouwen. Dat vraagt tijd. Ga daarom
          vaak de wijk in: naar een koffieochtend, een buurtfeest of een wedstrijd.
        </p>
        <p>
          Luister vooral. Waar zijn ouders mee bezig? Waar maken ze zich zorgen over? Schrijf het na
          elk bezoek kort op, dan zie je wat steeds terugkomt.
        </p>
        <p>
          Vertrouwen bouw je ook door betrouwbaar te zijn. Gebruik de lijst hieronder om te kijken
          hoe je dat doet.
        </p>
      </div>

      <section aria-labelledby="bezoeken">
        <h2 id="bezoeken" tabIndex={-1}>
          Bezoeken in de wijk
        </h2>
        <p className="s3-calendar-links">
          <Link to={`/plannen/${plan.id}/vertrouwen`}>Antwoorden en beloftes bijhouden</Link>
          <Link to={`/plannen/${plan.id}/planning`}>Planning per week, maand of als lijst</Link>
          <a href={`/plannen/${plan.id}/planning.ics`} download>
            Hele planning in je agenda zetten (.ics)
          </a>
        </p>
        <VisitList
          title="Gepland"
          empty="Er staan geen bezoeken gepland."
          visits={planned}
          places={places}
          editingId={editingId}
          stepUrl={stepUrl}
        />
        <VisitList
          title="Gedaan"
          empty="Je hebt nog geen bezoeken gedaan."
          visits={done}
          places={places}
          editingId={editingId}
          stepUrl={stepUrl}
        />
        {editingId ? (
          <p>
            <Link to={`${stepUrl}#bezoeken`}>Stoppen met wijzigen</Link>
          </p>
        ) : (
          <VisitForm
            intent="bezoek-nieuw"
            title="Bezoek toevoegen"
            places={places}
            action={`${stepUrl}#bezoek-toevoegen`}
            id="bezoek-toevoegen"
          />
        )}
      </section>

      <ReliabilityChecklist checks={checks} stepUrl={stepUrl} />

      <section aria-labelledby="niet-alleen" className="s4-support">
        <h2 id="niet-alleen">Zorg dat het niet van jou alleen afhangt</h2>
        <p>
          Ouders bouwen een band op met jou. Maar als jij ziek wordt, een andere baan krijgt of op
          vakantie gaat, moet het contact doorgaan.
        </p>
        <ul>
          <li>Vertel je leidinggevende regelmatig wat je doet en wat je hebt afgesproken.</li>
          <li>
            Neem af en toe een collega mee naar een bezoek, zodat ouders ook die persoon kennen.
          </li>
          <li>
            Houd je bezoeken en afspraken bij in dit plan. Dan kan een ander het werk overnemen.
          </li>
        </ul>
      </section>

      <section aria-labelledby="stap-status-titel">
        <h2 id="stap-status-titel">Hoe ver ben je?</h2>
        <StepStatusForm status={plan.stepStatus} />
      </section>
    </>
  );
}

function VisitList({
  title,
  empty,
  visits,
  places,
  editingId,
  stepUrl,
}: {
  title: string;
  empty: string;
  visits: Visit[];
  places: PlaceOption[];
  editingId: string | null;
  stepUrl: string;
}) {
  return (
    <>
      <h3>
        {title} <span className="s4-count">({visits.length})</span>
      </h3>
      {visits.length === 0 ? (
        <p className="s4-empty">{empty}</p>
      ) : (
        <ol className="s4-visits">
          {visits.map((visit) =>
            visit.id === editingId ? (
              <li key={visit.id} id={`bezoek-${visit.id}`} className="s4-visit">
                <VisitForm
                  intent="bezoek-wijzig"
                  title={`Bezoek van ${formatCalendarDate(visit.visitOn)} wijzigen`}
                  places={places}
                  visit={visit}
                  action={`${stepUrl}?wijzig=${visit.id}#bezoek-${visit.id}`}
                  cancelUrl={`${stepUrl}#bezoek-${visit.id}`}
                />
              </li>
            ) : (
              <VisitItem key={visit.id} visit={visit} stepUrl={stepUrl} />
            ),
          )}
        </ol>
      )}
    </>
  );
}

function visitPlace(visit: Visit) {
  if (visit.placeName && visit.placeText) return `${visit.placeName} (${visit.placeText})`;
  return visit.placeName ?? (visit.placeText || 'Plek onbekend');
}

function VisitItem({ visit, stepUrl }: { visit: Visit; stepUrl: string }) {
  const [searchParams] = useSearchParams();
  const name = `${visitPlace(visit)}, ${formatCalendarDate(visit.visitOn)}`;
  const planUrl = stepUrl.replace(/\/stap\/4$/, '');
  return (
    <li id={`bezoek-${visit.id}`} className="s4-visit panel">
      <div className="s4-visit__head">
        <h4>
          {visitWhen(visit)}: {visitPlace(visit)}
        </h4>
        <span className={`s4-badge s4-badge--${visit.status}`}>
          {labelOf(VISIT_STATUSES, visit.status)}
        </span>
      </div>
      {visit.withWhom ? <p>{`Met: ${visit.withWhom}`}</p> : null}
      {visit.repeatWeeks ? <p>{visitRepeat(visit)}.</p> : null}
      <p>
        {visit.discussedWithManager
          ? `Besproken met je leidinggevende${visit.discussedOn ? ` op ${formatCalendarDate(visit.discussedOn)}` : ''}.`
          : 'Nog niet besproken met je leidinggevende.'}
      </p>
      {visit.parentsBusyWith ? (
        <>
          <p className="s4-label">Waar zijn ouders mee bezig?</p>
          <p className="s4-pre">{visit.parentsBusyWith}</p>
        </>
      ) : null}
      {visit.notes ? (
        <>
          <p className="s4-label">Aantekeningen</p>
          <p className="s4-pre">{visit.notes}</p>
        </>
      ) : null}
      <div className="s4-row-actions">
        <Link to={`${stepUrl}?wijzig=${visit.id}#bezoek-${visit.id}`}>
          Wijzigen<span className="visually-hidden">: {name}</span>
        </Link>
        {visit.status === 'gepland' ? (
          <Form method="post">
            <input type="hidden" name="intent" value="bezoek-gedaan" />
            <input type="hidden" name="id" value={visit.id} />
            <button type="submit" className="link-button">
              Zet op gedaan<span className="visually-hidden">: {name}</span>
            </button>
          </Form>
        ) : null}
        <a href={`${planUrl}/agenda/bezoek-${visit.id}.ics`} download>
          In je agenda zetten<span className="visually-hidden">: {name}</span>
        </a>
        <Link className="s4-delete" to={`${stepUrl}?verwijder=${visit.id}#bezoek-${visit.id}`}>
          Verwijderen<span className="visually-hidden">: {name}</span>
        </Link>
      </div>
      {searchParams.get('verwijder') === visit.id ? (
        <ConfirmRemoval
          title="Bezoek verwijderen?"
          text={`Het bezoek (${name}) gaat uit de lijst. Dit kun je niet terugdraaien.`}
          intent="bezoek-verwijderen"
          id={visit.id}
          formAction={stepUrl}
          confirmLabel="Ja, verwijderen"
          cancelTo={`${stepUrl}#bezoek-${visit.id}`}
        />
      ) : null}
    </li>
  );
}

function VisitForm({
  intent,
  title,
  places,
  visit,
  action,
  id,
  cancelUrl,
}: {
  intent: string;
  title: string;
  places: PlaceOption[];
  visit?: Visit;
  /** Ends in a #fragment, so a browser without JavaScript shows this form again on an error. */
  action: string;
  id?: string;
  cancelUrl?: string;
}) {
  const defaults: FormValues = visit
    ? {
        id: visit.id,
        placeId: visit.placeId ?? '',
        placeText: visit.placeText,
        withWhom: visit.withWhom,
        visitOn: visit.visitOn,
        visitTime: visit.visitTime,
        ...scheduleDefaults(visit),
        visitStatus: visit.status,
        parentsBusyWith: visit.parentsBusyWith,
        notes: visit.notes,
        discussedWithManager: visit.discussedWithManager ? 'on' : '',
        discussedOn: visit.discussedOn ?? '',
      }
    : { visitStatus: 'gepland', repeat: 'nee', duration: '' };
  const options = places.map((p) => ({ value: p.id, label: p.name }));
  if (visit?.placeId && !places.some((p) => p.id === visit.placeId)) {
    options.push({ value: visit.placeId, label: visit.placeName ?? 'Plek van eerder' });
  }
  const conflict = useEditConflict(intent, visit?.id);
  return (
    <FormScope intent={intent} defaults={defaults}>
      <Form method="post" action={action} id={id} className="panel s4-visit-form">
        <h3>{title}</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        {visit ? (
          <>
            <input type="hidden" name="id" value={visit.id} />
            <HiddenToken intent={intent} name="updatedAt" loaded={visit.updatedAt} id={visit.id} />
          </>
        ) : null}
        {options.length > 0 ? (
          <SelectField
            name="placeId"
            label="Plek van de overzichtskaart"
            placeholder="Geen plek van de kaart"
            options={options}
          />
        ) : null}
        <TextField
          name="placeText"
          label={options.length > 0 ? 'Of: waar ga je naartoe?' : 'Waar ga je naartoe?'}
          description="Bijvoorbeeld: koffieochtend in buurthuis De Linde."
          maxLength={STEP4_LIMITS.placeText}
        />
        <TextField
          name="withWhom"
          label="Met wie spreek je af?"
          description="Bijvoorbeeld: Kees, de beheerder. Schrijf geen namen van ouders op."
          maxLength={STEP4_LIMITS.withWhom}
        />
        <div className="s4-form-row">
          <TextField
            name="visitOn"
            label="Datum"
            type="date"
            description="Bijvoorbeeld 14-03-2027."
            required
            maxLength={10}
          />
          <TextField
            name="visitTime"
            label="Tijd"
            type="time"
            description="Bijvoorbeeld 09:30. Zonder tijd staat het een hele dag in je agenda."
            maxLength={5}
          />
        </div>
        <ScheduleFields />
        <div className="s4-form-row">
          <SelectField
            name="visitStatus"
            label="Gepland of gedaan?"
            required
            options={VISIT_STATUSES.map((s) => ({ value: s.key, label: s.label }))}
          />
        </div>
        <TextField
          name="parentsBusyWith"
          label="Waar zijn ouders mee bezig?"
          description="Wat hoorde of zag je? Schrijf geen namen van ouders op."
          rows={4}
          maxLength={STEP4_LIMITS.parentsBusyWith}
        />
        <TextField
          name="notes"
          label="Aantekeningen"
          description="Bijvoorbeeld wat je hebt afgesproken of beloofd."
          rows={4}
          maxLength={STEP4_LIMITS.notes}
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
            {conflict ? SAVE_MINE : visit ? 'Wijziging opslaan' : 'Bezoek opslaan'}
          </Button>
          {cancelUrl && conflict ? <KeepStoredLink to={cancelUrl} /> : null}
          {cancelUrl && !conflict ? <Link to={cancelUrl}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}

function ReliabilityChecklist({
  checks,
  stepUrl,
}: {
  checks: LoaderData['checks'];
  stepUrl: string;
}) {
  const defaults: FormValues = {};
  for (const check of checks) {
    const names = reliabilityFieldNames(check.point);
    defaults[names.checked] = check.checked ? 'on' : '';
    defaults[names.notes] = check.notes;
  }
  const doneCount = checks.filter((c) => c.checked).length;
  return (
    <section aria-labelledby="betrouwbaar">
      <h2 id="betrouwbaar" tabIndex={-1}>
        Ben je betrouwbaar?
      </h2>
      <p>
        Vink aan wat je al goed doet, en schrijf op hoe. Je hebt er nu{' '}
        <strong>{`${doneCount} van de ${RELIABILITY_POINTS.length}`}</strong> aangevinkt.
      </p>
      <FormScope intent="betrouwbaar" defaults={defaults}>
        <Form method="post" action={`${stepUrl}#betrouwbaar`} className="s4-checklist">
          <FormErrorSummary />
          <input type="hidden" name="intent" value="betrouwbaar" />
          <ul className="s4-points">
            {RELIABILITY_POINTS.map((point) => (
              <ReliabilityPoint key={point.key} point={point} />
            ))}
          </ul>
          <Button type="submit" appearance="primary-action-button">
            Lijst opslaan
          </Button>
        </Form>
      </FormScope>
    </section>
  );
}

function ReliabilityPoint({ point }: { point: (typeof RELIABILITY_POINTS)[number] }) {
  const names = reliabilityFieldNames(point.key);
  const checked = useField(names.checked);
  const notes = useField(names.notes);
  const checkboxId = `veld-${names.checked}`;
  const notesId = `veld-${names.notes}`;
  return (
    <li className="s4-point panel">
      <div className="choice">
        <Checkbox
          id={checkboxId}
          name={names.checked}
          defaultChecked={
            checked.posted ? checked.posted[names.checked] === 'on' : checked.value === 'on'
          }
          aria-describedby={`${checkboxId}-uitleg`}
        />
        <label htmlFor={checkboxId} className="s4-point__label">
          {point.label}
        </label>
      </div>
      <p id={`${checkboxId}-uitleg`} className="s4-point__hint">
        {point.hint}
      </p>
      <FormField invalid={Boolean(notes.error)} type="textarea">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={notesId}>
            Hoe doe je dit? Of wat wil je beter doen?
            <span className="visually-hidden"> ({point.label})</span>
            <span className="optional"> (niet verplicht)</span>
          </FormLabel>
        </div>
        {notes.error ? (
          <FormFieldErrorMessage id={`${notesId}-fout`}>{notes.error}</FormFieldErrorMessage>
        ) : null}
        <div className="utrecht-form-field__input">
          <Textarea
            id={notesId}
            name={names.notes}
            rows={2}
            maxLength={STEP4_LIMITS.reliabilityNotes}
            invalid={Boolean(notes.error)}
            aria-invalid={notes.error ? true : undefined}
            aria-describedby={notes.error ? `${notesId}-fout` : undefined}
            defaultValue={typeof notes.value === 'string' ? notes.value : ''}
          />
        </div>
      </FormField>
    </li>
  );
}
