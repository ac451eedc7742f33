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

/**
 * The dates of `occurrencesBetween`, without building a Luxon time for each: a weekly repeat keeps
 * its weekday and wall-clock time, so its dates are the first date plus whole weeks, in plain
 * calendar arithmetic (summer time never moves a date). Views that show dates use this for every
 * item on every request; only an item that falls in the period is checked with Luxon once (an
 * unreadable date or time has no occurrences, as in `occurrencesBetween`).
 */
export function occurrenceDatesBetween(schedule: Schedule, from: string, to: string): string[] {
  const step = schedule.repeatWeeks && schedule.repeatWeeks > 0 ? schedule.repeatWeeks : null;
  if (!step) {
    if (schedule.date < from || schedule.date > to || !readable(schedule)) return [];
    return [schedule.date];
  }
  const lastDate = lastRepeatDate(schedule);
  if (schedule.date > to || lastDate < from) return [];
  const firstMs = calendarMs(schedule.date);
  const fromMs = calendarMs(from);
  if (Number.isNaN(firstMs) || Number.isNaN(fromMs) || !readable(schedule)) return [];
  const stepMs = step * WEEK_MS;
  let index = fromMs > firstMs ? Math.floor((fromMs - firstMs) / stepMs) : 0;
  const dates: string[] = [];
  for (; ; index++) {
    const date = new Date(firstMs + index * stepMs).toISOString().slice(0, 10);
    if (date > to || date > lastDate) break;
    if (date >= from) dates.push(date);
  }
  return dates;
}

const WEEK_MS = 7 * 86_400_000;
const readableCache = new Map<string, boolean>();

/** Midnight UTC of a yyyy-mm-dd date, in ms; NaN when it is not such a date. */
function calendarMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : Number.NaN;
}

/** Whether Luxon reads the item's start, as `occurrencesBetween` needs; kept per date and time. */
function readable(schedule: Pick<Schedule, 'date' | 'time'>): boolean {
  const key = `${schedule.date}T${schedule.time}`;
  let known = readableCache.get(key);
  if (known === undefined) {
    known = startOf(schedule).isValid;
    if (readableCache.size >= 10_000) readableCache.clear();
    readableCache.set(key, known);
  }
  return known;
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
