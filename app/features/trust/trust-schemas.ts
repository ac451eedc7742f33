import { DateTime } from 'luxon';
import { z } from 'zod';
import { ZONE } from '~/features/planning/occurrences';
import { dateText, oneOf, optionalText, requiredText, timeText } from '~/lib/forms';

export const TRUST_LIMITS = { fromWhom: 200, about: 2000, what: 1000, howKept: 2000, id: 64 };

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
