import { describe, expect, it } from 'vitest';
import { stepLines } from './handover-summary';

const empty = {
  status: {
    1: 'klaar',
    2: 'bezig',
    3: 'niet-begonnen',
    4: 'niet-begonnen',
    5: 'niet-begonnen',
    6: 'niet-begonnen',
  },
  target: '',
  areas: [],
  places: 0,
  topThree: 0,
  contactMoments: { total: 0, done: 0 },
  visits: { total: 0, done: 0 },
  methods: 0,
  sessions: 0,
  insights: 0,
  feedback: { total: 0, done: 0 },
} as const;

describe('stepLines', () => {
  it('says per step what is still missing in a new plan', () => {
    const lines = stepLines({ ...empty, areas: [] });

    expect(lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lines[0]).toMatchObject({
      statusLabel: 'Klaar',
      text: expect.stringContaining('nog niet beschreven'),
    });
    expect(lines[1]?.text).toBe('Er zijn nog geen wijken gekozen.');
    expect(lines[2]?.text).toBe(
      '0 ontmoetingsplekken op de overzichtskaart, 0 van 3 in de top 3. 0 contactmomenten.',
    );
    expect(lines[5]?.text).toBe('Er is nog geen terugkoppeling aan ouders gepland.');
  });

  it('counts in singular and plural and says how many are done', () => {
    const lines = stepLines({
      ...empty,
      target: 'Ik wil ouders van basisschoolkinderen leren kennen.',
      areas: ['Overvecht', 'Zuilen'],
      places: 1,
      topThree: 2,
      contactMoments: { total: 3, done: 1 },
      visits: { total: 1, done: 0 },
      methods: 1,
      sessions: 2,
      insights: 1,
      feedback: { total: 2, done: 1 },
    });

    expect(lines[0]?.text).toBe('Ik wil ouders van basisschoolkinderen leren kennen.');
    expect(lines[1]?.text).toBe('Gekozen: Overvecht, Zuilen.');
    expect(lines[2]?.text).toBe(
      '1 ontmoetingsplek op de overzichtskaart, 2 van 3 in de top 3. 3 contactmomenten, 1 daarvan gedaan.',
    );
    expect(lines[3]?.text).toBe('1 bezoek, 0 daarvan gedaan.');
    expect(lines[4]?.text).toBe('1 werkvorm gekozen, 2 bijeenkomsten, 1 inzicht opgeschreven.');
    expect(lines[5]?.text).toBe('1 van 2 terugkoppelingen gedaan.');
  });
});
