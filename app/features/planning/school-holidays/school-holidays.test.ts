import { describe, expect, it } from 'vitest';
import regions from '~/features/regions/regions.json' with { type: 'json' };
import {
  mappedMunicipalityCodes,
  REGION_EXCEPTIONS,
  SCHOOL_REGIONS,
  schoolRegionOf,
} from './municipality-regions';
import {
  listSchoolHolidays,
  mergeSchoolHolidays,
  schoolHolidayOn,
  schoolHolidaysBetween,
} from './school-holidays';

describe('schoolRegionOf', () => {
  it('gives every bundled municipality a region, and knows no others', () => {
    const bundled = regions.municipalities.map((m) => m.code).sort();

    expect(bundled.filter((code) => schoolRegionOf(code) === null)).toEqual([]);
    expect([...mappedMunicipalityCodes()].sort()).toEqual(bundled);
  });

  it('follows the province', () => {
    expect(schoolRegionOf('GM0363')).toBe('noord'); // Amsterdam
    expect(schoolRegionOf('GM0014')).toBe('noord'); // Groningen
    expect(schoolRegionOf('GM0344')).toBe('midden'); // Utrecht
    expect(schoolRegionOf('GM0599')).toBe('midden'); // Rotterdam
    expect(schoolRegionOf('GM0202')).toBe('midden'); // Arnhem
    expect(schoolRegionOf('GM0772')).toBe('zuid'); // Eindhoven
    expect(schoolRegionOf('GM0935')).toBe('zuid'); // Maastricht
    expect(schoolRegionOf('GM0687')).toBe('zuid'); // Middelburg
  });

  it('knows the exceptions to the province', () => {
    expect(schoolRegionOf('GM0317')).toBe('noord'); // Eemnes, Utrecht
    expect(schoolRegionOf('GM0244')).toBe('noord'); // Hattem, Gelderland
    expect(schoolRegionOf('GM0050')).toBe('midden'); // Zeewolde, Flevoland
    expect(schoolRegionOf('GM1959')).toBe('midden'); // Altena, Noord-Brabant
    expect(schoolRegionOf('GM0268')).toBe('zuid'); // Nijmegen, Gelderland
    expect(schoolRegionOf('GM0297')).toBe('zuid'); // Zaltbommel, Gelderland
    expect(Object.keys(REGION_EXCEPTIONS).every((code) => schoolRegionOf(code) !== null)).toBe(
      true,
    );
  });

  it('answers null for an unknown or malformed code', () => {
    expect(schoolRegionOf('GM9999')).toBeNull();
    expect(schoolRegionOf('0344')).toBeNull();
    expect(schoolRegionOf('')).toBeNull();
  });
});

describe('the bundled school holidays', () => {
  const periods = listSchoolHolidays();

  it('has the five holidays for every region in both school years', () => {
    for (const year of ['2025', '2026']) {
      for (const region of SCHOOL_REGIONS) {
        const names = periods
          .filter((p) => p.region === region && p.from >= `${year}-08-01`)
          .filter((p) => p.from < `${Number(year) + 1}-08-01`)
          .map((p) => p.name);
        expect(names, `${region} ${year}`).toEqual([
          'Herfstvakantie',
          'Kerstvakantie',
          'Voorjaarsvakantie',
          'Meivakantie',
          'Zomervakantie',
        ]);
      }
    }
  });

  it('runs every period from a Saturday to a Sunday, start before end', () => {
    for (const p of periods) {
      expect(new Date(`${p.from}T12:00:00Z`).getUTCDay(), `${p.name} ${p.from}`).toBe(6);
      expect(new Date(`${p.to}T12:00:00Z`).getUTCDay(), `${p.name} ${p.to}`).toBe(0);
      expect(p.from < p.to).toBe(true);
    }
  });

  it('gives the summer holiday six weeks and no region the same start as both others', () => {
    const summers = periods.filter((p) => p.name === 'Zomervakantie');
    for (const s of summers) {
      const days = (Date.parse(s.to) - Date.parse(s.from)) / 86_400_000 + 1;
      expect(days).toBe(44);
    }
    for (const year of ['2026', '2027']) {
      const starts = summers.filter((s) => s.from.startsWith(year)).map((s) => s.from);
      expect(new Set(starts).size).toBe(3);
    }
  });
});

describe('schoolHolidaysBetween', () => {
  it('finds the holidays of one region that overlap a period', () => {
    const inFebruary = schoolHolidaysBetween('noord', '2026-02-01', '2026-02-28');

    expect(inFebruary).toEqual([
      { name: 'Voorjaarsvakantie', region: 'noord', from: '2026-02-21', to: '2026-03-01' },
    ]);
    expect(schoolHolidaysBetween('zuid', '2026-02-23', '2026-02-28')).toEqual([]);
  });

  it('finds a holiday that starts before and ends after the period', () => {
    const week = schoolHolidaysBetween('midden', '2026-12-28', '2027-01-03');

    expect(week.map((p) => p.name)).toEqual(['Kerstvakantie']);
  });
});

describe('schoolHolidayOn', () => {
  const periods = schoolHolidaysBetween('zuid', '2025-10-01', '2025-10-31');

  it('gives the holiday on its first and last day', () => {
    expect(schoolHolidayOn(periods, '2025-10-11')?.name).toBe('Herfstvakantie');
    expect(schoolHolidayOn(periods, '2025-10-19')?.name).toBe('Herfstvakantie');
  });

  it('gives nothing on the days around it', () => {
    expect(schoolHolidayOn(periods, '2025-10-10')).toBeNull();
    expect(schoolHolidayOn(periods, '2025-10-20')).toBeNull();
  });
});

describe('mergeSchoolHolidays', () => {
  const bundled = schoolHolidaysBetween('midden', '2026-08-01', '2027-07-31');

  it('replaces the bundled holiday of the same name and school year with a correction', () => {
    const own = [
      { name: 'Herfstvakantie', region: 'midden' as const, from: '2026-10-10', to: '2026-10-18' },
    ];

    const merged = mergeSchoolHolidays(bundled, own);

    expect(merged.filter((p) => p.name === 'Herfstvakantie')).toEqual(own);
    expect(merged).toHaveLength(bundled.length);
  });

  it('adds a period with another name, sorted by start', () => {
    const own = [
      { name: 'Studiedagen', region: 'midden' as const, from: '2027-03-01', to: '2027-03-02' },
    ];

    const merged = mergeSchoolHolidays(bundled, own);

    expect(merged).toHaveLength(bundled.length + 1);
    expect(merged.map((p) => p.from)).toEqual([...merged.map((p) => p.from)].sort());
    expect(merged.map((p) => p.name)).toContain('Studiedagen');
  });
});
