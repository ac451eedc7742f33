import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, useLocation } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { CbsError, fetchMunicipalityFigures } from '~/features/cbs/cbs-odata.server';
import { saveFigureSet } from '~/features/cbs/figure-sets.server';
import {
  MAX_CBS_FILE_BYTES,
  parseYear,
  readCbsFile,
  yearFromFileName,
} from '~/features/cbs/import-file.server';
import { WijkPlaces } from '~/features/geocoding/wijk-places';
import { STEPS } from '~/features/plans/domain';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { splitTypedAreas } from '~/features/plans/plan-schemas';
import { listPlanAreas } from '~/features/plans/plans.server';
import { AreaChoices } from '~/features/regions/area-choices';
import { findMunicipality } from '~/features/regions/regions.server';
import { resolveChosenAreas } from '~/features/regions/resolve-areas';
import { getConfig } from '~/lib/config.server';
import { redirectWithFlash } from '~/lib/flash.server';
import type { FormValues } from '~/lib/forms';
import { parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/step-2';
import { addAreasToPlan, removeAreaFromPlan, saveAreaNotes } from './step-2.server';
import { listPlanPlacesOnMap, loadStepTwoFigures } from './step-2-figures.server';
import { CHOOSE_INTENT, FETCH_INTENT, FILE_INTENT, FiguresSection } from './step-2-figures-section';
import {
  addAreasSchema,
  areaNotesSchema,
  notesFieldName,
  STEP_TWO_LIMITS,
  whyFieldName,
} from './step-2-schemas';
import { saveStepStatus } from './step-status.server';
import { STEP_STATUS_INTENT, StepStatusForm } from './step-status-form';
import './steps-1256.css';

const STEP = STEPS[1];
const NOTES_INTENT = 'toelichting';
const ADD_INTENT = 'toevoegen';
const REMOVE_INTENT = 'verwijderen';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, plan, scope } = await loadPlanContext(request, params.planId);
  const areas = await listPlanAreas(db, scope);
  const url = new URL(request.url);
  const removeId = url.searchParams.get('verwijder');
  if (removeId && !areas.some((a) => a.id === removeId)) notFound();
  const municipality = findMunicipality(plan.municipalityCode);
  const chosenCodes = new Set(areas.map((a) => a.code).filter(Boolean));
  const figures = await loadStepTwoFigures(db, {
    organisationId: scope.organisationId,
    plan,
    searchParams: url.searchParams,
  });
  const places = await listPlanPlacesOnMap(db, scope);
  return {
    figures,
    places,
    chosenCodes: [...chosenCodes] as string[],
    tilesUrl: getConfig().pdokTilesUrl,
    plan: {
      id: plan.id,
      title: plan.title,
      municipalityName: plan.municipalityName,
      stepStatus: plan.steps[STEP.number],
    },
    areas: areas.map((a) => ({
      id: a.id,
      kind: a.kind,
      name: a.name,
      typed: a.code === null,
      why: a.why,
      notes: a.notes,
    })),
    removeId,
    // Only what can still be added: wijken and buurten not yet on the plan.
    choices: (municipality?.wijken ?? []).map((wijk) => ({
      code: wijk.code,
      name: wijk.name,
      chosen: chosenCodes.has(wijk.code),
      buurten: (wijk.buurten ?? []).filter((b) => !chosenCodes.has(b.code)),
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await loadPlanContext(request, params.planId);
  const { db, plan, scope } = ctx;
  const stepUrl = `/plannen/${scope.planId}/stap/${STEP.number}`;
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_CBS_FILE_BYTES) {
    return data(
      {
        intent: FILE_INTENT,
        errors: { file: 'Dit bestand is te groot. Een CBS-bestand mag hoogstens 30 MB zijn.' },
        values: {},
      },
      { status: 413 },
    );
  }
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');

  if (intent === STEP_STATUS_INTENT) return saveStepStatus(request, ctx, STEP.number, formData);

  if (intent === NOTES_INTENT) {
    const areas = await listPlanAreas(db, scope);
    const parsed = parseForm(areaNotesSchema(areas, formData), formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    const notes = areas
      .filter((a) => formData.has(whyFieldName(a.id)))
      .map((a) => ({
        areaId: a.id,
        why: String(parsed.data[whyFieldName(a.id)] ?? ''),
        notes: String(parsed.data[notesFieldName(a.id)] ?? ''),
      }));
    await saveAreaNotes(db, { ...scope, notes });
    return redirectWithFlash(request, `${stepUrl}#wijken`, {
      kind: 'ok',
      text: 'Wat je bij de wijken schreef, is opgeslagen.',
    });
  }

  if (intent === FETCH_INTENT) {
    try {
      const result = await fetchMunicipalityFigures(plan.municipalityCode);
      await saveFigureSet(db, {
        organisationId: scope.organisationId,
        municipalityCode: plan.municipalityCode,
        source: 'online',
        label: `Cijfers van de website van het CBS (tabel ${result.tables.map((t) => t.split(' ')[0]).join(', ')})`,
        figures: result.figures,
      });
      return redirectWithFlash(request, `${stepUrl}#cijfers`, {
        kind: 'ok',
        text: `De cijfers van het CBS zijn opgehaald: ${result.regions} gebieden.`,
      });
    } catch (error) {
      if (!(error instanceof CbsError)) throw error;
      return redirectWithFlash(request, `${stepUrl}#cijfers`, {
        kind: 'warning',
        text: `Het ophalen bij het CBS is niet gelukt. ${error.userMessage} Je werkt verder met de cijfers die de app al heeft. Probeer het later opnieuw, of lees een CBS-bestand in.`,
      });
    }
  }

  if (intent === FILE_INTENT) {
    const typedYear = String(formData.get('year') ?? '');
    const values = { year: typedYear };
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return data({ intent, errors: { file: 'Kies een CBS-bestand.' }, values }, { status: 400 });
    }
    const year = parseYear(typedYear);
    if (year === undefined) {
      return data(
        { intent, errors: { year: 'Vul een jaar in zoals 2023.' }, values },
        { status: 400 },
      );
    }
    const result = await readCbsFile({
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      year: year ?? yearFromFileName(file.name),
      municipalityCode: plan.municipalityCode,
      municipalityName: plan.municipalityName,
    });
    if (!result.ok) {
      return data({ intent, errors: { [result.field]: result.message }, values }, { status: 400 });
    }
    const yearsLabel = result.years.join(', ');
    await saveFigureSet(db, {
      organisationId: scope.organisationId,
      municipalityCode: plan.municipalityCode,
      source: result.kind === 'ses' ? 'ses' : `kwb-${yearsLabel}`,
      label:
        result.kind === 'ses'
          ? `SES-WOA-scores uit een bestand (${yearsLabel})`
          : `Kerncijfers uit een bestand (${yearsLabel})`,
      figures: result.figures,
    });
    return redirectWithFlash(request, `${stepUrl}#cijfers`, {
      kind: 'ok',
      text: `Het bestand is ingelezen: cijfers van ${result.regions} gebieden.`,
    });
  }

  if (intent === ADD_INTENT || intent === CHOOSE_INTENT) {
    const parsed = parseForm(addAreasSchema, formData);
    if (!parsed.ok) {
      return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    }
    const municipality = findMunicipality(plan.municipalityCode);
    const areas = resolveChosenAreas(
      municipality ?? { code: plan.municipalityCode, name: plan.municipalityName, wijken: [] },
      parsed.data.areas,
      splitTypedAreas(parsed.data.typedAreas),
    );
    if (areas === null) {
      return data(
        {
          intent,
          errors: {
            areas: `Een van de gekozen wijken of buurten hoort niet bij ${plan.municipalityName}. Kies opnieuw uit de lijst.`,
          },
          values: parsed.values,
        },
        { status: 400 },
      );
    }
    if (areas.length === 0) {
      return data(
        {
          intent,
          errors: {
            areas:
              intent === CHOOSE_INTENT
                ? 'Vink in de tabel eerst een wijk of buurt aan.'
                : 'Kies een wijk of buurt uit de lijst, of typ een naam.',
          },
          values: parsed.values,
        },
        { status: 400 },
      );
    }
    const added = await addAreasToPlan(db, { ...scope, areas });
    return redirectWithFlash(
      request,
      `${stepUrl}#${intent === CHOOSE_INTENT ? 'cijfers' : 'wijken'}`,
      {
        kind: added > 0 ? 'ok' : 'warning',
        text:
          added === 0
            ? 'Er is niets toegevoegd: deze wijken en buurten stonden al in het plan.'
            : added === 1
              ? 'Er is 1 wijk of buurt toegevoegd.'
              : `Er zijn ${added} wijken en buurten toegevoegd.`,
      },
    );
  }

  if (intent === REMOVE_INTENT) {
    const areaId = String(formData.get('id') ?? '');
    const name = await removeAreaFromPlan(db, { ...scope, areaId });
    return redirectWithFlash(request, `${stepUrl}#wijken`, {
      kind: 'ok',
      text: `${name} staat niet meer in het plan.`,
    });
  }

  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

type LoaderData = Route.ComponentProps['loaderData'];
type Area = LoaderData['areas'][number];

export default function Step2({ loaderData }: Route.ComponentProps) {
  const { plan, areas, removeId, choices, figures, places, chosenCodes, tilesUrl } = loaderData;
  const stepUrl = `/plannen/${plan.id}/stap/${STEP.number}`;
  const removing = areas.find((a) => a.id === removeId);
  // A new key after every page visit empties the "add" form once something was saved.
  const { key: visit } = useLocation();
  const defaults: FormValues = {};
  for (const area of areas) {
    defaults[whyFieldName(area.id)] = area.why;
    defaults[notesFieldName(area.id)] = area.notes;
  }
  return (
    <>
      <title>{`Stap 2: ${STEP.title} – ${plan.title} – Ouders in de wijk`}</title>
      <h1>
        Stap {STEP.number}: {STEP.title}
      </h1>

      <div className="guidance no-print">
        <p>
          Je weet nu welke ouders je zoekt. Ga na in welke wijken of buurten veel van deze ouders
          wonen. Daar begin je.
        </p>
        <p>
          Schrijf bij elke wijk op waarom je die kiest. Zo kan een collega later zien waarom je hier
          bent begonnen.
        </p>
      </div>

      <section aria-labelledby="wijken">
        <h2 id="wijken" tabIndex={-1}>
          Wijken en buurten van dit plan
        </h2>
        {removing ? (
          <ConfirmRemoval
            title={`Wil je ${removing.name} uit dit plan halen?`}
            text="Wat je erbij hebt geschreven, gaat dan ook weg. Dat kun je niet terugzetten."
            intent={REMOVE_INTENT}
            id={removing.id}
            formAction={stepUrl}
            confirmLabel={`Ja, haal ${removing.name} uit het plan`}
            cancelTo={`${stepUrl}#gebied-${removing.id}`}
          />
        ) : null}
        {areas.length === 0 ? (
          <p>Dit plan heeft nog geen wijk of buurt. Voeg hieronder een wijk toe.</p>
        ) : (
          <FormScope intent={NOTES_INTENT} defaults={defaults}>
            {areas.length > 1 ? (
              <p className="no-print">
                Schrijf bij elke wijk of buurt waarom je die kiest. De knop onder de lijst slaat
                alles in één keer op.
              </p>
            ) : null}
            <Form method="post" className="s1256-areas">
              <FormErrorSummary />
              <input type="hidden" name="intent" value={NOTES_INTENT} />
              <ul className="s1256-list">
                {areas.map((area, index) => (
                  <AreaItem key={area.id} area={area} stepUrl={stepUrl} first={index === 0} />
                ))}
              </ul>
              <Button type="submit" appearance="primary-action-button">
                {areas.length === 1 ? 'Opslaan' : 'Alles opslaan'}
              </Button>
            </Form>
          </FormScope>
        )}
      </section>

      <WijkPlaces />
      <FiguresSection
        planId={plan.id}
        municipalityName={plan.municipalityName}
        figures={figures}
        places={places}
        chosenCodes={chosenCodes}
        tilesUrl={tilesUrl}
      />

      <section aria-labelledby="toevoegen" className="no-print">
        <h2 id="toevoegen">Wijk of buurt toevoegen</h2>
        <FormScope key={visit} intent={ADD_INTENT}>
          <Form method="post" className="panel s1256-add-areas">
            <FormErrorSummary />
            <input type="hidden" name="intent" value={ADD_INTENT} />
            <AreaChoices municipalityName={plan.municipalityName} choices={choices} />
            <TextField
              name="typedAreas"
              label="Staat een wijk of buurt niet in de lijst?"
              description="Typ de naam. Zet elke naam op een eigen regel."
              rows={3}
              maxLength={STEP_TWO_LIMITS.typedAreas}
            />
            <Button type="submit" appearance="secondary-action-button">
              Toevoegen
            </Button>
          </Form>
        </FormScope>
      </section>

      <section aria-labelledby="stap-status-titel" className="no-print">
        <h2 id="stap-status-titel">Hoe ver ben je?</h2>
        <StepStatusForm status={plan.stepStatus} />
      </section>
    </>
  );
}

function AreaItem({ area, stepUrl, first }: { area: Area; stepUrl: string; first: boolean }) {
  return (
    <li id={`gebied-${area.id}`} className="s1256-item panel">
      <div className="s1256-item__head">
        <h3>{area.name}</h3>
        <span className="s1256-tag">
          {area.kind === 'buurt' ? 'Buurt' : 'Wijk'}
          {area.typed ? ', zelf getypt' : ''}
        </span>
      </div>
      <TextField
        name={whyFieldName(area.id)}
        label={`Waarom ${area.name}?`}
        description={first ? 'Bijvoorbeeld: hier wonen veel gezinnen met weinig geld.' : undefined}
        rows={3}
        maxLength={STEP_TWO_LIMITS.why}
      />
      <TextField
        name={notesFieldName(area.id)}
        label={`Aantekeningen over ${area.name}`}
        rows={3}
        maxLength={STEP_TWO_LIMITS.notes}
      />
      <p className="s1256-item__actions no-print">
        <Link to={`${stepUrl}?verwijder=${area.id}#verwijderen`}>
          {area.name} uit het plan halen
        </Link>
      </p>
    </li>
  );
}
