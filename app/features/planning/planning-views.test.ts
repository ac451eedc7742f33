import { describe, expect, it } from 'vitest';
import {
  chosenDate,
  lateItems,
  monthWeeks,
  type ViewItem,
  weekDays,
  weekStart,
} from './planning-views';

function item(overrides: Partial<ViewItem> = {}): ViewItem {
  return {
    kind: 'bezoek',
    id: 'v1',
    summary: 'Koffieochtend',
    placeName: 'De Linde',
    status: 'gepland',
    discussedOn: null,
    date: '2027-03-16',
    time: '09:30',
    durationMinutes: null,
    repeatWeeks: 1,
    repeatUntil: null,
    ...overrides,
  };
}

describe('weekDays', () => {
  it('shows a weekly repeat in the week after summer time starts, with Easter Monday', () => {
    const days = weekDays([item()], '2027-04-01', '2027-03-31');

    expect(days.map((d) => d.date)).toEqual([
      '2027-03-29',
      '2027-03-30',
      '2027-03-31',
      '2027-04-01',
      '2027-04-02',
      '2027-04-03',
      '2027-04-04',
    ]);
    expect(days[0]?.holidays.map((h) => h.name)).toEqual(['Tweede Paasdag']);
    expect(days[1]?.entries.map((e) => e.time)).toEqual(['09:30']);
    expect(days[2]?.isToday).toBe(true);
  });

  it('leaves out a cancelled contact moment', () => {
    const days = weekDays([item({ status: 'afgezegd', repeatWeeks: null })], '2027-03-16', '');

    expect(days.flatMap((d) => d.entries)).toHaveLength(0);
  });
});

describe('monthWeeks', () => {
  it('covers the month in whole weeks from Monday', () => {
    const weeks = monthWeeks([item()], '2027-03-10', '');

    expect(weeks[0]?.[0]?.date).toBe('2027-03-01');
    expect(weeks.at(-1)?.at(-1)?.date).toBe('2027-04-04');
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(
      weeks
        .flat()
        .filter((d) => d.entries.length > 0)
        .map((d) => d.date),
    ).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
  });
});

describe('lateItems', () => {
  it('finds planned items whose last date has passed', () => {
    const once = item({ id: 'once', repeatWeeks: null, date: '2027-03-01' });
    const done = item({ id: 'done', repeatWeeks: null, date: '2027-03-01', status: 'gedaan' });
    const ended = item({ id: 'ended', repeatUntil: '2027-03-30' });
    const open = item({ id: 'open' });

    expect(lateItems([once, done, ended, open], '2027-04-01').map((i) => i.id)).toEqual([
      'once',
      'ended',
    ]);
  });
});

describe('weekStart and chosenDate', () => {
  it('starts a week on Monday and ignores a date that does not exist', () => {
    expect(weekStart('2027-03-28')).toBe('2027-03-22');
    expect(chosenDate('2027-02-30', '2027-01-01')).toBe('2027-01-01');
    expect(chosenDate('2027-02-28', '2027-01-01')).toBe('2027-02-28');
  });
});

describe('school holidays in the views', () => {
  const voorjaar = {
    name: 'Voorjaarsvakantie',
    region: 'noord' as const,
    from: '2026-02-21',
    to: '2026-03-01',
  };

  it('marks the days of the week that lie in the school holiday', () => {
    const days = weekDays([item()], '2026-02-18', '', [voorjaar]);

    expect(days.map((d) => d.schoolHoliday)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'Voorjaarsvakantie',
      'Voorjaarsvakantie',
    ]);
  });

  it('marks the month days up to the last Sunday of the holiday', () => {
    const weeks = monthWeeks([], '2026-03-10', '', [voorjaar]);

    const marked = weeks.flat().filter((d) => d.schoolHoliday !== null);
    expect(marked.map((d) => d.date)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(marked.filter((d) => d.inMonth).map((d) => d.date)).toEqual(['2026-03-01']);
  });

  it('marks nothing without school holidays', () => {
    const days = weekDays([item()], '2026-02-25', '');

    expect(days.every((d) => d.schoolHoliday === null)).toBe(true);
  });
});
