// What a column of an imported spreadsheet can become, per kind of import. `headers` are the
// column names we recognise (our own export first), compared without case, spaces or accents.

export type ImportField = { key: string; label: string; required?: boolean; headers: string[] };

export const PLACE_IMPORT_FIELDS: ImportField[] = [
  {
    key: 'name',
    label: 'Naam van de plek',
    required: true,
    headers: ['naam', 'naam van de plek', 'plek', 'ontmoetingsplek'],
  },
  {
    key: 'category',
    label: 'Soort plek (categorie)',
    required: true,
    headers: ['categorie', 'soort', 'soort plek'],
  },
  { key: 'address', label: 'Adres', headers: ['adres', 'straat', 'straat en huisnummer'] },
  { key: 'postcode', label: 'Postcode', headers: ['postcode'] },
  { key: 'city', label: 'Plaats', headers: ['plaats', 'woonplaats', 'stad'] },
  {
    key: 'whenParents',
    label: 'Wanneer zijn ouders er',
    headers: ['wanneer zijn ouders er', 'wanneer'],
  },
  { key: 'organisationName', label: 'Organisatie', headers: ['organisatie'] },
  { key: 'contactPerson', label: 'Contactpersoon', headers: ['contactpersoon'] },
  { key: 'phone', label: 'Telefoon', headers: ['telefoon', 'telefoonnummer', 'tel'] },
  { key: 'email', label: 'E-mail', headers: ['e-mail', 'email', 'e-mailadres', 'mail'] },
  { key: 'socialMedia', label: 'Sociale media', headers: ['sociale media', 'social media'] },
  { key: 'notes', label: 'Aantekeningen', headers: ['aantekeningen', 'opmerkingen', 'notities'] },
  { key: 'tipFrom', label: 'Tip van', headers: ['tip van'] },
  { key: 'topRank', label: 'Top 3 (1, 2 of 3)', headers: ['top 3', 'top3'] },
  { key: 'topReason', label: 'Reden top 3', headers: ['reden top 3', 'reden'] },
];

export const PERSON_IMPORT_FIELDS: ImportField[] = [
  { key: 'name', label: 'Naam', required: true, headers: ['naam', 'volledige naam'] },
  { key: 'kind', label: 'Soort (contactpersoon of sleutelfiguur)', headers: ['soort'] },
  { key: 'role', label: 'Functie of rol', headers: ['functie of rol', 'functie', 'rol'] },
  { key: 'organisationName', label: 'Organisatie', headers: ['organisatie'] },
  { key: 'placeName', label: 'Ontmoetingsplek', headers: ['ontmoetingsplek', 'plek'] },
  { key: 'phone', label: 'Telefoon', headers: ['telefoon', 'telefoonnummer', 'tel'] },
  { key: 'email', label: 'E-mail', headers: ['e-mail', 'email', 'e-mailadres', 'mail'] },
  { key: 'activeWhere', label: 'Waar actief', headers: ['waar actief'] },
  {
    key: 'told',
    label: 'Wat vertelde deze persoon',
    headers: ['wat vertelde deze persoon', 'verteld'],
  },
  { key: 'tips', label: 'Tips', headers: ['tips'] },
  { key: 'notes', label: 'Aantekeningen', headers: ['aantekeningen', 'opmerkingen', 'notities'] },
];

function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** The field each column most likely holds, by its header; '' when none (or taken already). */
export function guessMapping(headers: string[], fields: ImportField[]): string[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = headerKey(header);
    const field = fields.find((f) => !taken.has(f.key) && f.headers.includes(key));
    if (!field) return '';
    taken.add(field.key);
    return field.key;
  });
}
