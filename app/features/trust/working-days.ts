import { DateTime } from 'luxon';
import { publicHolidays } from '~/features/planning/holidays';
import { ZONE } from '~/features/planning/occurrences';

// The answer-time target counts working days: weekends and public holidays do not count.
// Goede Vrijdag is not a day off for most employers; Bevrijdingsdag is a national day off
// once every five years (2025, 2030, ...), as most collective agreements have it.

function isDayOff(date: DateTime): boolean {
  if (date.weekday >= 6) return true;
  const iso = date.toISODate() ?? '';
  return publicHolidays(date.year).some(
    (h) =>
      h.date === iso &&
      h.name !== 'Goede Vrijdag' &&
      (h.name !== 'Bevrijdingsdag' || date.year % 5 === 0),
  );
}

/**
 * When an answer is due: the end of the n-th working day after the day it came in (Amsterdam
 * time). A call on Friday with a target of one working day is due on Monday at the end of the day.
 */
export function answerDueAt(receivedAt: string, workingDays: number): DateTime {
  let day = DateTime.fromISO(receivedAt, { zone: 'utc' }).setZone(ZONE).startOf('day');
  let counted = 0;
  while (counted < workingDays) {
    day = day.plus({ days: 1 });
    if (!isDayOff(day)) counted++;
  }
  return day.endOf('day');
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
  return DateTime.fromJSDate(now) <= due ? 'wacht' : 'te-laat';
}
