// How a place's details read on the card, the same on screen, in print and in the PDF.

/** "Straat 1, 1234 AB Utrecht": the address parts that are filled in. */
export function addressLine(place: { address: string; postcode: string; city: string }): string {
  const town = [place.postcode, place.city].filter(Boolean).join(' ');
  return [place.address, town].filter(Boolean).join(', ');
}

/** An http(s) address that can safely be a link; anything else is shown as text. */
export function webLink(value: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function placesCount(n: number): string {
  return n === 1 ? '1 plek' : `${n} plekken`;
}

const PRINT_CHARS_PER_LINE = 80;
/** About the number of text lines that fit on one printed A4 page (10 pt, the page margins). */
export const PRINT_LINES_PER_PAGE = 50;

const SHOWN_TEXT = [
  'address',
  'whenParents',
  'organisationName',
  'contactPerson',
  'phone',
  'email',
  'socialMedia',
  'notes',
  'tipFrom',
  'topReason',
] as const;

/**
 * Roughly how many printed lines a card takes. Only used to let a card that cannot fit on one
 * page start right after the card before it, instead of on a new page.
 */
export function estimatedPrintLines(places: Record<(typeof SHOWN_TEXT)[number], string>[]): number {
  let lines = 2;
  for (const place of places) {
    lines += 2;
    for (const key of SHOWN_TEXT) {
      if (!place[key]) continue;
      for (const part of place[key].split('\n'))
        lines += Math.max(1, Math.ceil(part.length / PRINT_CHARS_PER_LINE));
    }
  }
  return lines;
}
