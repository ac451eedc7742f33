import { describe, expect, it } from 'vitest';
import { normalisePhone, normalisePostcode } from './normalise';

describe('normalisePostcode', () => {
  it.each([
    ['1234ab', '1234 AB'],
    ['1234 AB', '1234 AB'],
    [' 1234  ab ', '1234 AB'],
    ['3561Ab', '3561 AB'],
  ])('stores %j as %j', (typed, stored) => {
    expect(normalisePostcode(typed)).toBe(stored);
  });

  it('keeps what is not a Dutch postcode as typed', () => {
    expect(normalisePostcode(' B-1000 ')).toBe('B-1000');
    expect(normalisePostcode('0123 AB')).toBe('0123 AB');
  });
});

describe('normalisePhone', () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['+31 6 1234 5678', '+31612345678'],
    ['0612345678', '+31612345678'],
    ['030 - 123 45 67', '+31301234567'],
    ['+31 (0)30 1234567', '+31301234567'],
    ['0031 6 12345678', '+31612345678'],
    ['+32 2 123 45 67', '+3221234567'],
  ])('reads %j as %j', (typed, normalised) => {
    expect(normalisePhone(typed)).toBe(normalised);
  });

  it('gives nothing for text that is not a phone number', () => {
    expect(normalisePhone('bel via de school')).toBe('');
    expect(normalisePhone('123')).toBe('');
    expect(normalisePhone('')).toBe('');
  });
});
