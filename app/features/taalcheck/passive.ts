// Passive forms: a form of "worden" or "zijn" with a past participle in the same clause ("u wordt
// uitgenodigd", "de ouders zijn gevraagd", "dat het besproken wordt"). "Zijn" also makes the
// perfect of verbs of movement and change ("is gekomen", "zijn verhuisd"): those are active and
// left alone, as are nouns and adjectives that look like participles ("zijn gezin", "is bekend").

import type { Token } from './check-text';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest']);

const PARTICLES = [
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'onder',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
  'samen',
  'tegen',
  'thuis',
  'langs',
  'rond',
  'neer',
  'vrij',
  'klaar',
  'dicht',
  'open',
  'binnen',
  'buiten',
];

const GE_PARTICIPLE = new RegExp(`^(?:${PARTICLES.join('|')})?ge\\p{L}{2,}(?:d|t|en)$`, 'u');
const PREFIX_PARTICIPLE = new RegExp(
  `^(?:${PARTICLES.join('|')})?(?:be|ver|ont|her|er)\\p{L}{2,}(?:d|t|en)$`,
  'u',
);

/** Words that look like a participle but are nouns or adjectives. */
const LOOKALIKES = new Set([
  'bekend',
  'benieuwd',
  'bereid',
  'beroemd',
  'bezorgd',
  'ervaren',
  'verkeerd',
  'verliefd',
  'verwend',
  'gezond',
  'gewend',
  'geschikt',
  'gerust',
  'geliefd',
  'geld',
  'gebied',
  'gebieden',
  'gebouwen',
  'gedachten',
  'gedicht',
  'gedichten',
  'geheimen',
  'gerecht',
  'gerechten',
  'geschenken',
  'gesprekken',
  'getallen',
  'gevolgen',
  'gewicht',
  'gewoonten',
  'gezicht',
  'gezichten',
  'gezinnen',
  'geluiden',
  'gelden',
  'geloven',
  'genieten',
  'verhalen',
  'vertrouwen',
  'verschillen',
  'verbeteren',
  'beginnen',
  'bereiken',
  'beslissen',
  'bezoeken',
  'ervaringen',
  'ontmoeten',
]);

/** Verbs whose perfect is made with "zijn": active, not passive. Particle forms end the same. */
const WITH_ZIJN = [
  'gegaan',
  'gekomen',
  'gebleven',
  'geworden',
  'geweest',
  'gebeurd',
  'gevallen',
  'gestorven',
  'geboren',
  'gelukt',
  'mislukt',
  'gebleken',
  'verdwenen',
  'ontstaan',
  'gestaan',
  'begonnen',
  'vertrokken',
  'verhuisd',
  'overleden',
  'gegroeid',
  'gestopt',
  'gestart',
  'veranderd',
  'gelopen',
  'gereden',
  'gevlogen',
  'gefietst',
  'gezwommen',
  'geslaagd',
  'gezakt',
  'verschenen',
  'opgehouden',
  'toegenomen',
  'gestegen',
  'gedaald',
  'geëindigd',
  'geland',
  'verdwaald',
  'geëmigreerd',
  'gevlucht',
  'getrouwd',
  'gescheiden',
  'vergeten',
  'bevallen',
  'geschrokken',
  'ontsnapt',
];

export type PassiveForm = { begin: number; end: number; auxiliary: string; participle: string };

/** How far after the auxiliary a participle may stand (Dutch puts it at the end of the clause). */
const WINDOW = 8;

export function findPassives(tokens: Token[]): PassiveForm[] {
  const found: PassiveForm[] = [];
  const used = new Set<number>();
  tokens.forEach((token, index) => {
    const aux = token.text.toLocaleLowerCase('nl');
    const isWorden = WORDEN.has(aux);
    if (token.kind !== 'word' || (!isWorden && !ZIJN.has(aux))) return;
    // Subordinate clause order: the participle stands just before ("dat het besproken wordt").
    const before = tokens[index - 1];
    if (
      before &&
      !used.has(index - 1) &&
      isPassiveParticiple(before, tokens[index - 2], isWorden)
    ) {
      used.add(index - 1);
      found.push(form(before, token, token.text, before.text));
      return;
    }
    for (let j = index + 1; j < Math.min(tokens.length, index + 1 + WINDOW); j += 1) {
      const candidate = tokens[j] as Token;
      const word = candidate.text.toLocaleLowerCase('nl');
      if (WORDEN.has(word) || ZIJN.has(word) || word === 'en' || word === 'maar') break;
      if (isPassiveParticiple(candidate, tokens[j - 1], isWorden)) {
        // "zijn" right before a noun is often "his": "zijn vertrouwen". Only a ge- form is safe.
        if (!isWorden && aux === 'zijn' && j === index + 1 && !/^\p{L}*ge/u.test(word)) break;
        used.add(j);
        found.push(form(token, candidate, token.text, candidate.text));
        return;
      }
    }
  });
  return found;
}

function isPassiveParticiple(
  token: Token,
  previous: Token | undefined,
  isWorden: boolean,
): boolean {
  if (token.kind !== 'word') return false;
  const word = token.text.toLocaleLowerCase('nl');
  if (LOOKALIKES.has(word)) return false;
  if (previous?.text.toLocaleLowerCase('nl') === 'te') return false;
  if (!GE_PARTICIPLE.test(word) && !PREFIX_PARTICIPLE.test(word)) return false;
  if (!isWorden && WITH_ZIJN.some((ending) => word.endsWith(ending))) return false;
  return true;
}

function form(first: Token, last: Token, auxiliary: string, participle: string): PassiveForm {
  return { begin: first.begin, end: last.end, auxiliary, participle };
}
