import { describe, expect, it } from 'vitest';
import { CIRCUMSTANCE_KEYS } from '~/features/plans/domain';
import { chooseMethods, type StepOneChoices } from './choose-methods';

const empty: StepOneChoices = { learnWhat: '', needFor: '', ages: [], circumstances: [] };

function suggested(choices: Partial<StepOneChoices>): string[] {
  return chooseMethods({ ...empty, ...choices }).suggestions.map((s) => s.method);
}

describe('the method chooser of step 5', () => {
  it('asks for step 1 first when nothing is filled in', () => {
    expect(chooseMethods(empty)).toEqual({ needsStepOne: true, suggestions: [], warnings: [] });
  });

  it('steers away from a written questionnaire when reading and writing is hard', () => {
    const advice = chooseMethods({
      ...empty,
      learnWhat: 'hoeveel ouders op woensdag kunnen',
      circumstances: ['lezen-schrijven'],
    });

    expect(advice.suggestions.map((s) => s.method)).toEqual(['interview', 'pla']);
    expect(advice.suggestions[0]?.why).toBe(
      'Lezen en schrijven is moeilijk voor deze ouders. In een gesprek hoeft niemand te schrijven.',
    );
    expect(advice.warnings.map((w) => [w.method, w.why])).toEqual([
      [
        'vragenlijst',
        'Een geschreven vragenlijst werkt slecht als lezen moeilijk is. Gebruik pictogrammen, lees de vragen voor en help bij het invullen.',
      ],
    ]);
  });

  it('suggests conversation and pictures when parents speak little Dutch', () => {
    const advice = chooseMethods({ ...empty, circumstances: ['weinig-nederlands'] });

    expect(advice.suggestions.map((s) => s.method)).toEqual(['interview', 'pla', 'focusgroep']);
    expect(advice.suggestions[1]?.why).toContain('pictogrammen');
    expect(advice.warnings.map((w) => w.method)).toEqual(['vragenlijst']);
  });

  it('suggests a short questionnaire to count something among many parents who read well', () => {
    const advice = chooseMethods({
      ...empty,
      learnWhat: 'welke dag en welk tijdstip ouders het beste uitkomt',
      ages: ['12-18'],
    });

    expect(advice.suggestions.map((s) => [s.method, s.why])).toEqual([
      [
        'vragenlijst',
        'Je wilt iets eenvoudigs weten van veel ouders. Dat tel je met een korte vragenlijst.',
      ],
    ]);
    expect(advice.warnings).toEqual([]);
  });

  it('suggests a spiegelbijeenkomst when professionals or the municipality must hear parents', () => {
    expect(
      suggested({ learnWhat: 'hoe ouders de hulp van het wijkteam ervaren', circumstances: [] })[0],
    ).toBe('spiegelbijeenkomst');
  });

  it('suggests co-creation when parents are needed to make something together', () => {
    expect(suggested({ needFor: 'samen een activiteit voor de zomer te bedenken' })).toEqual([
      'cocreatie',
    ]);
  });

  it('does not read "zorgen dat" as care', () => {
    expect(suggested({ needFor: 'te zorgen dat er iets verandert' })).toEqual([]);
  });

  it('gives the worked example of the demo: money, single parents, moving more in the wijk', () => {
    const advice = chooseMethods({
      learnWhat: 'hoe hun kinderen meer kunnen bewegen',
      needFor: 'samen een beweegplan voor de wijk te maken',
      ages: ['4-12'],
      circumstances: ['weinig-geld', 'alleenstaand'],
    });

    expect(advice.suggestions.map((s) => [s.method, s.points, s.why])).toEqual([
      ['interview', 3, 'Over geld praat je liever alleen dan in een groep.'],
      ['cocreatie', 3, 'Je wilt samen iets maken. Dan laat je ouders ook meebeslissen.'],
      ['pla', 2, 'Met een kaart of foto’s laten ouders zelf zien wat er in de buurt speelt.'],
    ]);
  });

  it('suggests at most three methods, each with one plain line of at most 20 words', () => {
    const advice = chooseMethods({
      learnWhat: 'ervaringen met de gemeente, ideeën en hoeveel ouders willen spelen in het park',
      needFor: 'samen een plan te maken',
      ages: ['0-4', '4-12', '12-18'],
      circumstances: CIRCUMSTANCE_KEYS,
    });

    expect(advice.suggestions).toHaveLength(3);
    for (const s of [...advice.suggestions, ...advice.warnings]) {
      expect(s.why, s.method).not.toBe('');
      expect(s.why.split(/\s+/).length, s.why).toBeLessThanOrEqual(20);
    }
  });
});
