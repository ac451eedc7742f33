import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarItem, calendarFileName } from './calendar.server';

function item(overrides: Partial<CalendarItem> = {}): CalendarItem {
  return {
    uid: 'item-1@ouders-in-de-wijk',
    summary: 'Koffieochtend',
    description: '',
    location: '',
    cancelled: false,
    updatedAt: '2026-12-01T10:00:00.000Z',
    date: '2027-03-16',
    time: '09:30',
    durationMinutes: 90,
    repeatWeeks: null,
    repeatUntil: null,
    ...overrides,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar;
}

function events(text: string) {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

/** Every start of a repeating event as a UTC ISO string, up to `max` of them. */
function startsUtc(event: InstanceType<typeof ICAL.Event>, max = 60): string[] {
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < max; next = iterator.next()) {
    starts.push(next.toJSDate().toISOString());
  }
  return starts;
}

describe('calendar file', () => {
  it('carries the Amsterdam time zone definition and writes local times with it', () => {
    const text = buildCalendar({ name: 'Planning', items: [item()] });

    const calendar = parse(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Amsterdam',
    );
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270316T093000');
    const [event] = events(text);
    expect(event?.startDate.toJSDate().toISOString()).toBe('2027-03-16T08:30:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2027-03-16T10:00:00.000Z');
  });

  it('keeps a weekly repeat at 09:30 local time across the start of summer time', () => {
    const text = buildCalendar({
      name: 'Planning',
      items: [item({ repeatWeeks: 1, repeatUntil: '2027-04-13' })],
    });

    const [event] = events(text);
    expect(event).toBeDefined();
    expect(startsUtc(event as InstanceType<typeof ICAL.Event>)).toEqual([
      '2027-03-16T08:30:00.000Z',
      '2027-03-23T08:30:00.000Z',
      // Summer time starts on Sunday 28 March 2027: 09:30 in Amsterdam is now 07:30 UTC.
      '2027-03-30T07:30:00.000Z',
      '2027-04-06T07:30:00.000Z',
      '2027-04-13T07:30:00.000Z',
    ]);
  });

  it('keeps a two-weekly repeat at its local time across the end of summer time', () => {
    const text = buildCalendar({
      name: 'Planning',
      items: [
        item({ date: '2027-10-19', time: '19:00', repeatWeeks: 2, repeatUntil: '2027-11-16' }),
      ],
    });

    const [event] = events(text);
    expect(startsUtc(event as InstanceType<typeof ICAL.Event>)).toEqual([
      '2027-10-19T17:00:00.000Z',
      // Winter time from Sunday 31 October 2027.
      '2027-11-02T18:00:00.000Z',
      '2027-11-16T18:00:00.000Z',
    ]);
  });

  it('writes an item without a time as an all-day item, also when it repeats', () => {
    const text = buildCalendar({
      name: 'Planning',
      items: [item({ time: '', repeatWeeks: 1, repeatUntil: '2027-03-30' })],
    });

    const [event] = events(text);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2027-03-16');
    expect(event?.endDate.toString()).toBe('2027-03-17');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20270330\r\n');
    const iterator = event?.iterator();
    const days: string[] = [];
    for (let next = iterator?.next(); next; next = iterator?.next()) days.push(next.toString());
    expect(days).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
  });

  it('repeats without end when no end date is given', () => {
    const text = buildCalendar({ name: 'Planning', items: [item({ repeatWeeks: 1 })] });

    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1\r\n');
    expect(startsUtc(events(text)[0] as InstanceType<typeof ICAL.Event>, 60)).toHaveLength(60);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and gives them back unchanged', () => {
    const summary = 'Koffie, thee; en "koekjes" \\ bij De Linde';
    const description = 'Eerste regel\nTweede regel, met komma; en puntkomma';
    const text = buildCalendar({
      name: 'Plan; met, tekens',
      items: [item({ summary, description, location: 'Buurthuis, zaal 2; boven' })],
    });

    expect(text).toContain('SUMMARY:Koffie\\, thee\\; en "koekjes" \\\\ bij De Linde');
    const [event] = events(text);
    expect(event?.summary).toBe(summary);
    expect(event?.description).toBe(description);
    expect(event?.location).toBe('Buurthuis, zaal 2; boven');
  });

  it('ends every line with CRLF and folds long lines without breaking a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (text) => {
        const summary = `Gesprek ${text}`.replace(/\r/g, '');
        const file = buildCalendar({ name: 'Planning', items: [item({ summary })] });

        expect(file.endsWith('\r\n')).toBe(true);
        expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of file.split('\r\n')) {
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
          // A line that was cut in the middle of a UTF-8 sequence would not decode.
          expect(line).not.toContain('\uFFFD');
        }
        expect(events(file)[0]?.summary).toBe(summary);
      }),
      { numRuns: 60 },
    );
  });

  it('folds Turkish, Arabic and Japanese text and reads it back whole', () => {
    const description = `${'İstanbul Şişli ığdır '.repeat(8)} مرحبا بكم 日本語のテキスト 🇳🇱 Ouders`;
    const file = buildCalendar({ name: 'Planning', items: [item({ description })] });

    expect(file.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    expect(events(file)[0]?.description).toBe(description);
  });

  it('marks a cancelled item as cancelled', () => {
    const file = buildCalendar({ name: 'Planning', items: [item({ cancelled: true })] });

    expect(events(file)[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes DTSTAMP in UTC', () => {
    const file = buildCalendar({ name: 'Planning', items: [item()] });

    expect(file).toContain('DTSTAMP:20261201T100000Z\r\n');
  });
});

describe('calendarFileName', () => {
  it('keeps only safe letters so the download header cannot break', () => {
    expect(calendarFileName('Koffieochtend "De Linde"; één\r\nX')).toBe(
      'koffieochtend-de-linde-een-x.ics',
    );
    expect(calendarFileName('مرحبا')).toBe('agenda.ics');
  });
});
