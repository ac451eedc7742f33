import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import {
  EditConflictNotice,
  HiddenToken,
  KeepStoredLink,
  SAVE_MINE,
  useEditConflict,
} from '~/components/edit-conflict';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { answerUnsavedEdit } from '~/lib/edit-conflict.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { type FormResult, formValues, parseForm } from '~/lib/forms';
import { notFound } from '~/lib/http.server';
import type { Route } from './+types/contacts';
import {
  CONTACT_LIMITS,
  editedOrganisationSchema,
  organisationSchema,
  PERSON_KINDS,
} from './contact-schemas';
import {
  type ContactOrganisationFields,
  createContactOrganisation,
  deleteContactOrganisation,
  listContactOrganisations,
  listContactPersons,
  updateContactOrganisation,
} from './contacts.server';
import './contacts.css';

export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const url = new URL(request.url);
  const search = (url.searchParams.get('zoek') ?? '').slice(0, 100);
  const asked = url.searchParams.get('soort');
  const kind = PERSON_KINDS.find((k) => k.key === asked)?.key;
  const scope = { organisationId: member.organisationId };
  return {
    editing: url.searchParams.get('wijzig') ?? '',
    removing: url.searchParams.get('verwijder') ?? '',
    search,
    kind: kind ?? '',
    persons: await listContactPersons(db, { ...scope, search, ...(kind ? { kind } : {}) }),
    organisations: await listContactOrganisations(db, scope),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? 'organisatie-nieuw');
  const scope = { organisationId: member.organisationId };

  if (intent === 'organisatie-verwijderen') {
    const id = String(formData.get('id') ?? '');
    if (id === '' || id.length > CONTACT_LIMITS.id) notFound();
    await deleteContactOrganisation(db, { ...scope, contactOrganisationId: id });
    return redirectWithFlash(request, '/contacten#organisaties', {
      kind: 'ok',
      text: 'De organisatie is verwijderd. Haar contactpersonen staan er nog, zonder organisatie.',
    });
  }
  if (intent !== 'organisatie-nieuw' && intent !== 'organisatie-wijzig') {
    return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
  }
  const parsed = parseForm(organisationSchema, formData);
  if (!parsed.ok) return invalid(intent, parsed);
  const fields = organisationFields(parsed.data);
  if (intent === 'organisatie-nieuw') {
    await createContactOrganisation(db, { ...scope, fields });
    return redirectWithFlash(request, '/contacten#organisaties', {
      kind: 'ok',
      text: `De organisatie ${fields.name} is toegevoegd.`,
    });
  }

  const record = parseForm(editedOrganisationSchema, formData);
  if (!record.ok) return invalid(intent, record);
  const { id, updatedAt } = record.data;
  const result = await updateContactOrganisation(db, {
    ...scope,
    contactOrganisationId: id,
    updatedAt,
    fields,
  });
  if (!result.ok) {
    const answer = await answerUnsavedEdit(result, {
      intent,
      values: formValues(formData),
      mine: fields,
      labels: ORGANISATION_LABELS,
      show: (f: ContactOrganisationFields) => ({
        name: f.name,
        phone: f.phone,
        email: f.email,
        notes: f.notes,
      }),
      stored: async () => (await listContactOrganisations(db, scope)).find((o) => o.id === id),
      restore: async () => {
        await createContactOrganisation(db, { ...scope, fields });
        return redirectWithFlash(request, '/contacten#organisaties', {
          kind: 'warning',
          text: 'Iemand had deze organisatie intussen verwijderd. We hebben haar teruggezet, met jouw wijzigingen.',
        });
      },
    });
    if (answer) return answer;
  }
  return redirectWithFlash(request, '/contacten#organisaties', {
    kind: 'ok',
    text: `De gegevens van ${fields.name} zijn opgeslagen.`,
  });
}

function invalid(intent: string, parsed: Extract<FormResult<unknown>, { ok: false }>) {
  return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
}

function organisationFields(parsed: {
  organisationName: string;
  organisationPhone: string;
  organisationEmail: string;
  organisationNotes: string;
}): ContactOrganisationFields {
  return {
    name: parsed.organisationName,
    phone: parsed.organisationPhone,
    email: parsed.organisationEmail,
    notes: parsed.organisationNotes,
  };
}

