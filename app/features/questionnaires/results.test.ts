import { describe, expect, it } from 'vitest';
import type { Question } from './questions';
import { countResults, percentage } from './results';

const questions: Question[] = [
  { id: 'q1', kind: 'smiley', text: 'Hoe gaat het?', options: [] },
  { id: 'q2', kind: 'keuze', text: 'Welke dag?', options: ['Maandag', 'Woensdag'] },
  { id: 'q3', kind: 'open', text: 'Wat wil je nog zeggen?', options: [] },
];

function response(answers: Record<string, string>) {
  return { answers: new Map(Object.entries(answers)) };
}

describe('countResults', () => {
  it('counts every choice, the skipped ones and keeps the open answers', () => {
    const results = countResults(questions, [
      response({ q1: 'goed', q2: '1', q3: 'Meer speeltuinen' }),
      response({ q1: 'goed', q2: 'weet-niet' }),
      response({ q1: 'niet-goed' }),
    ]);

    expect(results[0]?.counts).toEqual([
      { value: 'goed', label: 'Goed', count: 2 },
      { value: 'gaat-wel', label: 'Gaat wel', count: 0 },
      { value: 'niet-goed', label: 'Niet goed', count: 1 },
      { value: 'weet-niet', label: 'Ik weet het niet', count: 0 },
    ]);
    expect(results[1]?.counts.map((c) => c.count)).toEqual([0, 1, 1]);
    expect(results[1]?.skipped).toBe(1);
    expect(results[2]?.openAnswers).toEqual(['Meer speeltuinen']);
    expect(results[2]?.counts).toEqual([]);
    expect(results[2]?.skipped).toBe(2);
  });

  it('gives whole percentages and 0 when nobody answered', () => {
    expect(percentage(1, 3)).toBe(33);
    expect(percentage(0, 0)).toBe(0);
  });
});
