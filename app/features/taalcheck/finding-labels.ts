import type { FindingKind } from './check-text';

/** How each kind of finding is named on the page. */
export const FINDING_LABELS: Record<FindingKind, string> = {
  'lange-zin': 'Lange zin',
  bijzin: 'Veel bijzinnen',
  'lang-woord': 'Lang woord',
  'moeilijk-woord': 'Moeilijk woord',
  passief: 'Lijdende vorm',
  afkorting: 'Afkorting',
  getal: 'Getal',
};

/** Findings about a whole sentence; the others are about a word or a few words. */
export const SENTENCE_KINDS: readonly FindingKind[] = ['lange-zin', 'bijzin'];
