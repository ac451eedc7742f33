import { describe, expect, it } from 'vitest';
import {
  nextOccurrence,
  occurrenceDatesBetween,
  occurrencesBetween,
  type Schedule,
} from './occurrences';

const tuesdayMorning: Schedule = {
  date: '2027-03-16',
  time: '09:30',
  durationMinutes: 120,
  repeatWeeks: 1,
  repeatUntil: '2027-04-06',
};

describe('occurrencesBetween', () => {
  it('keeps the local time on both sides of the change to summer time', () => {
    const found = occurrencesBetween(tuesdayMorning, '2027-03-01', '2027-12-31');

    expect(found.map((o) => o.date)).toEqual([
      '2027-03-16',
      '2027-03-23',
      '2027-03-30',
      '2027-04-06',
    ]);
    expect(found.map((o) => o.start.toFormat('HH:mm'))).toEqual([
      '09:30',
      '09:30',
      '09:30',
      '09:30',
    ]);
    expect(found.map((o) => o.start.toUTC().toFormat('HH:mm'))).toEqual([
      '08:30',
      '08:30',
      '07:30',
      '07:30',
    ]);
    expect(found[0]?.end.toFormat('HH:mm')).toBe('11:30');
  });

  it('keeps the local time on both sides of the change back to winter time', () => {
    const found = occurrencesBetween(
      {
        date: '2027-10-26',
        time: '19:00',
        durationMinutes: null,
        repeatWeeks: 1,
        repeatUntil: null,
      },
      '2027-10-20',
      '2027-11-03',
    );

    expect(found.map((o) => o.start.toISO())).toEqual([
      '2027-10-26T19:00:00.000+02:00',
      '2027-11-02T19:00:00.000+01:00',
    ]);
    expect(
      occurrencesBetween(
        {
          date: '2027-10-19',
          time: '19:00',
          durationMinutes: null,
          repeatWeeks: 1,
          repeatUntil: null,
        },
        '2027-10-19',
        '2027-10-19',
      )[0]?.start.toISO(),
    ).toBe('2027-10-19T19:00:00.000+02:00');
  });

  it('starts a window in the middle of a repeat on the right week', () => {
    const everyTwoWeeks: Schedule = { ...tuesdayMorning, repeatWeeks: 2, repeatUntil: null };

    expect(
      occurrencesBetween(everyTwoWeeks, '2027-05-01', '2027-05-31').map((o) => o.date),
    ).toEqual(['2027-05-11', '2027-05-25']);
  });

  it('gives a single item only when its date lies in the window', () => {
    const once: Schedule = { ...tuesdayMorning, repeatWeeks: null };

    expect(occurrencesBetween(once, '2027-03-16', '2027-03-16')).toHaveLength(1);
    expect(occurrencesBetween(once, '2027-03-17', '2027-03-31')).toHaveLength(0);
  });

  it('treats an item without a time as all day', () => {
    const [whole] = occurrencesBetween({ ...tuesdayMorning, time: '' }, '2027-03-16', '2027-03-16');

    expect(whole?.allDay).toBe(true);
    expect(whole?.end.diff(whole.start, 'hours').hours).toBe(24);
  });
});

describe('nextOccurrence', () => {
  it('finds the next time of a repeat, and nothing after its end date', () => {
    expect(nextOccurrence(tuesdayMorning, '2027-03-24')?.date).toBe('2027-03-30');
    expect(nextOccurrence(tuesdayMorning, '2027-03-10')?.date).toBe('2027-03-16');
    expect(nextOccurrence(tuesdayMorning, '2027-04-07')).toBeNull();
  });
});

describe('occurrenceDatesBetween', () => {
  // Every combination below, across the summer-time changes of 2027 (28 March, 31 October) and
  // 2028 (26 March, 29 October), including 02:30 on the day the clock jumps from 02:00 to 03:00.
  const dates = [
    '2027-03-21',
    '2027-03-28',
    '2027-03-29',
    '2027-10-24',
    '2027-10-31',
    '2028-02-29',
  ];
  const times = ['', '02:30', '09:30', '23:59'];
  const repeats = [null, -1, 1, 3, 52];
  const untils = [null, '2027-03-01', '2027-04-30', '2027-11-15', '2028-12-31'];
  const periods: [string, string][] = [
    ['2027-03-22', '2027-03-28'],
    ['2027-03-29', '2027-04-04'],
    ['2027-10-25', '2027-11-07'],
    ['2027-01-01', '2028-12-31'],
    ['2028-03-20', '2028-04-02'],
    ['2026-01-05', '2026-01-11'],
  ];

  it('gives the same dates as occurrencesBetween, also around summer time', () => {
    let compared = 0;
    let nonEmpty = 0;
    for (const date of dates) {
      for (const time of times) {
        for (const repeatWeeks of repeats) {
          for (const repeatUntil of untils) {
            const schedule = { date, time, durationMinutes: null, repeatWeeks, repeatUntil };
            for (const [from, to] of periods) {
              const expected = occurrencesBetween(schedule, from, to).map((o) => o.date);
              expect(occurrenceDatesBetween(schedule, from, to), JSON.stringify(schedule)).toEqual(
                expected,
              );
              compared++;
              if (expected.length > 0) nonEmpty++;
            }
          }
        }
      }
    }
    expect(compared).toBe(dates.length * times.length * repeats.length * untils.length * 6);
    expect(nonEmpty).toBeGreaterThan(compared / 4);
  });

  it('has no dates for an item whose date or time cannot be read', () => {
    const broken = { durationMinutes: null, repeatWeeks: 1, repeatUntil: null };
    for (const schedule of [
      { ...broken, date: '2027-02-30', time: '09:30' },
      { ...broken, date: '2027-03-16', time: '25:00' },
      { ...broken, date: '2027-03-16', time: '25:00', repeatWeeks: null },
    ]) {
      expect(occurrencesBetween(schedule, '2027-01-01', '2027-12-31')).toEqual([]);
      expect(occurrenceDatesBetween(schedule, '2027-01-01', '2027-12-31')).toEqual([]);
    }
  });
});
