import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, todayInAmsterdam } from './dates';

describe('dates shown to users', () => {
  it('shows times in Amsterdam time, summer and winter', () => {
    expect(formatDateTime('2026-07-01T10:00:00Z')).toContain('12:00');
    expect(formatDateTime('2026-12-01T10:00:00Z')).toContain('11:00');
  });

  it('writes calendar dates in Dutch without shifting the day', () => {
    expect(formatCalendarDate('2027-03-14')).toBe('14 maart 2027');
  });

  it('knows it is already tomorrow in Amsterdam late in the evening UTC', () => {
    expect(todayInAmsterdam(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
  });
});
