import { describe, expect, it } from 'vitest';
import { checkText } from '~/features/taalcheck/check-text';
import { isPhoneOrEmail } from './questionnaire-schema';
import {
  answeredQuestionChange,
  choicesOf,
  PARENT_TEXTS,
  type Question,
  textsOf,
} from './questions';

describe('the parent texts', () => {
  it('pass the plain-language check without findings', () => {
    for (const text of Object.values(PARENT_TEXTS)) {
      expect(checkText(text).bevindingen, text).toEqual([]);
    }
  });
});

describe('choicesOf', () => {
  const smiley: Question = { id: 'q1', kind: 'smiley', text: 'Hoe gaat het?', options: [] };
  const choice: Question = { id: 'q2', kind: 'keuze', text: 'Welke dag?', options: ['Ma', 'Di'] };
  const open: Question = { id: 'q3', kind: 'open', text: 'Nog iets?', options: [] };

  it('ends every closed question with "Ik weet het niet", and an open one has no choices', () => {
    expect(choicesOf(smiley).map((c) => c.label)).toEqual([
      'Goed',
      'Gaat wel',
      'Niet goed',
      'Ik weet het niet',
    ]);
    expect(choicesOf(choice).map((c) => c.value)).toEqual(['0', '1', 'weet-niet']);
    expect(choicesOf(open)).toEqual([]);
  });

  it('uses a translation where there is one and marks the Dutch that stands in', () => {
    const texts = textsOf({ 'vraag.q2.keuze.1': 'Salı', 'vast.weet-niet': 'Bilmiyorum' });

    const choices = choicesOf(choice, texts);

    expect(choices.map((c) => [c.label, c.dutch])).toEqual([
      ['Ma', true],
      ['Salı', false],
      ['Bilmiyorum', false],
    ]);
  });
});

describe('answeredQuestionChange', () => {
  const before = { kind: 'keuze' as const, options: ['Maandag', 'Dinsdag'] };

  it('allows rewording an answer and adding one at the end', () => {
    expect(answeredQuestionChange(before, { kind: 'keuze', options: ['Ma', 'Dinsdag'] })).toBe(
      null,
    );
    expect(
      answeredQuestionChange(before, {
        kind: 'keuze',
        options: ['Maandag', 'Dinsdag', 'Woensdag'],
      }),
    ).toBe(null);
  });

  it('refuses removing an answer or changing the kind, so the counts keep their meaning', () => {
    expect(answeredQuestionChange(before, { kind: 'keuze', options: ['Dinsdag'] })?.field).toBe(
      'options',
    );
    expect(answeredQuestionChange(before, { kind: 'open', options: [] })?.field).toBe('kind');
  });
});

describe('isPhoneOrEmail', () => {
  it('takes a Dutch or international phone number and an e-mail address', () => {
    for (const ok of [
      '06-12345678',
      '0612345678',
      '+31 6 1234 5678',
      '(030) 123 45 67',
      'a@b.nl',
    ]) {
      expect(isPhoneOrEmail(ok), ok).toBe(true);
    }
  });

  it('refuses words, too few digits and half addresses', () => {
    for (const wrong of ['hallo ik ben het', '12345', 'naam@', '06-1234567890123456', '=1+2']) {
      expect(isPhoneOrEmail(wrong), wrong).toBe(false);
    }
  });
});
