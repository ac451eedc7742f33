import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { publicHolidays } from '~/features/planning/holidays';
import { answerDueAt, answerState } from './working-days';

/** The first way of counting, day by day with Luxon in Amsterdam: the reference for the fast one. */
function dueDayByDay(receivedAt: string, workingDays: number): DateTime {
  const isDayOff = (date: DateTime) =>
    date.weekday >= 6 ||
    publicHolidays(date.year).some(
      (h) =>
        h.date === date.toISODate() &&
        h.name !== 'Goede Vrijdag' &&
        (h.name !== 'Bevrijdingsdag' || date.year % 5 === 0),
    );
  let day = DateTime.fromISO(receivedAt, { zone: 'utc' })
    .setZone('Europe/Amsterdam')
    .startOf('day');
  let counted = 0;
  while (counted < workingDays) {
    day = day.plus({ days: 1 });
    if (!isDayOff(day)) counted++;
  }
  return day.endOf('day');
}

function due(receivedAt: string, days = 1) {
  return answerDueAt(receivedAt, days).toFormat('yyyy-MM-dd HH:mm');
}

describe('answerDueAt', () => {
  it('gives until the end of the next working day', () => {
    // Tuesday 2 March 2027, 10:00 in Amsterdam.
    expect(due('2027-03-02T09:00:00Z')).toBe('2027-03-03 23:59');
  });

  it('skips the weekend: a Friday call is due on Monday', () => {
    expect(due('2027-03-05T14:00:00Z')).toBe('2027-03-08 23:59');
    expect(due('2027-03-06T10:00:00Z')).toBe('2027-03-08 23:59');
  });

  it('skips Easter Monday and Kings Day, but not Good Friday', () => {
    // Thursday 25 March 2027: Good Friday counts as a working day.
    expect(due('2027-03-25T10:00:00Z')).toBe('2027-03-26 23:59');
    // Friday 26 March: weekend and Easter Monday 29 March are skipped.
    expect(due('2027-03-26T10:00:00Z')).toBe('2027-03-30 23:59');
    // Monday 26 April 2027: Kings Day on Tuesday the 27th.
    expect(due('2027-04-26T10:00:00Z')).toBe('2027-04-28 23:59');
  });

  it('uses the day in Amsterdam, also just before midnight in UTC', () => {
    // 23:30 UTC on Monday 1 March is already Tuesday 00:30 in Amsterdam.
    expect(due('2027-03-01T23:30:00Z')).toBe('2027-03-03 23:59');
  });

  it('counts more working days when the organisation sets a longer target', () => {
    expect(due('2027-03-05T10:00:00Z', 2)).toBe('2027-03-09 23:59');
  });
});

describe('answerDueAt against the day-by-day count', () => {
  it('gives the same moment for every 7 hours of 2030, around summer time and holidays', () => {
    // 2030 has Bevrijdingsdag as a day off, and two summer-time changes (31 March, 27 October).
    let compared = 0;
    const end = Date.UTC(2031, 0, 1);
    for (let ms = Date.UTC(2030, 0, 1); ms < end; ms += 7 * 3_600_000) {
      const receivedAt = new Date(ms).toISOString();
      for (const days of [0, 1, 3, 10]) {
        const fast = answerDueAt(receivedAt, days);
        expect(fast.toISO(), `${receivedAt} + ${days}`).toBe(dueDayByDay(receivedAt, days).toISO());
        expect(fast.zoneName).toBe('Europe/Amsterdam');
        compared++;
      }
    }
    expect(compared).toBe(1252 * 4);
  });

  it('gives the same moment when asked again (the kept answer), and for other ISO forms', () => {
    for (const receivedAt of ['2030-03-29T23:30:00Z', '2030-03-30T01:30:00+01:00', '2030-10-26']) {
      const first = answerDueAt(receivedAt, 3).toISO();
      expect(answerDueAt(receivedAt, 3).toISO()).toBe(first);
      expect(first).toBe(dueDayByDay(receivedAt, 3).toISO());
    }
  });

  it('stays an invalid time for a time that cannot be read', () => {
    expect(answerDueAt('gisteren', 1).isValid).toBe(false);
    expect(answerState({ receivedAt: 'gisteren', answeredAt: null }, 1)).toBe('te-laat');
  });
});

describe('answerState', () => {
  const received = '2027-03-05T14:00:00Z';

  it('waits, then turns late after the due day', () => {
    expect(
      answerState({ receivedAt: received, answeredAt: null }, 1, new Date('2027-03-08T20:00:00Z')),
    ).toBe('wacht');
    expect(
      answerState({ receivedAt: received, answeredAt: null }, 1, new Date('2027-03-08T23:30:00Z')),
    ).toBe('te-laat');
  });

  it('says whether an answer came in time', () => {
    expect(answerState({ receivedAt: received, answeredAt: '2027-03-08T09:00:00Z' }, 1)).toBe(
      'op-tijd',
    );
    expect(answerState({ receivedAt: received, answeredAt: '2027-03-09T09:00:00Z' }, 1)).toBe(
      'te-laat-beantwoord',
    );
  });
});
