import { methodGuide } from '~/features/methods/method-guide';

// The preparation checklist of a session: what every session needs, then what the method guide
// says for its method. Stored as the texts of the items that are done.

export const GENERAL_PREPARATION = [
  'De plek is geregeld.',
  'De uitnodiging is gecontroleerd met de taalcheck.',
  'Ouders zijn persoonlijk uitgenodigd, of via school of een sleutelfiguur.',
  'Oppas voor de kinderen is geregeld.',
  'Een tolk of taalhulp is geregeld.',
  'De vergoeding of het bedankje is geregeld.',
  'Koffie, thee en iets te eten zijn geregeld.',
  'Ik weet of de plek goed te bereiken is, ook met een rolstoel of kinderwagen.',
  'Ouders krijgen een dag van tevoren een herinnering.',
] as const;

/** The items for a session with this method, general ones first, without doubles. */
export function checklistFor(method: string): string[] {
  const specific = methodGuide(method)?.prepare ?? [];
  return [...new Set([...GENERAL_PREPARATION, ...specific])];
}

/** Reads the stored list back; unknown or broken content gives an empty list. */
export function readChecklist(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
