// Turns an address as people type it into a PDOK Locatieserver question, and picks the answer
// that is really that address. Pure functions: the tests check the query for every address form.

export type TypedAddress = { address: string; postcode: string; city: string };

export type ParsedAddress = {
  street: string;
  /** House number, without letter or addition. */
  number: number | undefined;
  /** Letter or addition as typed, without separators ("a", "A", "bis", "HS", "II"). */
  suffix: string;
  /** "1234AB", or '' when no valid postcode was typed. */
  postcode: string;
  /** The place name as PDOK knows it ("Den Haag" → "'s-Gravenhage"). */
  city: string;
};

export type FreeQuery = { q: string; fq: string[]; rows: number };

/** Apostrophes as phones and word processors type them. */
const APOSTROPHES = /[\u2018\u2019\u201B\u0060\u00B4]/g;

/** Characters with a meaning in a Solr query; never needed in an address. */
const SOLR_SPECIAL = /[+!(){}[\]^"~*?:\\/&|;]/g;

// Names people use for a place that the BAG spells otherwise: the common Dutch names, and
// Frisian names of towns whose BAG name is Dutch. Keys are compared without accents or case.
const CITY_ALIASES: Record<string, string> = {
  'den haag': "'s-Gravenhage",
  's gravenhage': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  's hertogenbosch': "'s-Hertogenbosch",
  ljouwert: 'Leeuwarden',
  snits: 'Sneek',
  harns: 'Harlingen',
  frjentsjer: 'Franeker',
  boalsert: 'Bolsward',
  'de jouwer': 'Joure',
  'it hearrenfean': 'Heerenveen',
};

/** Text for comparing names: no accents, no case, apostrophes and hyphens as spaces. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/['\-.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A postcode in any typed form ("3561 kt", "3561KT", " 3561  KT ") → "3561KT", else ''. */
export function compactPostcode(postcode: string): string {
  const match = /^\s*([1-9]\d{3})\s*([a-z]{2})\s*$/i.exec(postcode);
  return match ? `${match[1]}${match[2]?.toUpperCase()}` : '';
}

export function canonicalCity(city: string): string {
  const clean = city.normalize('NFC').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
  return CITY_ALIASES[comparable(clean)] ?? clean;
}

/**
 * Street, number and letter or addition: "Kerkstraat 12a", "Kerkstraat 12-A", "Kerkstraat 12 bis",
 * "Kerkstraat 3HS", "Kerkstraat 23-II", "2e Oosterparkstraat 10".
 */
export function parseAddress(input: TypedAddress): ParsedAddress {
  const address = input.address.normalize('NFC').replace(APOSTROPHES, "'").replace(/\s+/g, ' ');
  const match = /^(.+?)[\s,]+(\d{1,5})(?:\s*[-/]?\s*([a-z0-9]{1,6}))?\s*$/i.exec(address.trim());
  return {
    street: (match ? (match[1] ?? '') : address).trim().replace(/,$/, ''),
    number: match ? Number(match[2]) : undefined,
    suffix: match?.[3] ?? '',
    postcode: compactPostcode(input.postcode),
    city: canonicalCity(input.city),
  };
}

function solrText(text: string): string {
  return text.replace(SOLR_SPECIAL, ' ').replace(/\s+/g, ' ').trim();
}

/** The question for the free endpoint; undefined when too little was typed to look up. */
export function buildFreeQuery(input: TypedAddress): FreeQuery | undefined {
  const parsed = parseAddress(input);
  if (!parsed.postcode && !(parsed.street && parsed.city)) return undefined;
  const houseNumber = parsed.number === undefined ? '' : `${parsed.number}${parsed.suffix}`;
  const q = solrText([parsed.street, houseNumber, parsed.postcode, parsed.city].join(' '));
  const fq = ['type:adres'];
  if (parsed.postcode) fq.push(`postcode:${parsed.postcode}`);
  if (parsed.number !== undefined) fq.push(`huisnummer:${parsed.number}`);
  // A postcode and number filter leave a few dozen addresses at most (letters, additions).
  return { q, fq, rows: parsed.postcode && parsed.number !== undefined ? 50 : 20 };
}

export type AddressDoc = {
  type: string;
  straatnaam?: string;
  huisnummer?: number;
  huis_nlt?: string;
  postcode?: string;
  woonplaatsnaam?: string;
  gemeentenaam?: string;
};

function houseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The document that is the typed address: same number (with the same letter or addition when
 * one was typed, else the plain number first), same postcode or street and place.
 */
export function pickAddress<T extends AddressDoc>(input: TypedAddress, docs: T[]): T | undefined {
  const parsed = parseAddress(input);
  const street = comparable(parsed.street);
  const city = comparable(parsed.city);
  const candidates = docs.filter((doc) => {
    if (doc.type !== 'adres') return false;
    if (parsed.number !== undefined && doc.huisnummer !== parsed.number) return false;
    if (parsed.postcode) return doc.postcode?.replace(/\s/g, '').toUpperCase() === parsed.postcode;
    const sameStreet = street !== '' && comparable(doc.straatnaam ?? '') === street;
    const sameCity =
      comparable(doc.woonplaatsnaam ?? '') === city || comparable(doc.gemeentenaam ?? '') === city;
    return sameStreet && sameCity;
  });
  if (candidates.length === 0) return undefined;
  const wanted = houseKey(`${parsed.number ?? ''}${parsed.suffix}`);
  const exact = candidates.find((doc) => houseKey(doc.huis_nlt ?? '') === wanted);
  if (exact) return exact;
  // A letter or addition PDOK does not know: the building's plain number is still the right spot.
  return candidates.find((doc) => houseKey(doc.huis_nlt ?? '') === String(parsed.number));
}
