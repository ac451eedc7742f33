import type { SchoolRegion } from './municipality-regions';
import data from './school-holiday-periods.json' with { type: 'json' };

// The school holidays of a region, from the bundled list (README.md says where it comes from and
// how to add a school year).

export type SchoolHoliday = { name: string; region: SchoolRegion; from: string; to: string };

const PERIODS: readonly SchoolHoliday[] = Object.freeze(
  data.periods.map((p) =>
    Object.freeze({ name: p.name, region: p.region as SchoolRegion, from: p.from, to: p.to }),
  ),
);

export const SCHOOL_HOLIDAY_SOURCE: string = data.source;

/** Every bundled school holiday, sorted by start. */
export function listSchoolHolidays(): SchoolHoliday[] {
  return [...PERIODS].sort((a, b) => a.from.localeCompare(b.from));
}

/** The school holidays of a region that overlap `from` to `to` (yyyy-mm-dd, inclusive). */
export function schoolHolidaysBetween(
  region: SchoolRegion,
  from: string,
  to: string,
): SchoolHoliday[] {
  return listSchoolHolidays().filter((p) => p.region === region && p.from <= to && p.to >= from);
}

/** The school holiday a date lies in, if any. */
export function schoolHolidayOn(periods: SchoolHoliday[], date: string): SchoolHoliday | null {
  return periods.find((p) => p.from <= date && p.to >= date) ?? null;
}

/** The school year a date lies in, by its start: "2026" for 1 August 2026 to 31 July 2027. */
function schoolYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return isoDate.slice(5) >= '08-01' ? year : year - 1;
}

/**
 * The bundled periods with the organisation's own: an own period replaces the bundled holiday
 * of the same name, region and school year (a correction); any other own period is added.
 */
export function mergeSchoolHolidays(
  bundled: SchoolHoliday[],
  own: SchoolHoliday[],
): SchoolHoliday[] {
  const replaced = (p: SchoolHoliday) =>
    own.some(
      (o) =>
        o.region === p.region &&
        o.name.toLowerCase() === p.name.toLowerCase() &&
        schoolYearOf(o.from) === schoolYearOf(p.from),
    );
  return [...bundled.filter((p) => !replaced(p)), ...own].sort((a, b) =>
    a.from.localeCompare(b.from),
  );
}
