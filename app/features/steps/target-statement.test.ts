import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_GROUP_KEYS, CIRCUMSTANCE_KEYS } from '~/features/plans/domain';
import {
  composeTargetStatement,
  describeAges,
  describeCircumstances,
  joinDutch,
  type StepOneAnswers,
} from './target-statement';

const empty: StepOneAnswers = {
  learnWhat: '',
  needFor: '',
  ages: [],
  circumstances: [],
  targetNotes: '',
};

describe('joinDutch', () => {
  it('writes lists the Dutch way, with a comma and a last "en" or "of"', () => {
    expect(joinDutch([])).toBe('');
    expect(joinDutch(['a'])).toBe('a');
    expect(joinDutch(['a', 'b'])).toBe('a en b');
    expect(joinDutch(['a', 'b', 'c'])).toBe('a, b en c');
    expect(joinDutch(['a', 'b', 'c', 'd'], 'of')).toBe('a, b, c of d');
  });
});

describe('describeAges', () => {
  it('names primary school when only that age group is chosen', () => {
    expect(describeAges(['4-12'])).toBe('kinderen van 4 tot 12 jaar (basisschool)');
  });

  it('merges neighbouring age groups into one range', () => {
    expect(describeAges(['0-4', '4-12'])).toBe('kinderen van 0 tot 12 jaar');
    expect(describeAges(['12-18', '4-12', '0-4'])).toBe('kinderen van 0 tot 18 jaar');
  });

  it('keeps age groups that do not touch apart', () => {
    expect(describeAges(['12-18', '0-4'])).toBe('kinderen van 0 tot 4 jaar en van 12 tot 18 jaar');
  });

  it('says nothing when no age is chosen or only unknown keys are given', () => {
    expect(describeAges([])).toBeNull();
    expect(describeAges(['oud'])).toBeNull();
  });
});

describe('describeCircumstances', () => {
  it('makes one clause of one or more circumstances, in the order of the list', () => {
    expect(describeCircumstances(['weinig-geld'])).toBe('die weinig geld hebben');
    expect(describeCircumstances(['alleenstaand', 'weinig-geld'])).toBe(
      'die weinig geld hebben of hun kinderen alleen opvoeden',
    );
    expect(describeCircumstances(['weinig-nederlands', 'weinig-geld', 'geen-werk-bijstand'])).toBe(
      'die weinig geld hebben, weinig Nederlands spreken of geen werk hebben of rondkomen van de bijstand',
    );
  });

  it('says nothing when none is chosen', () => {
    expect(describeCircumstances([])).toBeNull();
  });
});

describe('composeTargetStatement', () => {
  it('writes the whole statement from complete answers', () => {
    const statement = composeTargetStatement({
      learnWhat: 'hoe hun kinderen meer kunnen bewegen',
      needFor: 'samen met hen een beweegplan voor de wijk te maken',
      ages: ['4-12'],
      circumstances: ['weinig-geld'],
      targetNotes: 'Veel ouders werken in ploegendienst',
    });

    expect(statement.ready).toBe(true);
    expect(statement.missing).toEqual([]);
    expect(statement.paragraphs).toEqual([
      'Ik wil in contact komen met ouders van kinderen van 4 tot 12 jaar (basisschool) die weinig geld hebben. ' +
        'Samen met hen wil ik ontdekken hoe hun kinderen meer kunnen bewegen. ' +
        'Ik heb hen nodig om samen met hen een beweegplan voor de wijk te maken.',
      'Over deze ouders: Veel ouders werken in ploegendienst.',
    ]);
  });

  it('shows only what is missing while the goal is not written yet', () => {
    const statement = composeTargetStatement({ ...empty, ages: ['0-4'] });

    expect(statement.ready).toBe(false);
    expect(statement.paragraphs).toEqual([]);
    expect(statement.missing).toEqual([
      'Schrijf op wat je van de ouders wilt leren.',
      'Kies in welke situatie de ouders zijn, of beschrijf de ouders zelf.',
      'Schrijf op waarvoor je de ouders nodig hebt.',
    ]);
  });

  it('still makes a correct sentence without ages, circumstances or need', () => {
    const statement = composeTargetStatement({ ...empty, learnWhat: 'wat ouders nodig hebben.' });

    expect(statement.ready).toBe(true);
    expect(statement.paragraphs).toEqual([
      'Ik wil in contact komen met ouders. Samen met hen wil ik ontdekken wat ouders nodig hebben.',
    ]);
    expect(statement.missing).toContain('Kies de leeftijd van de kinderen.');
  });

  it('lowers a capitalised question word so the sentence runs on', () => {
    const statement = composeTargetStatement({
      ...empty,
      learnWhat: 'Welke drempels ouders ervaren bij sport',
      circumstances: ['weinig-nederlands'],
    });

    expect(statement.paragraphs[0]).toBe(
      'Ik wil in contact komen met ouders die weinig Nederlands spreken. ' +
        'Samen met hen wil ik ontdekken welke drempels ouders ervaren bij sport.',
    );
  });

  it('puts a question or a sentence of its own after a label and a colon', () => {
    const question = composeTargetStatement({
      ...empty,
      learnWhat: 'Hoe kunnen kinderen meer bewegen?',
      needFor: 'De gemeente wil beleid maken dat werkt.',
    });

    expect(question.paragraphs[0]).toBe(
      'Ik wil in contact komen met ouders. ' +
        'Wat ik van hen wil leren: Hoe kunnen kinderen meer bewegen? ' +
        'Waarvoor ik hen nodig heb: De gemeente wil beleid maken dat werkt.',
    );
  });

  it('never lets a text of more than one sentence finish the lead-in sentence', () => {
    const statement = composeTargetStatement({
      ...empty,
      learnWhat: 'Hoe kunnen kinderen meer bewegen? We willen weten wat helpt.',
      needFor: 'om ideeën te bedenken. Ouders beslissen mee.',
    });

    expect(statement.paragraphs[0]).toBe(
      'Ik wil in contact komen met ouders. ' +
        'Wat ik van hen wil leren: Hoe kunnen kinderen meer bewegen? We willen weten wat helpt. ' +
        'Waarvoor ik hen nodig heb: ideeën te bedenken. Ouders beslissen mee.',
    );
  });

  it('does not write "om om" when the need already starts with "om"', () => {
    const statement = composeTargetStatement({
      ...empty,
      learnWhat: 'wat werkt',
      needFor: 'Om  samen\nplannen te maken',
    });

    expect(statement.paragraphs[0]).toContain('Ik heb hen nodig om samen plannen te maken.');
  });

  it('always gives whole sentences for every combination of choices', () => {
    fc.assert(
      fc.property(
        fc.subarray(AGE_GROUP_KEYS as string[]),
        fc.subarray(CIRCUMSTANCE_KEYS as string[]),
        (ages, circumstances) => {
          const statement = composeTargetStatement({
            ...empty,
            learnWhat: 'wat werkt',
            ages,
            circumstances,
          });
          const text = statement.paragraphs.join(' ');
          expect(text).toMatch(/^Ik wil in contact komen met ouders[^.]*\. Samen met hen/);
          expect(text).not.toMatch(/\s{2}|\s[.,]|,,|undefined|null/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
