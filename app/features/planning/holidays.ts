import { DateTime } from 'luxon';

// Dutch public holidays, computed so they never run out. Easter Sunday by the anonymous
// Gregorian algorithm (Meeus/Jones/Butcher); the other moving feasts follow from it.

/** Easter Sunday of a Gregorian year as yyyy-mm-dd. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type Holiday = { date: string; name: string };

function plusDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate() ?? isoDate;
}

/** King's Day is 27 April, or Saturday 26 April when the 27th is a Sunday. */
function kingsDay(year: number): string {
  const day = DateTime.utc(year, 4, 27);
  return (day.weekday === 7 ? day.minus({ days: 1 }) : day).toISODate() ?? '';
}

// Computed once per year: the trust page asks for a year's holidays for every day it counts.
const holidaysByYear = new Map<number, readonly Holiday[]>();

/** The public holidays of a year, by date. Goede Vrijdag is shown, though not everyone is free. */
export function publicHolidays(year: number): Holiday[] {
  let holidays = holidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = Object.freeze(computePublicHolidays(year).map((h) => Object.freeze(h)));
    holidaysByYear.set(year, holidays);
  }
  return [...holidays];
}

function computePublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    { date: `${year}-01-01`, name: 'Nieuwjaarsdag' },
    { date: plusDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: plusDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay(year), name: 'Koningsdag' },
    { date: `${year}-05-05`, name: 'Bevrijdingsdag' },
    { date: plusDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: plusDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: plusDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, name: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, name: 'Tweede Kerstdag' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

/** The public holidays from `from` to `to` (yyyy-mm-dd, inclusive). */
export function holidaysBetween(from: string, to: string): Holiday[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const result: Holiday[] = [];
  for (let year = first; year <= last; year++) {
    for (const holiday of publicHolidays(year)) {
      if (holiday.date >= from && holiday.date <= to) result.push(holiday);
    }
  }
  return result;
}
