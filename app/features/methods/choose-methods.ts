// The chooser of step 5: which ways of working fit the parents of step 1, and why. Each rule
// adds to (or takes from) one method, with one plain line that says why. The methods with the
// most points are suggested; a method that ends below zero comes with a warning.

import type { AgeGroupKey, CircumstanceKey } from '~/features/plans/domain';
import { type GuidedMethodKey, METHOD_GUIDE } from './method-guide';

export type StepOneChoices = {
  learnWhat: string;
  needFor: string;
  ages: readonly string[];
  circumstances: readonly string[];
};

export type Suggestion = { method: GuidedMethodKey; title: string; why: string; points: number };

export type MethodAdvice = {
  /** Step 1 holds nothing to go on yet. */
  needsStepOne: boolean;
  suggestions: Suggestion[];
  warnings: Suggestion[];
};

type Rule = {
  when: (input: Normalised) => boolean;
  method: GuidedMethodKey;
  points: number;
  why: string;
};

type Normalised = {
  text: string;
  learnWhat: string;
  needFor: string;
  ages: Set<string>;
  circumstances: Set<string>;
};

const MAX_SUGGESTIONS = 3;

const has = (key: CircumstanceKey) => (input: Normalised) => input.circumstances.has(key);
const age = (key: AgeGroupKey) => (input: Normalised) => input.ages.has(key);
/** Words (or the start of words) in what the professional wants to learn or needs parents for. */
const mentions = (pattern: string, field: 'text' | 'learnWhat' | 'needFor' = 'text') => {
  const regex = new RegExp(`(?<![\\p{L}])(?:${pattern})`, 'u');
  return (input: Normalised) => regex.test(input[field]);
};

const EXPERIENCES =
  'ervaring|ervaren|verhaal|verhalen|meemaken|meegemaakt|tegenhoudt|drempel|waarom|hoe het gaat|hoe gaat';
const ORGANISATIONS =
  'gemeente|beleid|organisatie|hulpverlen|hulp |zorg(?!en)|wijkteam|jgz|consultatiebureau|ggd|professional|aanbod|instanties';
const COUNTING = 'hoeveel|welke dag|welk tijdstip|hoe vaak|aantal|tellen|peiling|kort peilen';
const MAKING =
  'samen .*(maken|bedenken|ontwikkelen|opzetten|ontwerpen|kiezen|beslissen)|meebeslissen|meemaken van|co-creatie|cocreatie|ontwerpen|opzetten|inrichten';
const NEIGHBOURHOOD = 'buurt|wijk|speelplek|spelen|buiten|veilig|straat|park|plein|bewegen';
const IDEAS = 'idee|ideeën|mening|meedenken|wensen|behoefte';

