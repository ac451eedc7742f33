// Abbreviations that a parent may not know, with what they stand for. Their full stop does not end
// a sentence. Only "enz.", "etc." and the like often stand at the end of one; they end it when a
// capital letter follows.

export type Abbreviation = { short: string; full: string; canEndSentence?: boolean };

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: 'a.s.', full: 'aanstaande' },
  { short: 'a.u.b.', full: 'alstublieft' },
  { short: 'bijv.', full: 'bijvoorbeeld' },
  { short: 'bv.', full: 'bijvoorbeeld' },
  { short: 'blz.', full: 'bladzijde' },
  { short: 'ca.', full: 'circa, ongeveer' },
  { short: 'c.q.', full: 'of' },
  { short: 'd.w.z.', full: 'dat wil zeggen' },
  { short: 'dhr.', full: 'de heer' },
  { short: 'e.a.', full: 'en anderen', canEndSentence: true },
  { short: 'e.d.', full: 'en dergelijke', canEndSentence: true },
  { short: 'enz.', full: 'enzovoort', canEndSentence: true },
  { short: 'etc.', full: 'enzovoort', canEndSentence: true },
  { short: 'evt.', full: 'eventueel' },
  { short: 'excl.', full: 'zonder' },
  { short: 'incl.', full: 'met' },
  { short: 'i.p.v.', full: 'in plaats van' },
  { short: 'i.v.m.', full: 'in verband met' },
  { short: 'jl.', full: 'jongstleden' },
  { short: 'm.a.w.', full: 'met andere woorden' },
  { short: 'm.b.t.', full: 'over' },
  { short: 'm.i.v.', full: 'vanaf' },
  { short: 'max.', full: 'hoogstens' },
  { short: 'mevr.', full: 'mevrouw' },
  { short: 'min.', full: 'minuten' },
  { short: 'n.a.v.', full: 'naar aanleiding van' },
  { short: 'nr.', full: 'nummer' },
  { short: 'o.a.', full: 'onder andere' },
  { short: 'o.b.v.', full: 'op basis van' },
  { short: 'ong.', full: 'ongeveer' },
  { short: 'p.p.', full: 'per persoon' },
  { short: 'resp.', full: 'respectievelijk' },
  { short: 's.v.p.', full: 'alstublieft' },
  { short: 't.a.v.', full: 'ter attentie van' },
  { short: 'tel.', full: 'telefoon' },
  { short: 't/m', full: 'tot en met' },
  { short: 't.o.v.', full: 'ten opzichte van' },
  { short: 'vnl.', full: 'vooral' },
  { short: 'vs.', full: 'tegen' },
  { short: 'z.s.m.', full: 'zo snel mogelijk' },
  { short: 'zgn.', full: 'zogenaamd' },
];

/** Short names written in capitals that often appear in texts for parents. */
export const ACRONYMS: Record<string, string> = {
  AVG: 'de wet over privacy',
  BSO: 'buitenschoolse opvang: opvang na school',
  CJG: 'Centrum voor Jeugd en Gezin',
  GGD: 'de gezondheidsdienst van de gemeenten',
  JGZ: 'jeugdgezondheidszorg: het consultatiebureau en de jeugdarts',
  KDV: 'kinderdagverblijf',
  PLA: 'samen onderzoeken met ouders',
  VVE: 'extra hulp bij leren voor jonge kinderen',
  WMO: 'de wet voor hulp thuis',
};
