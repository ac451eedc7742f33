import type { Texts } from './questions';

/**
 * One text of a parent page in the chosen language. Where the professional gave no translation
 * the Dutch text stands in, marked as Dutch so it reads left to right and a screen reader
 * pronounces it as Dutch.
 */
export function Localised({ texts, k, dutch }: { texts: Texts; k: string; dutch: string }) {
  const text = texts(k, dutch);
  return texts.isDutch(k) ? (
    <span lang="nl" dir="ltr">
      {text}
    </span>
  ) : (
    text
  );
}

export function DutchIf({ dutch, children }: { dutch: boolean | undefined; children: string }) {
  return dutch ? (
    <span lang="nl" dir="ltr">
      {children}
    </span>
  ) : (
    children
  );
}
