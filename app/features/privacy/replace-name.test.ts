import { describe, expect, it } from 'vitest';
import { mentionsName } from '~/features/contacts/names';
import { NAME_REMOVED, replaceName } from './replace-name';

describe('replaceName', () => {
  it('replaces the whole name and keeps the rest of the text as typed', () => {
    expect(replaceName('Koffie met Ayşe van der Berg op dinsdag.', 'Ayşe van der Berg')).toBe(
      `Koffie met ${NAME_REMOVED} op dinsdag.`,
    );
  });

  it('finds the name without accents, in another case and with the Turkish dotless i', () => {
    expect(replaceName('Juf AYSE ince belde terug', 'Ayşe İnce')).toBe(
      `Juf ${NAME_REMOVED} belde terug`,
    );
    expect(replaceName('Gesprek met Ayla Isik en Kees', 'Ayla Işık')).toBe(
      `Gesprek met ${NAME_REMOVED} en Kees`,
    );
  });

  it('replaces every mention, also next to punctuation', () => {
    expect(replaceName('(Kees de Vries), en later Kees de Vries!', 'Kees de Vries')).toBe(
      `(${NAME_REMOVED}), en later ${NAME_REMOVED}!`,
    );
  });

  it('leaves a part of the name and a longer word alone', () => {
    expect(replaceName('Kees en mevrouw De Vries', 'Kees de Vries')).toBe(
      'Kees en mevrouw De Vries',
    );
    expect(replaceName('Keesje de Vries', 'Kees de Vries')).toBe('Keesje de Vries');
  });

  it('leaves nothing that mentionsName would still see as the person', () => {
    const texts = [
      'Afspraak met Noor Bakker en Noor Bakker-Jansen',
      'noor   bakker belt',
      'Met NOOR BAKKER.',
    ];
    for (const text of texts) {
      expect(mentionsName(replaceName(text, 'Noor Bakker'), 'Noor Bakker')).toBe(false);
    }
  });
});