export const CHOOSER_RULES: readonly Rule[] = [
  // Reading, writing and Dutch
  {
    when: has('lezen-schrijven'),
    method: 'interview',
    points: 3,
    why: 'Lezen en schrijven is moeilijk voor deze ouders. In een gesprek hoeft niemand te schrijven.',
  },
  {
    when: has('lezen-schrijven'),
    method: 'pla',
    points: 3,
    why: 'Met tekeningen, foto’s en een kaart doet iedereen mee, ook wie niet leest of schrijft.',
  },
  {
    when: has('lezen-schrijven'),
    method: 'vragenlijst',
    points: -4,
    why: 'Een geschreven vragenlijst werkt slecht als lezen moeilijk is. Gebruik pictogrammen, lees de vragen voor en help bij het invullen.',
  },
  {
    when: has('weinig-nederlands'),
    method: 'interview',
    points: 3,
    why: 'Deze ouders spreken weinig Nederlands. Een gesprek met een tolk of sleutelfiguur werkt beter dan papier.',
  },
  {
    when: has('weinig-nederlands'),
    method: 'pla',
    points: 2,
    why: 'Met plaatjes, pictogrammen en een kaart heb je weinig taal nodig.',
  },
  {
    when: has('weinig-nederlands'),
    method: 'focusgroep',
    points: 1,
    why: 'Een groep in de eigen taal, met een sleutelfiguur, voelt vertrouwd.',
  },
  {
    when: has('weinig-nederlands'),
    method: 'vragenlijst',
    points: -4,
    why: 'Een vragenlijst in het Nederlands bereikt deze ouders niet. Vertaal hem, gebruik pictogrammen en help bij het invullen.',
  },
  // Other circumstances
  {
    when: has('nieuw-migratie'),
    method: 'interview',
    points: 1,
    why: 'Ouders die nieuw zijn, vertellen meer als ze je kennen. Begin met een gesprek.',
  },
  {
    when: (input) =>
      input.circumstances.has('weinig-geld') || input.circumstances.has('geen-werk-bijstand'),
    method: 'interview',
    points: 2,
    why: 'Over geld praat je liever alleen dan in een groep.',
  },
  {
    when: has('geen-werk-bijstand'),
    method: 'spiegelbijeenkomst',
    points: 1,
    why: 'De gemeente hoort dan zelf hoe regels en hulp uitpakken voor deze ouders.',
  },
  {
    when: has('alleenstaand'),
    method: 'interview',
    points: 1,
    why: 'Alleenstaande ouders hebben weinig tijd. Een kort gesprek op hun tijd en plek past beter.',
  },
  {
    when: has('beperking-ziekte'),
    method: 'interview',
    points: 1,
    why: 'Een gesprek thuis of online is makkelijker als reizen moeilijk is.',
  },
  // Age of the children
  {
    when: age('0-4'),
    method: 'interview',
    points: 1,
    why: 'Ouders van jonge kinderen spreek je makkelijk op het consultatiebureau of thuis.',
  },
  {
    when: age('4-12'),
    method: 'focusgroep',
    points: 1,
    why: 'Bij de basisschool zie je veel ouders. Een groepsgesprek na het brengen past goed.',
  },
  // What the professional wants to learn, and needs the parents for
  {
    when: mentions(EXPERIENCES, 'learnWhat'),
    method: 'interview',
    points: 2,
    why: 'Je wilt ervaringen horen. In een gesprek kun je goed doorvragen.',
  },
  {
    when: mentions(ORGANISATIONS),
    method: 'spiegelbijeenkomst',
    points: 3,
    why: 'Professionals of de gemeente horen dan zelf wat ouders meemaken.',
  },
  {
    when: mentions(COUNTING, 'learnWhat'),
    method: 'vragenlijst',
    points: 2,
    why: 'Je wilt iets eenvoudigs weten van veel ouders. Dat tel je met een korte vragenlijst.',
  },
  {
    when: mentions(MAKING, 'needFor'),
    method: 'cocreatie',
    points: 3,
    why: 'Je wilt samen iets maken. Dan laat je ouders ook meebeslissen.',
  },
  {
    when: mentions(NEIGHBOURHOOD),
    method: 'pla',
    points: 2,
    why: 'Met een kaart of foto’s laten ouders zelf zien wat er in de buurt speelt.',
  },
  {
    when: mentions(IDEAS),
    method: 'focusgroep',
    points: 2,
    why: 'Samen praten brengt ideeën op gang.',
  },
];

export function chooseMethods(choices: StepOneChoices): MethodAdvice {
  const input = normalise(choices);
  const needsStepOne =
    input.text.trim() === '' && input.ages.size === 0 && input.circumstances.size === 0;
  if (needsStepOne) return { needsStepOne, suggestions: [], warnings: [] };

  const scored = METHOD_GUIDE.map((guide) => {
    const fired = CHOOSER_RULES.filter((rule) => rule.method === guide.key && rule.when(input));
    const points = fired.reduce((sum, rule) => sum + rule.points, 0);
    // The line shown is the strongest reason in the direction of the outcome.
    const reasons = fired
      .filter((rule) => (points >= 0 ? rule.points > 0 : rule.points < 0))
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    return { method: guide.key, title: guide.title, points, why: reasons[0]?.why ?? '' };
  });

  return {
    needsStepOne,
    suggestions: scored
      .filter((s) => s.points > 0)
      .sort((a, b) => b.points - a.points)
      .slice(0, MAX_SUGGESTIONS),
    warnings: scored.filter((s) => s.points < 0),
  };
}

function normalise(choices: StepOneChoices): Normalised {
  const learnWhat = ` ${choices.learnWhat.toLocaleLowerCase('nl')} `;
  const needFor = ` ${choices.needFor.toLocaleLowerCase('nl')} `;
  return {
    learnWhat,
    needFor,
    text: `${learnWhat} ${needFor}`,
    ages: new Set(choices.ages),
    circumstances: new Set(choices.circumstances),
  };
}
