import { describe, expect, it } from 'vitest';
import { easterSunday, holidaysBetween, publicHolidays } from './holidays';

describe('easterSunday', () => {
  it('matches the published dates of Easter, including the earliest and latest possible', () => {
    // Checked against the Western Easter dates as published in church calendars.
    const known: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) {
      expect(easterSunday(Number(year))).toBe(date);
    }
  });
});

describe('publicHolidays', () => {
  it('lists the Dutch public holidays of 2027', () => {
    expect(publicHolidays(2027)).toEqual([
      { date: '2027-01-01', name: 'Nieuwjaarsdag' },
      { date: '2027-03-26', name: 'Goede Vrijdag' },
      { date: '2027-03-28', name: 'Eerste Paasdag' },
      { date: '2027-03-29', name: 'Tweede Paasdag' },
      { date: '2027-04-27', name: 'Koningsdag' },
      { date: '2027-05-05', name: 'Bevrijdingsdag' },
      { date: '2027-05-06', name: 'Hemelvaartsdag' },
      { date: '2027-05-16', name: 'Eerste Pinksterdag' },
      { date: '2027-05-17', name: 'Tweede Pinksterdag' },
      { date: '2027-12-25', name: 'Eerste Kerstdag' },
      { date: '2027-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday', () => {
    expect(publicHolidays(2025).find((h) => h.name === 'Koningsdag')?.date).toBe('2025-04-26');
    expect(publicHolidays(2031).find((h) => h.name === 'Koningsdag')?.date).toBe('2031-04-26');
    expect(publicHolidays(2026).find((h) => h.name === 'Koningsdag')?.date).toBe('2026-04-27');
  });
});

describe('holidaysBetween', () => {
  it('finds holidays across the turn of a year', () => {
    expect(holidaysBetween('2026-12-20', '2027-01-03').map((h) => h.name)).toEqual([
      'Eerste Kerstdag',
      'Tweede Kerstdag',
      'Nieuwjaarsdag',
    ]);
  });
});
