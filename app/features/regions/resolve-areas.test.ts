import { describe, expect, it } from 'vitest';
import { findMunicipality } from './regions.server';
import { resolveChosenAreas } from './resolve-areas';

describe('resolveChosenAreas', () => {
  const utrecht = findMunicipality('GM0344');
  if (!utrecht) throw new Error('Utrecht is missing from the bundled regions');

  it('turns a typed name of a wijk in the list into that wijk, with its code', () => {
    for (const typed of ['wijk 03 overvecht', 'Overvecht', '  OVERVECHT ']) {
      expect(resolveChosenAreas(utrecht, [], [typed]), typed).toEqual([
        { kind: 'wijk', code: 'WK034403', name: 'Wijk 03 Overvecht' },
      ]);
    }
  });

  it('does not add a wijk twice when it was also ticked', () => {
    expect(resolveChosenAreas(utrecht, ['WK034403'], ['Overvecht'])).toHaveLength(1);
  });

  it('keeps a name that is not in the list as a typed wijk without a code', () => {
    expect(resolveChosenAreas(utrecht, [], ['Het Zand'])).toEqual([
      { kind: 'wijk', code: null, name: 'Het Zand' },
    ]);
  });

  it('refuses a code of another municipality', () => {
    expect(resolveChosenAreas(utrecht, ['WK036301'], [])).toBeNull();
  });
});
