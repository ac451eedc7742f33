import { describe, expect, it } from 'vitest';
import { isRightToLeft, LANGUAGE_CODE, languageName, normaliseLanguage } from './languages';

describe('languages', () => {
  it('knows which languages are written right to left', () => {
    expect(['ar', 'fa', 'ur', 'he', 'ar-MA'].map(isRightToLeft)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['tr', 'pl', 'ti', 'en'].map(isRightToLeft)).toEqual([false, false, false, false]);
  });

  it('names languages in Dutch and accepts any code', () => {
    expect(languageName('ar')).toBe('Arabisch');
    expect(languageName('tr')).toBe('Turks');
    expect(normaliseLanguage(' PT-br ')).toBe('pt-BR');
    expect(LANGUAGE_CODE.test('ti')).toBe(true);
    expect(LANGUAGE_CODE.test('Arabisch!')).toBe(false);
  });
});
