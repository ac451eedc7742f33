import { z } from 'zod';
import { checkConsent, privacyFields } from '~/features/privacy/legal-basis';
import { editToken } from '~/lib/edit-token';
import { dateText, oneOf, optionalText, phoneText, requiredText } from '~/lib/forms';

export const CONTACT_LIMITS = {
  name: 200,
  role: 200,
  phone: 40,
  email: 200,
  text: 4000,
  summary: 2000,
  id: 64,
} as const;

export const PERSON_KINDS = [
  { key: 'contactpersoon', label: 'Contactpersoon van een organisatie' },
  { key: 'sleutelfiguur', label: 'Sleutelfiguur: een bewoner die veel mensen kent' },
] as const;

export const EVENT_KINDS = [
  { key: 'bezoek', label: 'Bezoek' },
  { key: 'gesprek', label: 'Gesprek' },
  { key: 'telefoon', label: 'Telefoontje' },
  { key: 'bericht', label: 'Bericht (zoals WhatsApp of sms)' },
  { key: 'email', label: 'E-mail' },
] as const;

const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : ''),
  z.union([
    z.literal(''),
    z
      .string()
      .max(CONTACT_LIMITS.email, { error: 'Dit e-mailadres is te lang.' })
      .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.' }),
  ]),
);

export const personSchema = z.object({
  kind: oneOf(
    'wat voor contact het is',
    PERSON_KINDS.map((k) => k.key),
  ),
  name: requiredText('de naam', CONTACT_LIMITS.name),
  role: optionalText('de functie of rol', CONTACT_LIMITS.role),
  contactOrganisationId: optionalText('de organisatie', CONTACT_LIMITS.id),
  placeId: optionalText('de ontmoetingsplek', CONTACT_LIMITS.id),
  phone: phoneText(CONTACT_LIMITS.phone),
  email,
  activeWhere: optionalText('waar deze persoon actief is', CONTACT_LIMITS.text),
  told: optionalText('wat deze persoon vertelde', CONTACT_LIMITS.text),
  tips: optionalText('de tips', CONTACT_LIMITS.text),
  notes: optionalText('de aantekeningen', CONTACT_LIMITS.text),
});

/** The person form: the register's fields plus the AVG basis and, with toestemming, the consent. */
export const personFormSchema = personSchema
  .extend(privacyFields)
  .superRefine((data, ctx) => checkConsent(data, ctx), { when: () => true });

export const organisationSchema = z.object({
  organisationName: requiredText('de naam van de organisatie', CONTACT_LIMITS.name),
  organisationPhone: phoneText(CONTACT_LIMITS.phone),
  organisationEmail: email,
  organisationNotes: optionalText('de aantekeningen', CONTACT_LIMITS.text),
});

export const eventSchema = z.object({
  eventKind: oneOf(
    'wat voor contact het was',
    EVENT_KINDS.map((k) => k.key),
  ),
  happenedOn: dateText('de datum', { required: true }),
  summary: optionalText('waar het over ging', CONTACT_LIMITS.summary),
});

/** The organisation an edit form changes, with the token of what it looked like when opened. */
export const editedOrganisationSchema = z.object({
  id: z.string().min(1).max(CONTACT_LIMITS.id),
  updatedAt: editToken,
});
