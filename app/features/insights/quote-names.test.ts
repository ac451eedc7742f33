import { describe, expect, it } from 'vitest';
import { possibleNames } from './quote-names';

describe('possibleNames', () => {
  it('finds a name inside a sentence', () => {
    expect(possibleNames('Ik vroeg het aan Fatima, maar zij wist het ook niet.')).toEqual([
      'Fatima',
    ]);
  });

  it('does not count the first word of a sentence', () => {
    expect(possibleNames('Het is te duur. Daarom gaan we niet.')).toEqual([]);
  });

  it('does not count words such as Ik, Nederlands and GGD', () => {
    expect(possibleNames('Soms denk ik: spreekt de GGD wel Nederlands met Ik?')).toEqual([]);
  });

  it('names each word once, with letters such as İ and Ş', () => {
    expect(possibleNames('Juf İpek zei het, en juf İpek had gelijk. Ook meneer Şahin.')).toEqual([
      'İpek',
      'Şahin',
    ]);
  });
});
