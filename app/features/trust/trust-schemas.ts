import { DateTime } from 'luxon';
import { z } from 'zod';
import { ZONE } from '~/features/planning/occurrences';
import { editToken } from '~/lib/edit-token';
import { dateText, oneOf, optionalText, requiredText, timeText } from '~/lib/forms';

export const TRUST_LIMITS = {
  fromWhom: 200,
  about: 2000,
  what: 1000,
  howKept: 2000,
  id: 64,
  amount: 12,
};

export const CHANNELS = [
  { key: 'telefoon', label: 'Gebeld' },
  { key: 'email', label: 'Gemaild' },
  { key: 'bericht', label: 'Bericht gestuurd (zoals WhatsApp)' },
  { key: 'persoonlijk', label: 'Persoonlijk gevraagd' },
] as const;

export const PROMISE_STATUSES = [
  { key: 'open', label: 'Nog open' },
  { key: 'nagekomen', label: 'Nagekomen' },
  { key: 'niet-gelukt', label: 'Niet gelukt' },
] as const;

export const TARGET_CHOICES = ['1', '2', '3', '5'] as const;

/** A local date and time in Amsterdam as an ISO timestamp in UTC. */
export function amsterdamToUtc(date: string, time: string): string {
  return (
    DateTime.fromISO(`${date}T${time || '12:00'}`, { zone: ZONE })
      .toUTC()
      .toISO() ?? ''
  );
}

export const incomingSchema = z.object({
  receivedOn: dateText('de datum', { required: true }),
  receivedTime: timeText('de tijd'),
  channel: oneOf(
    'hoe het contact binnenkwam',
    CHANNELS.map((c) => c.key),
  ),
  fromWhom: requiredText('wie contact zocht', TRUST_LIMITS.fromWhom),
  about: optionalText('waar het over ging', TRUST_LIMITS.about),
});

export const answeredSchema = z.object({
  id: z.string().min(1).max(TRUST_LIMITS.id),
  answeredOn: dateText('de datum van je antwoord', { required: true }),
  answeredTime: timeText('de tijd van je antwoord'),
});

export const promiseSchema = z.object({
  what: requiredText('wat je hebt beloofd', TRUST_LIMITS.what),
  toWhom: requiredText('aan wie je het hebt beloofd', TRUST_LIMITS.fromWhom),
  dueOn: dateText('de datum', { required: true }),
});

export const closePromiseSchema = z.object({
  id: z.string().min(1).max(TRUST_LIMITS.id),
  promiseStatus: oneOf('hoe het is gegaan', ['nagekomen', 'niet-gelukt']),
  howKept: optionalText('hoe het is gegaan', TRUST_LIMITS.howKept),
});

export const targetSchema = z.object({
  answerTargetDays: oneOf('het aantal werkdagen', TARGET_CHOICES),
});

export const COMPENSATION_FORMS = [
  { key: 'geld', label: 'Geld' },
  { key: 'waardebon', label: 'Waardebon of cadeaukaart' },
  { key: 'cadeau', label: 'Cadeau' },
] as const;

/** "12,50", "12.50", "€ 12" or "1.250,00" as whole cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  let value = text.replace(/€|eur|\s/gi, '');
  if (value === '') return 0;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(value)) value = value.replace(/\./g, '');
  value = value.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const cents = Math.round(Number(value) * 100);
  return cents <= 10_000_000 ? cents : null;
}

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatEuros(cents: number): string {
  return euros.format(cents / 100);
}

export const compensationSchema = z.object({
  activity: requiredText('voor welke activiteit de vergoeding is', TRUST_LIMITS.what),
  compensationForm: oneOf(
    'de vorm van de vergoeding',
    COMPENSATION_FORMS.map((f) => f.key),
  ),
  amount: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z
      .string()
      .max(TRUST_LIMITS.amount, { error: 'Vul een bedrag in zoals 12,50.' })
      .refine((v) => parseEuros(v) !== null, { error: 'Vul een bedrag in zoals 12,50.' }),
  ),
  agreedWith: optionalText('met wie je het hebt afgesproken', TRUST_LIMITS.fromWhom),
  paidOn: dateText('de datum van betalen', { required: false }),
});

export const paidSchema = z.object({
  id: z.string().min(1).max(TRUST_LIMITS.id),
  paidOn: dateText('de datum van betalen', { required: true }),
});

/** The record an edit form changes, with the token of what it looked like when opened. */
export const editedRecordSchema = z.object({
  id: z.string().min(1).max(TRUST_LIMITS.id),
  updatedAt: editToken,
});

export const removedRecordSchema = z.object({ id: z.string().min(1).max(TRUST_LIMITS.id) });
