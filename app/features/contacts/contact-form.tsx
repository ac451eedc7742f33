import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';
import { FormErrorSummary, FormScope, SelectField, TextField } from '~/components/form';
import type { FormValues } from '~/lib/forms';
import { CONTACT_LIMITS, PERSON_KINDS } from './contact-schemas';

type Option = { id: string; name: string };

/** Add or change a contact person or key figure. Works without JavaScript. */
export function ContactPersonForm({
  intent,
  title,
  defaults,
  organisations,
  places,
  submitLabel,
  cancelTo,
}: {
  intent: string;
  title: string;
  defaults: FormValues;
  organisations: Option[];
  places: Option[];
  submitLabel: string;
  cancelTo?: string;
}) {
  return (
    <FormScope intent={intent} defaults={defaults}>
      <Form method="post" className="panel contact-form">
        <h2>{title}</h2>
        <FormErrorSummary />
        <input type="hidden" name="intent" value={intent} />
        <SelectField
          name="kind"
          label="Wat voor contact is dit?"
          required
          options={PERSON_KINDS.map((k) => ({ value: k.key, label: k.label }))}
        />
        <TextField
          name="name"
          label="Naam"
          description="Schrijf de naam zoals de persoon die zelf schrijft. Eén naam mag ook."
          required
          maxLength={CONTACT_LIMITS.name}
          autoComplete="off"
        />
        <TextField
          name="role"
          label="Functie of rol"
          description="Bijvoorbeeld: juf van groep 3, imam, voorzitter van de bewonerscommissie."
          maxLength={CONTACT_LIMITS.role}
        />
        {organisations.length > 0 ? (
          <SelectField
            name="contactOrganisationId"
            label="Organisatie"
            placeholder="Geen organisatie"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : null}
        {places.length > 0 ? (
          <SelectField
            name="placeId"
            label="Ontmoetingsplek"
            description="Waar kun je deze persoon vaak vinden?"
            placeholder="Geen plek"
            options={places.map((p) => ({ value: p.id, label: p.name }))}
          />
        ) : null}
        <TextField
          name="phone"
          label="Telefoon"
          type="tel"
          inputMode="tel"
          maxLength={CONTACT_LIMITS.phone}
        />
        <TextField name="email" label="E-mail" type="email" maxLength={CONTACT_LIMITS.email} />
        <TextField
          name="activeWhere"
          label="Waar is deze persoon actief?"
          description="Vooral voor sleutelfiguren. Bijvoorbeeld: koffieochtend, moskee, voetbalclub."
          rows={2}
          maxLength={CONTACT_LIMITS.text}
        />
        <TextField
          name="told"
          label="Wat vertelde deze persoon?"
          description="Schrijf geen namen of privézaken van ouders op."
          rows={3}
          maxLength={CONTACT_LIMITS.text}
        />
        <TextField
          name="tips"
          label="Tips"
          description="Bijvoorbeeld: waar ouders komen, of wie je nog meer kunt vragen."
          rows={3}
          maxLength={CONTACT_LIMITS.text}
        />
        <TextField name="notes" label="Aantekeningen" rows={3} maxLength={CONTACT_LIMITS.text} />
        <div className="actions">
          <Button type="submit" appearance="primary-action-button">
            {submitLabel}
          </Button>
          {cancelTo ? <Link to={cancelTo}>Annuleren</Link> : null}
        </div>
      </Form>
    </FormScope>
  );
}

export function personFields(data: {
  kind: 'contactpersoon' | 'sleutelfiguur';
  name: string;
  role: string;
  contactOrganisationId: string;
  placeId: string;
  phone: string;
  email: string;
  activeWhere: string;
  told: string;
  tips: string;
  notes: string;
}) {
  return {
    ...data,
    contactOrganisationId: data.contactOrganisationId || null,
    placeId: data.placeId || null,
  };
}
