import { z } from 'zod';
import { dateText, oneOf } from '~/lib/forms';
import type { Schedule } from './occurrences';

// The form fields that say how long an appointment takes and whether it comes back every week,
// shared by contact moments (step 3) and visits (step 4).

export const REPEAT_CHOICES = [
  { key: 'nee', label: 'Nee, één keer', weeks: null },
  { key: '1', label: 'Ja, elke week', weeks: 1 },
  { key: '2', label: 'Ja, om de week', weeks: 2 },
  { key: '4', label: 'Ja, elke vier weken', weeks: 4 },
] as const;

export const DURATION_CHOICES = [
  { key: '', label: 'Ongeveer een uur' },
  { key: '30', label: 'Een half uur' },
  { key: '60', label: 'Een uur' },
  { key: '90', label: 'Anderhalf uur' },
  { key: '120', label: 'Twee uur' },
  { key: '180', label: 'Drie uur' },
  { key: '240', label: 'Vier uur' },
] as const;

const REPEAT_KEYS = REPEAT_CHOICES.map((c) => c.key);
const DURATION_KEYS = DURATION_CHOICES.map((c) => c.key);

/** A form without these fields (an older page still open in a tab) means: once, about an hour. */
function withDefault<T extends z.ZodType>(fallback: string, schema: T) {
  return z.preprocess((v) => (v === undefined ? fallback : v), schema);
}

export const scheduleFields = {
  duration: withDefault('', oneOf('hoe lang het duurt', DURATION_KEYS)),
  repeat: withDefault('nee', oneOf('of het elke week terugkomt', REPEAT_KEYS)),
  repeatUntil: dateText('de laatste datum', { required: false }),
};

type ScheduleValues = { repeat: string; repeatUntil: string };

/** The end date of a repeat cannot lie before its first date (field `dateField`). */
export function checkRepeat(dateField: string) {
  return (value: ScheduleValues & Record<string, unknown>, ctx: z.RefinementCtx) => {
    const first = value[dateField];
    if (
      value.repeat !== 'nee' &&
      value.repeatUntil !== '' &&
      typeof first === 'string' &&
      value.repeatUntil < first
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['repeatUntil'],
        message: 'De laatste datum ligt vóór de eerste datum. Kies een latere datum.',
      });
    }
  };
}

/** Turns the parsed fields into stored values; an end date without a repeat is dropped. */
export function scheduleValues(parsed: {
  duration: string;
  repeat: string;
  repeatUntil: string;
}): Pick<Schedule, 'durationMinutes' | 'repeatWeeks' | 'repeatUntil'> {
  const weeks = REPEAT_CHOICES.find((c) => c.key === parsed.repeat)?.weeks ?? null;
  return {
    durationMinutes: parsed.duration === '' ? null : Number(parsed.duration),
    repeatWeeks: weeks,
    repeatUntil: weeks && parsed.repeatUntil !== '' ? parsed.repeatUntil : null,
  };
}

/** The form's values for a stored schedule. */
export function scheduleDefaults(
  schedule: Pick<Schedule, 'durationMinutes' | 'repeatWeeks' | 'repeatUntil'>,
) {
  return {
    duration: schedule.durationMinutes ? String(schedule.durationMinutes) : '',
    repeat: schedule.repeatWeeks ? String(schedule.repeatWeeks) : 'nee',
    repeatUntil: schedule.repeatUntil ?? '',
  };
}

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/** "Elke week op dinsdag, tot en met 13 april 2027", or '' for a single appointment. */
export function describeRepeat(
  schedule: Pick<Schedule, 'date' | 'repeatWeeks' | 'repeatUntil'>,
  formatDate: (isoDate: string) => string,
): string {
  if (!schedule.repeatWeeks) return '';
  const day = new Date(`${schedule.date}T12:00:00Z`).getUTCDay();
  const weekday = WEEKDAYS[(day + 6) % 7] ?? '';
  const every =
    schedule.repeatWeeks === 1
      ? 'Elke week'
      : schedule.repeatWeeks === 2
        ? 'Om de week'
        : `Elke ${schedule.repeatWeeks} weken`;
  const until = schedule.repeatUntil
    ? `, tot en met ${formatDate(schedule.repeatUntil)}`
    : ', zonder einddatum';
  return `${every} op ${weekday}${until}`;
}
