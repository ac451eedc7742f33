import { describe, expect, it } from 'vitest';
import { nextOccurrence, occurrencesBetween, type Schedule } from './occurrences';

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
