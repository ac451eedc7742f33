// Languages the professional writes texts in. Any language code is allowed (BCP 47, such as
// "ar", "tr", "ti" or "pt-BR"); scripts written right to left are printed with dir="rtl".

const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ku-arab',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

export const LANGUAGE_CODE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

export function normaliseLanguage(code: string): string {
  const [first = '', ...rest] = code.trim().split('-');
  return [
    first.toLowerCase(),
    ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part)),
  ].join('-');
}

export function isRightToLeft(code: string): boolean {
  const lower = code.toLowerCase();
  return (
    RIGHT_TO_LEFT.has(lower) || RIGHT_TO_LEFT.has(lower.split('-')[0] ?? '') || /-arab$/.test(lower)
  );
}

const names = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });

/** The language's name in Dutch ("Arabisch"), or the code when it has none. */
export function languageName(code: string): string {
  try {
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase('nl') + name.slice(1);
  } catch {
    return code;
  }
}
