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