const ORGANISATION_LABELS = {
  name: 'Naam van de organisatie',
  phone: 'Telefoon',
  email: 'E-mail',
  notes: 'Aantekeningen',
};

export default function Contacts({ loaderData }: Route.ComponentProps) {
  const { search, kind, persons, organisations, editing, removing } = loaderData;
  return (
    <>
      <title>Contacten – Ouders in de wijk</title>
      <h1>Contacten</h1>
      <div className="guidance">
        <p>
          Hier staan de mensen die je helpen om ouders te bereiken: contactpersonen van scholen,
          buurthuizen en andere organisaties, en sleutelfiguren. Een sleutelfiguur is een bewoner
          die veel mensen kent en weet waar ouders komen.
        </p>
        <p>De contacten zijn van je hele organisatie. Je gebruikt ze in al je plannen.</p>
      </div>
      <p className="contacts-actions">
        <Link
          className="utrecht-button-link utrecht-button-link--primary-action"
          to="/contacten/nieuw"
        >
          Contactpersoon toevoegen
        </Link>
        <Link to="/contacten/nieuw?soort=sleutelfiguur">Sleutelfiguur toevoegen</Link>
        <Link to="/contacten/importeren">Contacten importeren uit Excel of CSV</Link>
      </p>

      <search>
        <Form method="get" className="contacts-search">
          <div>
            <label htmlFor="zoek">Zoeken</label>
            <input
              id="zoek"
              name="zoek"
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              defaultValue={search}
              maxLength={100}
              aria-describedby="zoek-uitleg"
            />
            <p id="zoek-uitleg" className="contacts-hint">
              Op naam, organisatie, plek of telefoon. Accenten maken niet uit.
            </p>
          </div>
          <div>
            <label htmlFor="soort">Soort</label>
            <select
              id="soort"
              name="soort"
              className="utrecht-select utrecht-select--html-select"
              defaultValue={kind}
            >
              <option value="">Iedereen</option>
              <option value="contactpersoon">Contactpersonen</option>
              <option value="sleutelfiguur">Sleutelfiguren</option>
            </select>
          </div>
          <Button type="submit" appearance="secondary-action-button">
            Zoeken
          </Button>
        </Form>
      </search>

      <section aria-labelledby="personen">
        <h2 id="personen">
          {search || kind ? `Gevonden (${persons.length})` : `Alle contacten (${persons.length})`}
        </h2>
        {persons.length === 0 ? (
          <p>
            {search || kind
              ? 'Niemand gevonden. Probeer een ander woord.'
              : 'Je hebt nog geen contacten.'}
          </p>
        ) : (
          <ul className="contacts-list">
            {persons.map((person) => (
              <li key={person.id} className="panel">
                <Link to={`/contacten/${person.id}`} className="contacts-list__name">
                  {person.name}
                </Link>
                <span className={`contacts-kind contacts-kind--${person.kind}`}>
                  {person.kind === 'sleutelfiguur' ? 'Sleutelfiguur' : 'Contactpersoon'}
                </span>
                <p className="contacts-list__facts">
                  {[person.role, person.organisationName, person.placeName]
                    .filter(Boolean)
                    .join(' · ')}
                  {person.phone && (person.role || person.organisationName || person.placeName)
                    ? ' · '
                    : null}
                  {person.phone && person.phoneNormalized ? (
                    <a href={`tel:${person.phoneNormalized}`}>{person.phone}</a>
                  ) : (
                    person.phone
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="organisaties">
        <h2 id="organisaties" tabIndex={-1}>
          Organisaties ({organisations.length})
        </h2>
        {organisations.length === 0 ? (
          <p>Je hebt nog geen organisaties.</p>
        ) : (
          <ul className="contacts-organisations">
            {organisations.map((o) =>
              o.id === editing ? (
                <li key={o.id} id={`organisatie-${o.id}`}>
                  <OrganisationEditForm organisation={o} />
                </li>
              ) : (
                <li key={o.id} id={`organisatie-${o.id}`}>
                  <strong>{o.name}</strong>
                  {o.phone ? (
                    <>
                      {' '}
                      ·{' '}
                      {o.phoneNormalized ? (
                        <a href={`tel:${o.phoneNormalized}`}>{o.phone}</a>
                      ) : (
                        o.phone
                      )}
                    </>
                  ) : null}
                  {o.email ? (
                    <>
                      {' '}
                      · <a href={`mailto:${o.email}`}>{o.email}</a>
                    </>
                  ) : null}{' '}
                  <span className="contacts-organisation-actions">
                    <Link to={`/contacten?wijzig=${o.id}#organisatie-${o.id}`}>
                      Wijzigen<span className="visually-hidden">: {o.name}</span>
                    </Link>{' '}
                    <Link to={`/contacten?verwijder=${o.id}#verwijderen`}>
                      Verwijderen<span className="visually-hidden">: {o.name}</span>
                    </Link>
                  </span>
                  {o.id === removing ? (
                    <ConfirmRemoval
                      title="Organisatie verwijderen?"
                      text={`${o.name} wordt verwijderd uit je contacten. De contactpersonen van deze organisatie blijven staan, zonder organisatie.`}
                      intent="organisatie-verwijderen"
                      id={o.id}
                      formAction="/contacten"
                      confirmLabel="Ja, verwijderen"
                      cancelTo={`/contacten#organisatie-${o.id}`}
                    />
                  ) : null}
                </li>
              ),
            )}
          </ul>
        )}
        <FormScope intent="organisatie-nieuw">
          <Form
            method="post"
            action="/contacten#organisatie-nieuw"
            id="organisatie-nieuw"
            className="panel"
          >
            <h3>Organisatie toevoegen</h3>
            <FormErrorSummary />
            <input type="hidden" name="intent" value="organisatie-nieuw" />
            <TextField
              name="organisationName"
              label="Naam van de organisatie"
              required
              maxLength={CONTACT_LIMITS.name}
            />
            <TextField
              name="organisationPhone"
              label="Telefoon"
              type="tel"
              inputMode="tel"
              maxLength={CONTACT_LIMITS.phone}
            />
            <TextField
              name="organisationEmail"
              label="E-mail"
              type="email"
              maxLength={CONTACT_LIMITS.email}
            />
            <TextField
              name="organisationNotes"
              label="Aantekeningen"
              rows={2}
              maxLength={CONTACT_LIMITS.text}
            />
            <Button type="submit" appearance="secondary-action-button">
              Organisatie opslaan
            </Button>
          </Form>
        </FormScope>
      </section>
    </>
  );
}

function OrganisationEditForm({
  organisation,
}: {
  organisation: Route.ComponentProps['loaderData']['organisations'][number];
}) {
  const intent = 'organisatie-wijzig';
  const conflict = useEditConflict(intent, organisation.id);
  const back = `/contacten#organisatie-${organisation.id}`;
  return (
    <FormScope
      intent={intent}
      defaults={{
        organisationName: organisation.name,
        organisationPhone: organisation.phone,
        organisationEmail: organisation.email,
        organisationNotes: organisation.notes,
      }}
    >
      <Form
        method="post"
        action={`/contacten?wijzig=${organisation.id}#organisatie-${organisation.id}`}
        className="panel"
      >
        <h3>Organisatie wijzigen</h3>
        {conflict ? <EditConflictNotice conflict={conflict} /> : null}
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="id" value={organisation.id} />
        <HiddenToken
          intent={intent}
          name="updatedAt"
          loaded={organisation.updatedAt}
          id={organisation.id}
        />
        <TextField
          name="organisationName"
          label="Naam van de organisatie"
          required
          maxLength={CONTACT_LIMITS.name}
        />
        <TextField
          name="organisationPhone"
          label="Telefoon"
          type="tel"
          inputMode="tel"
          maxLength={CONTACT_LIMITS.phone}
        />
        <TextField
          name="organisationEmail"
          label="E-mail"
          type="email"
          maxLength={CONTACT_LIMITS.email}
        />
        <TextField
          name="organisationNotes"
          label="Aantekeningen"
          rows={2}
          maxLength={CONTACT_LIMITS.text}
        />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {conflict ? SAVE_MINE : 'Wijziging opslaan'}
          </Button>
          {conflict ? <KeepStoredLink to={back} /> : <Link to={back}>Annuleren</Link>}
        </div>
      </Form>
    </FormScope>
  );
}
