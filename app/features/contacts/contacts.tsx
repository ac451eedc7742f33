import { Button } from '@utrecht/component-library-react';
import { data, Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, TextField } from '~/components/form';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { redirectWithFlash } from '~/lib/flash.server';
import { parseForm } from '~/lib/forms';
import type { Route } from './+types/contacts';
import { CONTACT_LIMITS, organisationSchema, PERSON_KINDS } from './contact-schemas';
import {
  createContactOrganisation,
  listContactOrganisations,
  listContactPersons,
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
    search,
    kind: kind ?? '',
    persons: await listContactPersons(db, { ...scope, search, ...(kind ? { kind } : {}) }),
    organisations: await listContactOrganisations(db, scope),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);
  const formData = await request.formData();
  const intent = 'organisatie-nieuw';

  const parsed = parseForm(organisationSchema, formData);
  if (!parsed.ok)
    return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
  await createContactOrganisation(db, {
    organisationId: member.organisationId,
    fields: {
      name: parsed.data.organisationName,
      phone: parsed.data.organisationPhone,
      email: parsed.data.organisationEmail,
      notes: parsed.data.organisationNotes,
    },
  });
  return redirectWithFlash(request, '/contacten#organisaties', {
    kind: 'ok',
    text: `De organisatie ${parsed.data.organisationName} is toegevoegd.`,
  });
}

export default function Contacts({ loaderData }: Route.ComponentProps) {
  const { search, kind, persons, organisations } = loaderData;
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
            {organisations.map((o) => (
              <li key={o.id}>
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
                ) : null}
              </li>
            ))}
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
