import { Button } from '@utrecht/component-library-react';
import { data, Form, Link, useSearchParams } from 'react-router';
import { ConfirmRemoval } from '~/components/confirm-removal';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import { canManageOrganisation } from '~/features/auth/organisation.server';
import { loadMemberContext } from '~/features/plans/plan-context.server';
import { actorOf } from '~/features/privacy/actor';
import { consentHowName, legalBasisName } from '~/features/privacy/legal-basis';
import { countPersonMentions, erasePerson } from '~/features/privacy/person-data.server';
import { formatCalendarDate, todayInAmsterdam } from '~/lib/dates';
import { redirectWithFlash } from '~/lib/flash.server';
import { type FormResult, parseForm } from '~/lib/forms';
import { forbidden } from '~/lib/http.server';
import type { Route } from './+types/contact-person';
import { ContactPersonForm, personFields, personPrivacy } from './contact-form';
import { CONTACT_LIMITS, EVENT_KINDS, eventSchema, personFormSchema } from './contact-schemas';
import {
  addContactEvent,
  binContactPerson,
  listContactOrganisations,
  listPlaceOptions,
  updateContactPerson,
  viewContactPerson,
} from './contacts.server';
import { listPersonTimeline } from './person-timeline.server';
import './contacts.css';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { member, db } = await loadMemberContext(request);
  const scope = { organisationId: member.organisationId, personId: params.personId };
  const person = await viewContactPerson(db, { ...scope, actor: actorOf(member) });
  const search = new URL(request.url).searchParams;
  const editing = search.get('wijzig') === '1';
  const manages = canManageOrganisation(member.role);
  return {
    manages,
    erase:
      manages && search.get('wis') === '1'
        ? { mentions: await countPersonMentions(db, { ...scope, name: person.name }) }
        : null,
    person,
    timeline: await listPersonTimeline(db, { ...scope, personName: person.name }),
    editing,
    organisations: editing ? await listContactOrganisations(db, scope) : [],
    places: editing ? await listPlaceOptions(db, scope) : [],
    today: todayInAmsterdam(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { member, db } = await loadMemberContext(request);
  const scope = { organisationId: member.organisationId, personId: params.personId };
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  const url = `/contacten/${params.personId}`;

  if (intent === 'contact-wijzig') {
    const parsed = parseForm(personFormSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await updateContactPerson(db, {
      ...scope,
      actor: actorOf(member),
      fields: personFields(parsed.data),
      privacy: personPrivacy(parsed.data),
    });
    return redirectWithFlash(request, url, { kind: 'ok', text: 'De gegevens zijn opgeslagen.' });
  }
  if (intent === 'tijdlijn-nieuw') {
    const parsed = parseForm(eventSchema, formData);
    if (!parsed.ok) return invalid(intent, parsed);
    await addContactEvent(db, {
      ...scope,
      fields: {
        kind: parsed.data.eventKind,
        happenedOn: parsed.data.happenedOn,
        summary: parsed.data.summary,
      },
    });
    return redirectWithFlash(request, `${url}#tijdlijn`, {
      kind: 'ok',
      text: 'Het contact staat op de tijdlijn.',
    });
  }
  if (intent === 'persoon-wissen') {
    if (!canManageOrganisation(member.role)) forbidden();
    await erasePerson(db, { ...scope, actor: actorOf(member) });
    return redirectWithFlash(request, '/contacten', {
      kind: 'ok',
      text: 'De persoon is overal gewist. Dit kan niet ongedaan worden gemaakt.',
    });
  }
  if (intent === 'contact-verwijderen') {
    await binContactPerson(db, { ...scope, actor: actorOf(member) });
    return redirectWithFlash(request, '/contacten', {
      kind: 'ok',
      text: 'Het contact staat 30 dagen in de prullenbak. Daar kun je het terugzetten.',
    });
  }
  return data({ intent, errors: { form: 'Onbekende actie.' }, values: {} }, { status: 400 });
}

function invalid(intent: string, parsed: Extract<FormResult<unknown>, { ok: false }>) {
  return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
}

export default function ContactPerson({ loaderData }: Route.ComponentProps) {
  const { person, timeline, editing, organisations, places, today, manages, erase } = loaderData;
  const [searchParams] = useSearchParams();
  const url = `/contacten/${person.id}`;
  return (
    <>
      <title>{`${person.name} – Contacten – Ouders in de wijk`}</title>
      <p>
        <Link to="/contacten">Alle contacten</Link>
      </p>
      <h1>{person.name}</h1>
      <p className={`contacts-kind contacts-kind--${person.kind}`}>
        {person.kind === 'sleutelfiguur' ? 'Sleutelfiguur' : 'Contactpersoon'}
      </p>

      {editing ? (
        <ContactPersonForm
          intent="contact-wijzig"
          title="Gegevens wijzigen"
          defaults={{
            kind: person.kind,
            name: person.name,
            role: person.role,
            contactOrganisationId: person.contactOrganisationId ?? '',
            placeId: person.placeId ?? '',
            phone: person.phone,
            email: person.email,
            activeWhere: person.activeWhere,
            told: person.told,
            tips: person.tips,
            notes: person.notes,
            legalBasis: person.legalBasis,
            consentOn: person.consentOn ?? '',
            consentHow: person.consentHow,
            consentFor: person.consentFor,
          }}
          organisations={organisations}
          places={places}
          submitLabel="Wijziging opslaan"
          cancelTo={url}
        />
      ) : (
        <>
          <dl className="contacts-facts">
            <Fact label="Functie of rol" value={person.role} />
            <Fact label="Organisatie" value={person.organisationName ?? ''} />
            <Fact label="Ontmoetingsplek" value={person.placeName ?? ''} />
            <div>
              <dt>Telefoon</dt>
              <dd>
                {person.phone === '' ? (
                  'Niet bekend'
                ) : person.phoneNormalized ? (
                  <a href={`tel:${person.phoneNormalized}`}>{person.phone}</a>
                ) : (
                  person.phone
                )}
              </dd>
            </div>
            <div>
              <dt>E-mail</dt>
              <dd>
                {person.email ? (
                  <a href={`mailto:${person.email}`}>{person.email}</a>
                ) : (
                  'Niet bekend'
                )}
              </dd>
            </div>
            <Fact label="Waar actief" value={person.activeWhere} />
            <Fact label="Wat deze persoon vertelde" value={person.told} />
            <Fact label="Tips" value={person.tips} />
            <Fact label="Aantekeningen" value={person.notes} />
          </dl>
          <section aria-labelledby="privacy" className="contacts-privacy">
            <h2 id="privacy">Privacy</h2>
            <dl className="contacts-facts">
              <div>
                <dt>Waarom je deze gegevens mag bewaren</dt>
                <dd>{legalBasisName(person.legalBasis)}</dd>
              </div>
              {person.legalBasis === 'toestemming' ? (
                <>
                  <Fact
                    label="Toestemming gegeven op"
                    value={person.consentOn ? formatCalendarDate(person.consentOn) : ''}
                  />
                  <Fact label="Hoe" value={consentHowName(person.consentHow)} />
                  <Fact label="Waarvoor" value={person.consentFor} />
                </>
              ) : null}
            </dl>
            {person.legalBasis === '' ? (
              <p>
                Leg vast waarom je deze gegevens mag bewaren:{' '}
                <Link to={`${url}?wijzig=1`}>gegevens wijzigen</Link>.
              </p>
            ) : null}
            {manages ? (
              <PersonRights personId={person.id} name={person.name} url={url} erase={erase} />
            ) : null}
          </section>
          <p className="contacts-actions">
            <Link to={`${url}?wijzig=1`}>Gegevens wijzigen</Link>
            <Link to={`${url}?verwijder=1#verwijderen`} className="s3-delete">
              Verwijderen
            </Link>
          </p>
          {searchParams.get('verwijder') === '1' ? (
            <ConfirmRemoval
              title="Contact verwijderen?"
              text={`${person.name} gaat naar de prullenbak. Daar kun je het contact 30 dagen lang terugzetten.`}
              intent="contact-verwijderen"
              id={person.id}
              formAction={url}
              confirmLabel="Ja, naar de prullenbak"
              cancelTo={url}
            />
          ) : null}
        </>
      )}

      <section aria-labelledby="tijdlijn">
        <h2 id="tijdlijn" tabIndex={-1}>
          Tijdlijn
        </h2>
        <p>
          Bezoeken, gesprekken, telefoontjes en berichten met {person.name}, het nieuwste eerst.
          Contactmomenten, bezoeken en binnengekomen contacten uit je plannen staan er vanzelf bij
          als je bij ‘met wie’ of ‘wie’ de hele naam {person.name} invult.
        </p>
        {timeline.length === 0 ? (
          <p>Er staat nog niets op de tijdlijn.</p>
        ) : (
          <ol className="contacts-timeline">
            {timeline.map((entry) => (
              <li key={entry.key}>
                <strong>
                  {formatCalendarDate(entry.date)}
                  {entry.time ? `, ${entry.time} uur` : ''}: {entry.label}
                </strong>
                {entry.summary ? <p className="contacts-pre">{entry.summary}</p> : null}
                {entry.link ? (
                  <p>
                    <Link to={entry.link.to}>{entry.link.text}</Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <FormScope intent="tijdlijn-nieuw" defaults={{ eventKind: 'gesprek', happenedOn: today }}>
          <Form
            method="post"
            action={`${url}#tijdlijn-nieuw`}
            id="tijdlijn-nieuw"
            className="panel"
          >
            <h3>Contact op de tijdlijn zetten</h3>
            <FormErrorSummary />
            <input type="hidden" name="intent" value="tijdlijn-nieuw" />
            <SelectField
              name="eventKind"
              label="Wat voor contact?"
              required
              options={EVENT_KINDS.map((k) => ({ value: k.key, label: k.label }))}
            />
            <TextField
              name="happenedOn"
              label="Datum"
              type="date"
              description="Bijvoorbeeld 14-03-2027."
              required
              maxLength={10}
            />
            <TextField
              name="summary"
              label="Waar ging het over?"
              description="Kort. Schrijf geen namen of privézaken van ouders op."
              rows={3}
              maxLength={CONTACT_LIMITS.summary}
            />
            <Button type="submit" appearance="secondary-action-button">
              Op de tijdlijn zetten
            </Button>
          </Form>
        </FormScope>
      </section>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd className="contacts-pre">{value}</dd>
    </div>
  );
}

/** For the beheerder: a person's request to see or remove their data (AVG art. 15 and 17). */
function PersonRights(props: {
  personId: string;
  name: string;
  url: string;
  erase: { mentions: number } | null;
}) {
  const { erase } = props;
  return (
    <>
      <p>
        Vraagt {props.name} welke gegevens je organisatie over hem of haar heeft? Of wil deze
        persoon dat je alles wist?
      </p>
      <p className="contacts-actions">
        <a href={`/contacten/${props.personId}/export.json`} download>
          Alle gegevens over deze persoon opslaan (JSON)
        </a>
        <Link to={`${props.url}?wis=1#wissen`} className="s3-delete">
          Overal wissen
        </Link>
      </p>
      {erase ? (
        <div className="confirm-removal" id="wissen">
          <h3>{props.name} overal wissen?</h3>
          <p>
            De persoon gaat uit je contacten, met de hele tijdlijn. De naam wordt ook vervangen door
            ‘[naam verwijderd]’ in {erase.mentions === 1 ? '1 tekst' : `${erase.mentions} teksten`}{' '}
            in je plannen en contacten, en in het auditlog. Dit kun je niet terugzetten.
          </p>
          <div className="actions">
            <Form method="post" action={props.url}>
              <input type="hidden" name="intent" value="persoon-wissen" />
              <Button type="submit" appearance="secondary-action-button" className="danger">
                Ja, overal wissen
              </Button>
            </Form>
            <Link to={props.url}>Nee, niet wissen</Link>
          </div>
        </div>
      ) : null}
    </>
  );
}
