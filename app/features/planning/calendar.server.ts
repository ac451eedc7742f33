import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { endOf, type Schedule, startOf, ZONE } from './occurrences';

// Calendar files for Outlook and Google Calendar. Times are written as local Amsterdam times with
// the zone's VTIMEZONE definition in the file, so a weekly repeat keeps its wall-clock time
// across summer time. ical-generator escapes commas, semicolons and line breaks, folds long lines
// at 75 octets without splitting a UTF-8 character, and ends lines with CRLF.

export type CalendarItem = Schedule & {
  /** Stable across downloads, so a calendar updates the item instead of adding it twice. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  cancelled: boolean;
  /** ISO timestamp of the last change (DTSTAMP / LAST-MODIFIED). */
  updatedAt: string;
};

export function buildCalendar({ name, items }: { name: string; items: CalendarItem[] }): string {
  const calendar = ical({
    name,
    prodId: { company: 'Ouders in de wijk', product: 'Planning', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: then DTSTAMP and UNTIL come out in UTC as RFC 5545 asks, while each
    // event's own zone still brings the VTIMEZONE definition into the file.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const item of items) {
    const start = startOf(item);
    if (!start.isValid) continue;
    const allDay = !item.time;
    const stamp = DateTime.fromISO(item.updatedAt, { zone: 'utc' });
    calendar.createEvent({
      id: item.uid,
      start,
      end: endOf(item, start),
      allDay,
      timezone: ZONE,
      summary: item.summary,
      description: item.description || null,
      location: item.location || null,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: stamp.isValid ? stamp : DateTime.utc(),
      lastModified: stamp.isValid ? stamp : null,
      repeating: item.repeatWeeks ? weeklyRule(item.repeatWeeks, item.repeatUntil, allDay) : null,
    });
  }
  // RFC 5545 ends every line with CRLF, the last one too; some readers drop a last line without.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * RFC 5545: UNTIL is a date for an all-day item and a UTC time for an item with a local start.
 * The repeat may still fall on the end date itself, at any time of that day.
 */
export function weeklyRule(weeks: number, untilDate: string | null, allDay: boolean): string {
  const rule = `FREQ=WEEKLY;INTERVAL=${weeks}`;
  if (!untilDate) return rule;
  const until = allDay
    ? untilDate.replaceAll('-', '')
    : DateTime.fromISO(untilDate, { zone: ZONE })
        .endOf('day')
        .toUTC()
        .toFormat("yyyyMMdd'T'HHmmss'Z'");
  return `${rule};UNTIL=${until}`;
}

/** A file name for an .ics download: letters and digits only, so no header can break. */
export function calendarFileName(base: string): string {
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${safe || 'agenda'}.ics`;
}

export function calendarResponse(body: string, fileName: string | null): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      ...(fileName ? { 'Content-Disposition': `attachment; filename="${fileName}"` } : {}),
    },
  });
}
