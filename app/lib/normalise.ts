// People type phone numbers and postcodes in many ways. We keep what they typed and store a
// normalised form beside it (phone) or store one consistent form (postcode).

/** "1234ab", "1234 AB", " 1234  ab " → "1234 AB"; anything else is returned trimmed. */
export function normalisePostcode(value: string): string {
  const trimmed = value.trim();
  const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/.exec(trimmed);
  if (!match) return trimmed;
  return `${match[1]} ${match[2]?.toUpperCase()}`;
}

export function isDutchPostcode(value: string): boolean {
  return /^[1-9]\d{3} [A-Z]{2}$/.test(normalisePostcode(value));
}

/**
 * A phone number in international form for tel: links and search: "06-12345678" and
 * "+31 6 1234 5678" both become "+31612345678". Returns '' when it is not a phone number.
 */
export function normalisePhone(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  if (/[^\d\s\-+()./]/.test(trimmed)) return '';
  let digits = trimmed.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+')) {
    const rest = digits.slice(1).replace(/\+/g, '');
    return rest.length >= 8 && rest.length <= 15 ? `+${rest}` : '';
  }
  if (digits.startsWith('0') && digits.length === 10) return `+31${digits.slice(1)}`;
  return '';
}
