import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros } from './trust-schemas';

describe('parseEuros', () => {
  it('reads amounts as Dutch people type them', () => {
    expect(parseEuros('12,50')).toBe(1250);
    expect(parseEuros('12.50')).toBe(1250);
    expect(parseEuros('€ 20')).toBe(2000);
    expect(parseEuros('1.250,00')).toBe(125000);
    expect(parseEuros('')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    expect(parseEuros('twintig')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('12,505')).toBeNull();
  });
});

describe('formatEuros', () => {
  it('writes euros the Dutch way', () => {
    expect(formatEuros(1250).replace(/\s/g, ' ')).toBe('€ 12,50');
  });
});
