import { DateTime } from 'luxon';
import { type Holiday, holidaysBetween } from './holidays';
import { lastRepeatDate, occurrenceDatesBetween, type Schedule, ZONE } from './occurrences';
import { type SchoolHoliday, schoolHolidayOn } from './school-holidays/school-holidays';

// What the week, month and list views show: every time an appointment happens in a period,
// grouped per day, with the public holidays and the school holidays (of the plan's region) of those
// days.

export type ViewItem = Schedule & {
  kind: 'contactmoment' | 'bezoek' | 'bijeenkomst';
  id: string;
  summary: string;
  placeName: string;
  status: string;
  discussedOn: string | null;
};

export type DayEntry<T extends ViewItem> = { item: T; date: string; time: string };

export type Day<T extends ViewItem> = {
  date: string;
  holidays: Holiday[];
  /** The name of the school holiday the day lies in, or null. */
  schoolHoliday: string | null;
  entries: DayEntry<T>[];
  isToday: boolean;
};

export const VIEWS = ['week', 'maand', 'lijst'] as const;
export type View = (typeof VIEWS)[number];

function day(isoDate: string) {
  return DateTime.fromISO(isoDate, { zone: ZONE });
}

/** Monday of the week a date lies in. */
export function weekStart(isoDate: string): string {
  return day(isoDate).startOf('week').toISODate() ?? isoDate;
}

/** The days from `from` to `to` with the appointments and holidays on each. */
export function daysBetween<T extends ViewItem>(
  items: T[],
  from: string,
  to: string,
  today: string,
  schoolHolidays: SchoolHoliday[] = [],
): Day<T>[] {
  const holidays = holidaysBetween(from, to);
  const entries: DayEntry<T>[] = items
    .filter((item) => item.status !== 'afgezegd')
    .flatMap((item) =>
      occurrenceDatesBetween(item, from, to).map((date) => ({ item, date, time: item.time })),
    )
    .sort((a, b) =>
      `${a.date} ${a.time || '00:00'}`.localeCompare(`${b.date} ${b.time || '00:00'}`),
    );
  const days: Day<T>[] = [];
  for (
    let current = day(from);
    (current.toISODate() ?? '') <= to;
    current = current.plus({ days: 1 })
  ) {
    const date = current.toISODate() ?? '';
    days.push({
      date,
      holidays: holidays.filter((h) => h.date === date),
      schoolHoliday: schoolHolidayOn(schoolHolidays, date)?.name ?? null,
      entries: entries.filter((e) => e.date === date),
      isToday: date === today,
    });
  }
  return days;
}

export function weekDays<T extends ViewItem>(
  items: T[],
  anyDate: string,
  today: string,
  schoolHolidays: SchoolHoliday[] = [],
) {
  const from = weekStart(anyDate);
  const to = day(from).plus({ days: 6 }).toISODate() ?? from;
  return daysBetween(items, from, to, today, schoolHolidays);
}

/** The weeks (Monday to Sunday) that cover a month; days outside it are marked. */
export function monthWeeks<T extends ViewItem>(
  items: T[],
  anyDate: string,
  today: string,
  schoolHolidays: SchoolHoliday[] = [],
) {
  const first = day(anyDate).startOf('month');
  const from = weekStart(first.toISODate() ?? anyDate);
  const to = first.endOf('month').endOf('week').toISODate() ?? anyDate;
  const month = first.toFormat('yyyy-MM');
  const days = daysBetween(items, from, to, today, schoolHolidays).map((d) => ({
    ...d,
    inMonth: d.date.startsWith(month),
  }));
  const weeks: (typeof days)[] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/**
 * Late: still planned while its (last) date has passed. A repeat without an end date is never
 * late as a whole.
 */
export function lateItems<T extends ViewItem>(items: T[], today: string): T[] {
  return items.filter((item) => item.status === 'gepland' && lastRepeatDate(item) < today);
}

/** The period a view shows, and the dates of the periods before and after it. */
export function period(view: View, anyDate: string) {
  const base = day(anyDate);
  const unit = view === 'maand' ? 'month' : 'week';
  return {
    previous: base.minus({ [`${unit}s`]: 1 }).toISODate() ?? anyDate,
    next: base.plus({ [`${unit}s`]: 1 }).toISODate() ?? anyDate,
  };
}

/** A date from the address, or today when it is missing or not a real date. */
export function chosenDate(value: string | null, today: string): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return today;
  const parsed = day(value);
  if (!parsed.isValid || parsed.year < 2000 || parsed.year > 2100) return today;
  return value;
}
