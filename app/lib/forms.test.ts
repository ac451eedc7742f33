import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { choices, dateText, normaliseDate, parseForm, requiredText, timeText } from './forms';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

describe('parseForm', () => {
  const schema = z.object({
    name: requiredText('een naam', 20),
    ages: choices('een leeftijd', ['0-4', '4-12']),
  });

  it('gives a Dutch message per field and keeps every typed value', () => {
    const result = parseForm(schema, form({ name: '', ages: ['0-4', 'oud'] }));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('Vul een naam in.');
    expect(result.errors['ages.1']).toBe('Kies een leeftijd uit de lijst.');
    expect(result.values).toEqual({ name: '', ages: ['0-4', 'oud'] });
  });

  it('refuses a text over its maximum and says the maximum', () => {
    const result = parseForm(schema, form({ name: 'x'.repeat(10_000) }));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.name).toContain('hoogstens 20 tekens');
  });

  it('trims and removes control characters but keeps emoji and right-to-left text', () => {
    const result = parseForm(schema, form({ name: '  مدرسة 🌳\u0007 ' }));

    expect(result.ok && result.data.name).toBe('مدرسة 🌳');
  });

  it('reads one checkbox as a list', () => {
    const result = parseForm(schema, form({ name: 'a', ages: '4-12' }));

    expect(result.ok && result.data.ages).toEqual(['4-12']);
  });
});

describe('dates and times', () => {
  it('accepts the date input and dates as people type them', () => {
    expect(normaliseDate('14-03-2027')).toBe('2027-03-14');
    expect(normaliseDate('1/3/2027')).toBe('2027-03-01');
    expect(normaliseDate('2027-03-14')).toBe('2027-03-14');
  });

  it('says when a date does not exist or lies far away', () => {
    const schema = z.object({ on: dateText('de datum', { required: true }) });
    const message = (on: string) => {
      const result = schema.safeParse({ on });
      return result.success ? '' : result.error.issues[0]?.message;
    };
    expect(message('31-02-2027')).toBe('Deze datum bestaat niet. Kijk de dag en de maand na.');
    expect(message('2027-13-01')).toBe('Deze datum bestaat niet. Kijk de dag en de maand na.');
    expect(message('01-01-1900')).toBe('Kies een datum tussen 2000 en 2100.');
    expect(message('morgen')).toContain('dag-maand-jaar');
    expect(message('')).toBe('Vul de datum in.');
  });

  it('refuses dates that do not exist', () => {
    const schema = z.object({ on: dateText('de datum', { required: true }) });
    expect(schema.safeParse({ on: '31-02-2027' }).success).toBe(false);
    expect(schema.safeParse({ on: '2027-02-31' }).success).toBe(false);
    expect(schema.safeParse({ on: '' }).success).toBe(false);
  });

  it('allows an empty optional date and checks times', () => {
    const schema = z.object({
      on: dateText('de datum', { required: false }),
      at: timeText('de tijd'),
    });
    expect(schema.safeParse({ on: '', at: '' }).success).toBe(true);
    expect(schema.safeParse({ on: '', at: '09:30' }).success).toBe(true);
    expect(schema.safeParse({ on: '', at: '25:00' }).success).toBe(false);
  });
});
