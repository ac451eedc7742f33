import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { AreaChoices } from '~/features/regions/area-choices';
import { findMunicipality, listMunicipalities } from '~/features/regions/regions.server';
import { resolveChosenAreas } from '~/features/regions/resolve-areas';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/new-plan';
import { loadMemberContext } from './plan-context.server';
import { newPlanSchema, PLAN_LIMITS, splitTypedAreas } from './plan-schemas';
import { createPlan } from './plans.server';

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
  const areas = resolveChosenAreas(
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
            <AreaChoices
              municipalityName={municipality.name}
              choices={municipality.wijken.map((wijk) => ({
                code: wijk.code,
                name: wijk.name,
                chosen: false,
                buurten: wijk.buurten ?? [],
              }))}
            />
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
