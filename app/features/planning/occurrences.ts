import { DateTime } from 'luxon';

// Planned items repeat on the same weekday at the same local time in Amsterdam, also across the
// change to and from summer time: 09:30 stays 09:30, while the UTC time moves by an hour.

export const ZONE = 'Europe/Amsterdam';

/** One hour, when the user gave a time but no length. */
export const DEFAULT_DURATION_MINUTES = 60;

export type Schedule = {
  /** yyyy-mm-dd, the first time it happens. */
  date: string;
  /** hh:mm, or '' for an item that takes the whole day. */
  time: string;
  durationMinutes: number | null;
  repeatWeeks: number | null;
  repeatUntil: string | null;
};

export type Occurrence = {
  /** yyyy-mm-dd in Amsterdam. */
  date: string;
  time: string;
  /** Start and end as Luxon times in Amsterdam; for an all-day item the start and end of the day. */
  start: DateTime;
  end: DateTime;
  allDay: boolean;
};

/** The start of an item in Amsterdam (midnight for an all-day item). */
export function startOf(schedule: Pick<Schedule, 'date' | 'time'>): DateTime {
  const time = schedule.time || '00:00';
  return DateTime.fromISO(`${schedule.date}T${time}`, { zone: ZONE });
}

export function endOf(schedule: Schedule, start = startOf(schedule)): DateTime {
  if (!schedule.time) return start.plus({ days: 1 });
  return start.plus({ minutes: schedule.durationMinutes ?? DEFAULT_DURATION_MINUTES });
}

/**
 * Every time the item happens with a date from `from` to `to` (both yyyy-mm-dd, inclusive).
 * Weeks are added in local calendar terms, so the wall-clock time never shifts.
 */
export function occurrencesBetween(schedule: Schedule, from: string, to: string): Occurrence[] {
  const first = startOf(schedule);
  if (!first.isValid) return [];
  const step = schedule.repeatWeeks && schedule.repeatWeeks > 0 ? schedule.repeatWeeks : null;
  const lastDate = lastRepeatDate(schedule);
  const result: Occurrence[] = [];
  if (!step) {
    if (schedule.date >= from && schedule.date <= to) result.push(occurrence(schedule, first));
    return result;
  }
  let index = 0;
  if (from > schedule.date) {
    const weeksAhead = Math.floor(
      DateTime.fromISO(from, { zone: ZONE }).diff(first.startOf('day'), 'weeks').weeks,
    );
    index = Math.max(0, Math.floor(weeksAhead / step));
  }
  for (; ; index++) {
    const start = first.plus({ weeks: index * step });
    const date = start.toISODate() ?? '';
    if (date > to || date > lastDate) break;
    if (date >= from) result.push(occurrence(schedule, start));
  }
  return result;
}

/** The last date a repeat can fall on; a repeat without an end date goes on. */
export function lastRepeatDate(schedule: Schedule): string {
  if (!schedule.repeatWeeks) return schedule.date;
  return schedule.repeatUntil ?? '9999-12-31';
}

function occurrence(schedule: Schedule, start: DateTime): Occurrence {
  return {
    date: start.toISODate() ?? '',
    time: schedule.time,
    start,
    end: endOf(schedule, start),
    allDay: !schedule.time,
  };
}

/** The next time it happens on or after `today`, or null when all of it lies in the past. */
export function nextOccurrence(schedule: Schedule, today: string): Occurrence | null {
  const last = lastRepeatDate(schedule);
  if (last < today) return null;
  const from = today < schedule.date ? schedule.date : today;
  const within = DateTime.fromISO(from, { zone: ZONE })
    .plus({ weeks: (schedule.repeatWeeks ?? 0) + 1 })
    .toISODate();
  const to = within && within < last ? within : last;
  return occurrencesBetween(schedule, from, to)[0] ?? null;
}
