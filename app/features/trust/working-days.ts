import { DateTime } from 'luxon';
import { publicHolidays } from '~/features/planning/holidays';
import { ZONE } from '~/features/planning/occurrences';

// The answer-time target counts working days: weekends and public holidays do not count.
// Goede Vrijdag is not a day off for most employers; Bevrijdingsdag is a national day off
// once every five years (2025, 2030, ...), as most collective agreements have it.
//
// The count runs on calendar dates (plain UTC arithmetic on yyyy-mm-dd): a day off is a date,
// whatever the clock does, and Luxon is only needed to find the day a contact came in and the
// end of the due day in Amsterdam. The trust page asks this for every incoming contact on
// every request, so answers are also kept (a pure function of its two arguments).

const DAY_MS = 86_400_000;
const CACHE_LIMIT = 10_000;

const daysOffByYear = new Map<number, ReadonlySet<string>>();
const dueCache = new Map<string, DateTime>();

function daysOffIn(year: number): ReadonlySet<string> {
  let days = daysOffByYear.get(year);
  if (days === undefined) {
    days = new Set(
      publicHolidays(year)
        .filter(
          (h) => h.name !== 'Goede Vrijdag' && (h.name !== 'Bevrijdingsdag' || year % 5 === 0),
        )
        .map((h) => h.date),
    );
    daysOffByYear.set(year, days);
  }
  return days;
}

/** Whether a calendar date (midnight UTC of that date, in ms) is a weekend day or a day off. */
function isDayOff(dateMs: number): boolean {
  const date = new Date(dateMs);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  return daysOffIn(date.getUTCFullYear()).has(date.toISOString().slice(0, 10));
}

/**
 * When an answer is due: the end of the n-th working day after the day it came in (Amsterdam
 * time). A call on Friday with a target of one working day is due on Monday at the end of the day.
 */
export function answerDueAt(receivedAt: string, workingDays: number): DateTime {
  const key = `${receivedAt}|${workingDays}`;
  const known = dueCache.get(key);
  if (known !== undefined) return known;

  const receivedDay = DateTime.fromISO(receivedAt, { zone: 'utc' }).setZone(ZONE);
  if (!receivedDay.isValid) return DateTime.invalid('the time it came in cannot be read');
  let dateMs = Date.UTC(receivedDay.year, receivedDay.month - 1, receivedDay.day);
  let counted = 0;
  while (counted < workingDays) {
    dateMs += DAY_MS;
    if (!isDayOff(dateMs)) counted++;
  }
  const dueDate = new Date(dateMs).toISOString().slice(0, 10);
  // Amsterdam changes the clock at 02:00/03:00, never around midnight: the day ends at 23:59:59.999.
  const due = DateTime.fromISO(`${dueDate}T23:59:59.999`, { zone: ZONE });

  if (dueCache.size >= CACHE_LIMIT) dueCache.clear();
  dueCache.set(key, due);
  return due;
}

export type AnswerState = 'op-tijd' | 'te-laat-beantwoord' | 'wacht' | 'te-laat';

/** Whether an incoming contact was, or still can be, answered in time. */
export function answerState(
  input: { receivedAt: string; answeredAt: string | null },
  workingDays: number,
  now: Date = new Date(),
): AnswerState {
  const due = answerDueAt(input.receivedAt, workingDays);
  if (input.answeredAt) {
    return DateTime.fromISO(input.answeredAt) <= due ? 'op-tijd' : 'te-laat-beantwoord';
  }
  return now.getTime() <= due.toMillis() ? 'wacht' : 'te-laat';
}
