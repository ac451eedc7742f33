import { describe, expect, it } from 'vitest';
import { compareNames, matchesSearch, mentionsName, searchKey, sortName } from './names';

describe('sortName', () => {
  it('sorts on the surname without the tussenvoegsel', () => {
    expect(sortName('Ayşe van der Berg')).toBe('Berg');
    expect(sortName('Jan de Vries')).toBe('Vries');
    expect(sortName("Kees van 't Hof")).toBe('Hof');
    expect(sortName('Fatima El Amrani')).toBe('Amrani');
    expect(sortName('Pieter Jan Bakker')).toBe('Bakker');
  });

  it('keeps a single name, a name in another script and a double surname whole', () => {
    expect(sortName('Mohammed')).toBe('Mohammed');
    expect(sortName('Ольга Петрова')).toBe('Петрова');
    expect(sortName('محمد')).toBe('محمد');
    expect(sortName('Anna Jansen-van Dijk')).toBe('Jansen-van Dijk');
  });
});

describe('compareNames', () => {
  it('puts "van der Berg" under B and ignores accents and case', () => {
    const names = [
      'Jan de Vries',
      'Ayşe van der Berg',
      'Mohammed',
      'Émile Achterberg',
      'bram Claes',
    ];

    expect([...names].sort(compareNames)).toEqual([
      'Émile Achterberg',
      'Ayşe van der Berg',
      'bram Claes',
      'Mohammed',
      'Jan de Vries',
    ]);
  });
});

describe('searchKey and matchesSearch', () => {
  it('ignores accents', () => {
    expect(matchesSearch('ayse', ['Ayşe van der Berg'])).toBe(true);
    expect(matchesSearch('Zoë', ['Zoe Jansen'])).toBe(true);
    expect(matchesSearch('nguyen', ['Nguyễn Thị Minh Khai'])).toBe(true);
  });

  it('treats the Turkish İ and ı as i', () => {
    expect(searchKey('İnce')).toBe('ince');
    expect(searchKey('Işık')).toBe('isik');
    expect(matchesSearch('ISIK', ['Ayla Işık'])).toBe(true);
    expect(matchesSearch('ince', ['Mehmet İnce'])).toBe(true);
    expect(matchesSearch('yılmaz', ['Fatma Yilmaz'])).toBe(true);
  });

  it('needs every word typed, in any order', () => {
    expect(matchesSearch('berg ayse', ['Ayşe van der Berg'])).toBe(true);
    expect(matchesSearch('berg jan', ['Ayşe van der Berg'])).toBe(false);
  });
});

describe('mentionsName', () => {
  it('finds the whole name in a longer text, ignoring accents and case', () => {
    expect(mentionsName('Juf Ayse Ince-van der Berg', 'Ayşe İnce-van der Berg')).toBe(true);
    expect(mentionsName('Gesprek met kees de vries, buurthuis', 'Kees de Vries')).toBe(true);
    expect(mentionsName('(Fatma Yılmaz)', 'Fatma Yilmaz')).toBe(true);
  });

  it('does not match part of a word or part of the name', () => {
    expect(mentionsName('Keesje de Vries', 'Kees de Vries')).toBe(false);
    expect(mentionsName('Kees', 'Kees de Vries')).toBe(false);
    expect(mentionsName('iets', '')).toBe(false);
  });
});
