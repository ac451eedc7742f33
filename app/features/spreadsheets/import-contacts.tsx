import { loadMemberContext } from '~/features/plans/plan-context.server';
import { actorOf } from '~/features/privacy/actor';
import { redirectWithFlash } from '~/lib/flash.server';
import type { Route } from './+types/import-contacts';
import { handleImportStep, type ImportStep } from './import-action.server';
import { PERSON_IMPORT_FIELDS } from './import-fields';
import { importContactPersons } from './import-sheet.server';
import { ImportSheetForm } from './import-sheet-form';

export async function loader({ request }: Route.LoaderArgs) {
  await loadMemberContext(request);
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);

  const outcome = await handleImportStep(request, {
    fields: PERSON_IMPORT_FIELDS,
    run: (records) =>
      importContactPersons(db, {
        organisationId: member.organisationId,
        records,
        actor: actorOf(member),
      }),
  });
  if (!outcome.done) return outcome.response;

  const { created, matched } = outcome.result;
  return redirectWithFlash(request, '/contacten', {
    kind: 'ok',
    text: `Import klaar: ${created} ${created === 1 ? 'nieuw contact' : 'nieuwe contacten'}. ${matched} ${matched === 1 ? 'contact stond' : 'contacten stonden'} er al.`,
  });
}

export default function ImportContacts({ actionData }: Route.ComponentProps) {
  return (
    <>
      <title>Contacten importeren – Ouders in de wijk</title>
      <h1>Contacten importeren</h1>
      <div className="guidance">
        <p>
          Heb je een lijst met contactpersonen of sleutelfiguren in Excel of in een CSV-bestand? Dan
          zet je ze hier in één keer bij je contacten. Eerst kies je het bestand. Daarna zeg je bij
          elke kolom wat erin staat.
        </p>
        <p>
          Iemand die al in je contacten staat, met dezelfde naam en hetzelfde e-mailadres of
          telefoonnummer, komt er niet twee keer in. Als één regel niet klopt, wordt er niets
          geïmporteerd. Je ziet dan welke regel je moet verbeteren.
        </p>
      </div>
      <ImportSheetForm
        step={actionData as ImportStep | undefined}
        fields={PERSON_IMPORT_FIELDS}
        what="Contacten"
        cancelTo="/contacten"
      />
    </>
  );
}
