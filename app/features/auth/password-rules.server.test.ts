import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { isCommonPassword } from './password-rules.server';

describe('isCommonPassword', () => {
  it('knows a few thousand common passwords', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(3000);
  });

  it('refuses common passwords, whatever their capitals', () => {
    for (const password of ['qwertyuiop', '1234567890', 'Password123', 'WACHTWOORD', 'welkom123']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('refuses a common password with digits or signs behind it', () => {
    for (const password of ['welkom2024!', 'wachtwoord-12', 'Feyenoord1908', 'password!!!!']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('refuses one character repeated', () => {
    expect(isCommonPassword('aaaaaaaaaaaa')).toBe(true);
  });

  it('accepts a sentence of a few words and an unusual word', () => {
    for (const password of [
      'een lang wachtwoord',
      'fietsen langs de vecht',
      'Kwikstaartje-2031',
      'zeven blauwe tulpen',
    ]) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });
});
