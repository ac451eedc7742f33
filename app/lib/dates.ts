// Every time a user sees is shown in Europe/Amsterdam, whatever the server's own time zone.
const ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
// Made once: building an Intl.DateTimeFormat costs far more than formatting with it, and a page
// formats hundreds of dates.
const calendarDateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const isoDayInAmsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "3 december 2026" for an ISO timestamp. */
export function formatDate(iso: string | Date): string {
  return dayFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatDateTime(iso: string | Date): string {
  return dateTimeFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

/** "14 maart 2027" for a calendar date stored as yyyy-mm-dd (no time zone shift). */
export function formatCalendarDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return calendarDateFormat.format(new Date(`${isoDate}T12:00:00Z`));
}

/** Today's calendar date in Amsterdam as yyyy-mm-dd. */
export function todayInAmsterdam(now = new Date()): string {
  return isoDayInAmsterdam.format(now);
}
