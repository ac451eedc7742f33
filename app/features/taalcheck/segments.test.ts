import { describe, expect, it } from 'vitest';
import { checkText } from './check-text';
import { segmentText } from './segments';

describe('cutting a checked text into marked pieces', () => {
  it('marks a word inside a long sentence with both findings, and numbers them in order', () => {
    const text =
      'Op woensdag faciliteren we met de kinderen een uitje naar het park om samen te spelen en te eten. Kom!';
    const { bevindingen } = checkText(text);

    const segments = segmentText(text, bevindingen);

    expect(segments.map((s) => s.text).join('')).toBe(text);
    const word = segments.find((s) => s.text === 'faciliteren');
    expect(word?.words.map((f) => [f.number, f.soort])).toEqual([
      [2, 'lang-woord'],
      [3, 'moeilijk-woord'],
    ]);
    expect(word?.sentences.map((f) => [f.number, f.soort])).toEqual([[1, 'lange-zin']]);
    expect(word?.ending.map((f) => f.number)).toEqual([2, 3]);
    const last = segments.at(-1);
    expect(last).toMatchObject({ text: ' Kom!', words: [], sentences: [], ending: [] });
  });

  it('keeps every character of a long text, in order', () => {
    const text = 'U wordt bijv. uitgenodigd voor de bijeenkomst op 12-03-2027. '.repeat(300);

    const segments = segmentText(text, checkText(text).bevindingen);

    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
