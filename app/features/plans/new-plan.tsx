import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField, useField } from '~/components/form';
import { findMunicipality, listMunicipalities } from '~/features/regions/regions.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/new-plan';
import { loadMemberContext } from './plan-context.server';
import { newPlanSchema, PLAN_LIMITS, splitTypedAreas } from './plan-schemas';
import { type AreaInput, createPlan } from './plans.server';

export async function loader({ request }: Route.LoaderArgs) {
  await loadMemberContext(request);
  const url = new URL(request.url);
  const chosen = findMunicipality(url.searchParams.get('gemeente') ?? '');
  return {
    municipalities: listMunicipalities(),
    title: (url.searchParams.get('titel') ?? '').slice(0, PLAN_LIMITS.title),
    municipality: chosen ?? null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);
  const formData = await request.formData();
  const parsed = parseForm(newPlanSchema, formData);
  if (!parsed.ok) {
    // Say at once when no wijk was chosen either, so the user fixes everything in one go.
    const noAreas =
      !formData.getAll('areas').length && !String(formData.get('typedAreas') ?? '').trim();
    const errors = noAreas ? { ...parsed.errors, areas: NO_AREAS } : parsed.errors;
    return data({ errors, values: parsed.values }, { status: 400 });
  }

  const municipality = findMunicipality(parsed.data.municipality);
  if (!municipality) {
    return data(
      { errors: { municipality: 'Kies een gemeente uit de lijst.' }, values: parsed.values },
      { status: 400 },
    );
  }
  const areas = resolveAreas(
    municipality,
    parsed.data.areas,
    splitTypedAreas(parsed.data.typedAreas),
  );
  if (areas === null) {
    return data(
      {
        errors: { areas: 'Een van de gekozen wijken hoort niet bij deze gemeente. Kies opnieuw.' },
        values: parsed.values,
      },
      { status: 400 },
    );
  }
  if (areas.length === 0) {
    return data(
      {
        errors: { areas: NO_AREAS },
        values: parsed.values,
      },
      { status: 400 },
    );
  }

  const planId = await createPlan(db, {
    organisationId: member.organisationId,
    userId: member.userId,
    title: parsed.data.title,
    municipalityCode: municipality.code,
    municipalityName: municipality.name,
    areas,
  });
  return redirectWithFlash(request, `/plannen/${planId}/stap/1`, {
    kind: 'ok',
    text: 'Het plan is gemaakt. Begin met stap 1: met welke ouders wil je werken, en waarom?',
  });
}

const NO_AREAS = 'Kies minstens één wijk, of typ de naam van een wijk.';

type MunicipalityData = NonNullable<ReturnType<typeof findMunicipality>>;

/** Chosen codes must belong to the municipality; typed names are kept as wijken without a code. */
function resolveAreas(
  municipality: MunicipalityData,
  codes: string[],
  typed: string[],
): AreaInput[] | null {
  const areas: AreaInput[] = [];
  for (const code of codes) {
    const wijk = municipality.wijken.find((w) => w.code === code);
    if (wijk) {
      areas.push({ kind: 'wijk', code: wijk.code, name: wijk.name });
      continue;
    }
    const buurt = municipality.wijken.flatMap((w) => w.buurten ?? []).find((b) => b.code === code);
    if (!buurt) return null;
    areas.push({ kind: 'buurt', code: buurt.code, name: buurt.name });
  }
  for (const name of typed) areas.push({ kind: 'wijk', code: null, name });
  return areas;
}

export default function NewPlan({ loaderData }: Route.ComponentProps) {
  const { municipality, municipalities, title } = loaderData;
  return (
    <>
      <title>Nieuw plan – Ouders in de wijk</title>
      <h1>Nieuw plan maken</h1>
      <div className="guidance">
        <p>
          Een plan gaat over één gemeente en een of meer wijken daarin. Je kunt de wijken later nog
          aanpassen in stap 2.
        </p>
      </div>
      {municipality ? (
        <FormScope defaults={{ title, municipality: municipality.code }}>
          <Form method="post" className="new-plan">
            <FormErrorSummary />
            <TextField
              name="title"
              label="Naam van het plan"
              description="Bijvoorbeeld: Meer bewegen met ouders in Overvecht."
              required
              maxLength={PLAN_LIMITS.title}
            />
            <input type="hidden" name="municipality" value={municipality.code} />
            <p>
              Gemeente: <strong>{municipality.name}</strong>{' '}
              <Link to={`/plannen/nieuw?titel=${encodeURIComponent(title)}`}>
                Andere gemeente kiezen
              </Link>
            </p>
            <AreaChoice municipality={municipality} />
            <TextField
              name="typedAreas"
              label="Staat een wijk of buurt niet in de lijst?"
              description="Typ de naam. Zet elke naam op een eigen regel."
              rows={3}
              maxLength={PLAN_LIMITS.typedAreas}
            />
            <Button type="submit" appearance="primary-action-button">
              Plan maken
            </Button>
          </Form>
        </FormScope>
      ) : (
        <FormScope defaults={{ titel: title }}>
          <Form method="get">
            <TextField
              name="titel"
              label="Naam van het plan"
              description="Bijvoorbeeld: Meer bewegen met ouders in Overvecht."
              required
              maxLength={PLAN_LIMITS.title}
            />
            <SelectField
              name="gemeente"
              label="Gemeente"
              required
              placeholder="Kies een gemeente"
              options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
            />
            <Button type="submit" appearance="primary-action-button">
              Verder: wijken kiezen
            </Button>
          </Form>
        </FormScope>
      )}
    </>
  );
}

function AreaChoice({ municipality }: { municipality: MunicipalityData }) {
  const { value, error } = useField('areas');
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <fieldset
      className="choice-group area-choice"
      id="veld-areas"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? 'veld-areas-fout' : undefined}
    >
      <legend>Wijken in {municipality.name}</legend>
      {error ? (
        <p className="utrecht-form-field-error-message" id="veld-areas-fout">
          {error}
        </p>
      ) : null}
      {municipality.wijken.map((wijk) => (
        <div key={wijk.code} className="area-choice__wijk">
          <div className="choice">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              id={`wijk-${wijk.code}`}
              name="areas"
              value={wijk.code}
              defaultChecked={selected.has(wijk.code)}
            />
            <label htmlFor={`wijk-${wijk.code}`}>{wijk.name}</label>
          </div>
          {wijk.buurten && wijk.buurten.length > 0 ? (
            <details className="area-choice__buurten">
              <summary>Alleen bepaalde buurten in {wijk.name} (niet verplicht)</summary>
              {wijk.buurten.map((buurt) => (
                <div className="choice" key={buurt.code}>
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    id={`buurt-${buurt.code}`}
                    name="areas"
                    value={buurt.code}
                    defaultChecked={selected.has(buurt.code)}
                  />
                  <label htmlFor={`buurt-${buurt.code}`}>{buurt.name}</label>
                </div>
              ))}
            </details>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
