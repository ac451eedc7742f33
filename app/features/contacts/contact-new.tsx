import { data } from 'react-router';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { actorOf } from '~/features/privacy/actor';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/contact-new';
import { ContactPersonForm, personFields, personPrivacy } from './contact-form';
import { personFormSchema } from './contact-schemas';
import { createContactPerson, listContactOrganisations, listPlaceOptions } from './contacts.server';
import './contacts.css';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const scope = { organisationId: member.organisationId };
  const kind = new URL(request.url).searchParams.get('soort');
  return {
    organisations: await listContactOrganisations(db, scope),
    places: await listPlaceOptions(db, scope),
    kind: kind === 'sleutelfiguur' ? 'sleutelfiguur' : 'contactpersoon',
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);
  const formData = await request.formData();

  const parsed = parseForm(personFormSchema, formData);
  if (!parsed.ok) {
    return data(
      { intent: 'contact-nieuw', errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  }
  const id = await createContactPerson(db, {
    organisationId: member.organisationId,
    actor: actorOf(member),
    fields: personFields(parsed.data),
    privacy: personPrivacy(parsed.data),
  });
  return redirectWithFlash(request, `/contacten/${id}`, {
    kind: 'ok',
    text: `${parsed.data.name} staat in je contacten.`,
  });
}

export default function NewContact({ loaderData }: Route.ComponentProps) {
  const { organisations, places, kind } = loaderData;
  return (
    <>
      <title>Contact toevoegen – Ouders in de wijk</title>
      <h1>Contact toevoegen</h1>
      <p>Je contacten zijn van je hele organisatie. Collega's zien ze ook, in al jullie plannen.</p>
      <ContactPersonForm
        intent="contact-nieuw"
        title="Gegevens"
        defaults={{ kind }}
        organisations={organisations}
        places={places}
        submitLabel="Contact opslaan"
        cancelTo="/contacten"
      />
    </>
  );
}
