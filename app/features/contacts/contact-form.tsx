import { Button } from '@utrecht/component-library-react';
import { Form, Link } from 'react-router';
import {
  ChoiceGroup,
  FormErrorSummary,
  FormScope,
  SelectField,
  TextField,
} from '~/components/form';
import {
  CONSENT_HOW,
  CONSENT_LIMITS,
  LEGAL_BASES,
  privacyValues,
} from '~/features/privacy/legal-basis';
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
        <PrivacyFields />
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

/** The AVG part of the person form: the basis, and the consent when the basis is toestemming. */
function PrivacyFields() {
  return (
    <fieldset className="utrecht-form-fieldset contact-form__privacy">
      <legend className="utrecht-form-fieldset__legend">Privacy</legend>
      <p>
        Je mag gegevens over een persoon alleen bewaren als daar een goede reden voor is (de wet
        AVG). Kies de reden. Bewaar niet meer dan je nodig hebt.
      </p>
      <ChoiceGroup
        name="legalBasis"
        legend="Waarom mag je deze gegevens bewaren?"
        required
        multiple={false}
        options={LEGAL_BASES.map((b) => ({ value: b.value, label: b.label }))}
      />
      <p>Heeft de persoon toestemming gegeven? Vul dan ook deze drie vragen in.</p>
      <TextField
        name="consentOn"
        label="Wanneer gaf de persoon toestemming?"
        type="date"
        description="Bijvoorbeeld 14-03-2027."
        maxLength={10}
      />
      <SelectField
        name="consentHow"
        label="Hoe gaf de persoon toestemming?"
        placeholder="Kies hoe"
        options={CONSENT_HOW.map((c) => ({ value: c.value, label: c.label }))}
      />
      <TextField
        name="consentFor"
        label="Waarvoor gaf de persoon toestemming?"
        description="Bijvoorbeeld: dat we het telefoonnummer bewaren om te bellen over de koffieochtend."
        rows={2}
        maxLength={CONSENT_LIMITS.consentFor}
      />
    </fieldset>
  );
}

/** The stored privacy values of a posted person form. */
export function personPrivacy(data: {
  legalBasis: string;
  consentOn: string;
  consentHow: string;
  consentFor: string;
}) {
  return privacyValues(data);
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
    kind: data.kind,
    name: data.name,
    role: data.role,
    phone: data.phone,
    email: data.email,
    activeWhere: data.activeWhere,
    told: data.told,
    tips: data.tips,
    notes: data.notes,
    contactOrganisationId: data.contactOrganisationId || null,
    placeId: data.placeId || null,
  };
}
