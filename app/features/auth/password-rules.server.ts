import { COMMON_PASSWORDS } from './common-passwords.ts';

const common = new Set(COMMON_PASSWORDS);

export const COMMON_PASSWORD_MESSAGE =
  'Dit wachtwoord gebruiken heel veel mensen. Het is makkelijk te raden. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.';

/**
 * True for a password from the list of common passwords, also with digits or signs behind it
 * ("welkom2024!" is as easy to guess as "welkom"), and for one character repeated.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.trim().toLowerCase();
  if (common.has(lower) || /^(.)\1*$/u.test(lower)) return true;
  const base = lower.replace(/[0-9\s!@#$%^&*()_+=.,:;?'"`~<>/\\|[\]{}-]+$/u, '');
  return base !== lower && base.length >= 3 && common.has(base);
}
