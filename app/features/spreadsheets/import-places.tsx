import { loadPlanContext } from '~/features/plans/plan-context.server';
import { redirectWithFlash } from '~/lib/flash.server';
import type { Route } from './+types/import-places';
import { handleImportStep, type ImportStep } from './import-action.server';
import { PLACE_IMPORT_FIELDS } from './import-fields';
import { importPlaces } from './import-sheet.server';
import { ImportSheetForm } from './import-sheet-form';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { plan } = await loadPlanContext(request, params.planId);
  return { plan: { id: plan.id, title: plan.title } };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db, scope } = await loadPlanContext(request, params.planId);

  const outcome = await handleImportStep(request, {
    fields: PLACE_IMPORT_FIELDS,
    run: (records) => importPlaces(db, { ...scope, records }),
  });
  if (!outcome.done) return outcome.response;

  const { created, matched, newCategories } = outcome.result;
  const parts = [
    `${created} ${created === 1 ? 'nieuwe plek' : 'nieuwe plekken'}`,
    `${matched} ${matched === 1 ? 'plek die je organisatie al had' : 'plekken die je organisatie al had'}`,
  ];
  const categories =
    newCategories.length > 0 ? ` Nieuwe categorieën: ${newCategories.join(', ')}.` : '';
  return redirectWithFlash(request, `/plannen/${scope.planId}/overzichtskaart`, {
    kind: 'ok',
    text: `Import klaar: ${parts.join(' en ')} staan nu op de overzichtskaart.${categories}`,
  });
}

export default function ImportPlaces({ loaderData, actionData }: Route.ComponentProps) {
  const { plan } = loaderData;
  return (
    <>
      <title>{`Ontmoetingsplekken importeren – ${plan.title} – Ouders in de wijk`}</title>
      <h1>Ontmoetingsplekken importeren</h1>
      <div className="guidance">
        <p>
          Heb je een lijst met plekken in Excel of in een CSV-bestand? Dan zet je ze hier in één
          keer op de overzichtskaart. Eerst kies je het bestand. Daarna zeg je bij elke kolom wat
          erin staat.
        </p>
        <p>
          Een plek die je organisatie al heeft, met dezelfde naam en hetzelfde adres, komt er niet
          twee keer in. Als één regel niet klopt, wordt er niets geïmporteerd. Je ziet dan welke
          regel je moet verbeteren.
        </p>
      </div>
      <ImportSheetForm
        step={actionData as ImportStep | undefined}
        fields={PLACE_IMPORT_FIELDS}
        what="Plekken"
        cancelTo={`/plannen/${plan.id}/overzichtskaart`}
      />
    </>
  );
}
