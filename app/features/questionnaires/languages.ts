import { isRightToLeft } from '~/features/insights/languages';

/** A language's name in that language itself ("العربية", "Türkçe"), for the parents' switch. */
export function ownLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

export function directionOf(code: string): 'rtl' | 'ltr' {
  return isRightToLeft(code) ? 'rtl' : 'ltr';
}
