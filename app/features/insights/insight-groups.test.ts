import { describe, expect, it } from 'vitest';
import { groupByTheme, NO_THEME } from './insight-groups';

describe('groupByTheme', () => {
  it('puts the biggest theme first, joins spellings and counts per kind', () => {
    const groups = groupByTheme([
      { kind: 'idee', theme: 'Speeltuin' },
      { kind: 'ervaring', theme: 'Zwemles' },
      { kind: 'behoefte', theme: '' },
      { kind: 'behoefte', theme: 'zwemles ' },
      { kind: 'ervaring', theme: 'Zwemles' },
    ]);

    expect(groups.map((g) => [g.theme, g.items.length])).toEqual([
      ['Zwemles', 3],
      ['Speeltuin', 1],
      [NO_THEME, 1],
    ]);
    expect(groups[0]?.counts).toEqual({ ervaring: 2, behoefte: 1 });
  });
});
