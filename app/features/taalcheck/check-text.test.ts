import { describe, expect, it } from 'vitest';
import { checkText, type Finding, type FindingKind, readability } from './check-text';
import { explainScore } from './explain-score';
import { countSyllables } from './syllables';

// Every count below was checked by hand, by saying the words out loud in syllables.

/** The marked pieces of text of one kind of finding. */
function marked(text: string, kind: FindingKind): string[] {
  return checkText(text)
    .bevindingen.filter((f) => f.soort === kind)
    .map((f) => text.slice(f.begin, f.eind));
}

function only(text: string, kind: FindingKind): Finding[] {
  return checkText(text).bevindingen.filter((f) => f.soort === kind);
}

describe('counting Dutch syllables', () => {
  it.each([
    ['oma', 2], // o-ma
    ['eten', 2], // e-ten
    ['ouders', 2], // ou-ders
    ['bijeenkomst', 3], // bij-een-komst
    ['gemeente', 3], // ge-meen-te
    ['ziekenhuis', 3], // zie-ken-huis
    ['consultatiebureau', 6], // con-sul-ta-tie-bu-reau
    ['kinderopvang', 4], // kin-der-op-vang
    ['jeugdgezondheidszorg', 5], // jeugd-ge-zond-heids-zorg
    ['participatie', 5], // par-ti-ci-pa-tie
    ['activiteiten', 5], // ac-ti-vi-tei-ten
    ['ideeën', 3], // i-dee-ën
    ['geïnteresseerd', 5], // ge-ïn-te-res-seerd
    ['coöperatie', 5], // co-ö-pe-ra-tie
    ['museum', 3], // mu-se-um
    ['enquête', 3], // en-quê-te
    ['nieuw', 1],
    ['mooi', 1],
    ['eeuw', 1],
    ['fiets', 1],
    ['baby', 2], // ba-by
    ['Oma', 2],
  ])('counts %s as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts a word without vowels as one syllable', () => {
    expect(countSyllables('t/m')).toBe(1);
  });
});

describe('the plain-language check', () => {
  it('counts sentences, words and syllables of short words such as "oma" and "eten"', () => {
    const result = checkText('Oma komt eten.');

    // O-ma (2) komt (1) e-ten (2): 5 syllables in 3 words.
    expect(result).toMatchObject({ zinnen: 1, woorden: 3, lettergrepen: 5 });
    // 206.835 − 0.93 × 3 − 77 × 5/3 = 75.71…; 195 − 2 × 3 − 66.7 × 5/3 = 77.83…
    expect(result.fleschDouma).toBe(75.7);
    expect(result.brouwer).toBe(77.8);
  });

  it('counts a real invitation', () => {
    const text =
      'U wordt van harte uitgenodigd voor de bijeenkomst op dinsdag 12 maart om 19:30 uur in het ' +
      'buurthuis, bijv. met uw kinderen. Wij faciliteren o.a. koffie en thee. De GGD is er ook.';

    const result = checkText(text);

    // 22 + 7 ("o.a." reads as "onder andere") + 5 words; GGD is read as three letters.
    expect(result).toMatchObject({ zinnen: 3, woorden: 34, lettergrepen: 56 });
    expect(result.bevindingen.map((f) => [f.soort, text.slice(f.begin, f.eind)])).toEqual([
      ['lange-zin', text.slice(0, text.indexOf('kinderen.') + 'kinderen.'.length)],
      ['passief', 'wordt van harte uitgenodigd'],
      ['moeilijk-woord', 'bijeenkomst'],
      ['getal', '12'],
      ['getal', '19:30'],
      ['afkorting', 'bijv.'],
      ['lang-woord', 'faciliteren'],
      ['moeilijk-woord', 'faciliteren'],
      ['afkorting', 'o.a.'],
      ['afkorting', 'GGD'],
    ]);
  });

  it('does not end a sentence at "bijv.", "o.a.", "ca.", "d.w.z." or "i.p.v."', () => {
    const text = 'Neem bijv. een tas mee. Kom o.a. op dinsdag.';

    const result = checkText(text);

    // Neem bij-voor-beeld een tas mee (7) / Kom on-der an-de-re op dins-dag (9)
    expect(result).toMatchObject({ zinnen: 2, woorden: 10, lettergrepen: 16 });
    const abbreviations = only(text, 'afkorting');
    expect(abbreviations.map((f) => [f.begin, f.eind, f.alternatief])).toEqual([
      [5, 10, 'bijvoorbeeld'],
      [28, 32, 'onder andere'],
    ]);
  });

  it('reads "ca.", "d.w.z." and "i.p.v." inside sentences', () => {
    const text = 'Er komen ca. 20 ouders, d.w.z. de helft. Neem fruit mee i.p.v. snoep.';

    const result = checkText(text);

    // Er ko-men cir-ca 20 ou-ders dat wil zeg-gen de helft (10 words, 14 syllables);
    // Neem fruit mee in plaats van snoep (7 words, 7 syllables).
    expect(result).toMatchObject({ zinnen: 2, woorden: 17, lettergrepen: 21 });
    expect(marked(text, 'afkorting')).toEqual(['ca.', 'd.w.z.', 'i.p.v.']);
    expect(marked(text, 'getal')).toEqual(['20']);
  });

  it('ends a sentence after "enz." when a capital follows', () => {
    const text = 'We hebben koffie, thee, koekjes enz. Neem gerust je kinderen mee.';

    expect(checkText(text).zinnen).toBe(2);
  });

  it('marks numbers, with advice for dates, times, percentages and big numbers', () => {
    const text = 'Op 12-03-2027 om 19:30 komen 1.250 ouders; 25% heeft 3,5 kinderen en 2 fietsen.';

    const numbers = only(text, 'getal');

    expect(numbers.map((f) => text.slice(f.begin, f.eind))).toEqual([
      '12-03-2027',
      '19:30',
      '1.250',
      '25%',
      '3,5',
      '2',
    ]);
    expect(numbers.map((f) => f.uitleg.split('.')[0])).toEqual([
      'Een datum in cijfers',
      'Een tijd',
      'Een groot getal',
      'Een percentage is voor veel mensen moeilijk',
      'Een getal met een komma is moeilijk',
      'Een getal',
    ]);
    expect(checkText(text).zinnen).toBe(1);
  });

  it('marks long compound words by syllables, and keeps a hyphenated word as one', () => {
    const text =
      'De jeugdgezondheidszorg en het consultatiebureau organiseren ouder-kindactiviteiten.';

    const result = checkText(text);

    expect(marked(text, 'lang-woord')).toEqual([
      'jeugdgezondheidszorg',
      'consultatiebureau',
      'organiseren',
      'ouder-kindactiviteiten',
    ]);
    // De (1) jeugd-ge-zond-heids-zorg (5) en (1) het (1) con-sul-ta-tie-bu-reau (6)
    // or-ga-ni-se-ren (5) ou-der-kind-ac-ti-vi-tei-ten (8)
    expect(result).toMatchObject({ woorden: 7, lettergrepen: 27 });
    expect(only(text, 'lang-woord')[1]?.uitleg).toContain('6 lettergrepen');
  });

  it('leaves short and common words alone', () => {
    expect(marked('Oma en opa eten met de kinderen in het ziekenhuis.', 'lang-woord')).toEqual([]);
  });

  it('marks a sentence of more than 15 words, not one of 15', () => {
    const long =
      'Op woensdag gaan we met de kinderen naar het park om samen te spelen en te picknicken.';
    const fifteen = 'Op woensdag gaan we met de kinderen naar het park om samen buiten te spelen.';

    expect(only(long, 'lange-zin').map((f) => f.uitleg)).toEqual([
      'Deze zin heeft 17 woorden. Een zin van 15 woorden of minder leest makkelijker. Maak er twee zinnen van.',
    ]);
    expect(checkText(fifteen).woorden).toBe(15);
    expect(only(fifteen, 'lange-zin')).toEqual([]);
  });

  it('marks a sentence with more than one subordinate clause', () => {
    const two = 'Ik denk dat ouders komen als je ze persoonlijk uitnodigt.';
    const relative = 'De kinderen, die op school zitten, spelen buiten omdat het mooi weer is.';

    expect(only(two, 'bijzin').map((f) => [f.begin, f.eind])).toEqual([[0, two.length]]);
    expect(only(two, 'bijzin')[0]?.uitleg).toContain('2 bijzinnen (‘dat’, ‘als’)');
    expect(only(relative, 'bijzin')[0]?.uitleg).toContain('(‘die’, ‘omdat’)');
  });

  it('does not mark one subordinate clause, a question, or "als" as a comparison', () => {
    expect(only('We beginnen om negen uur omdat de school dan open is.', 'bijzin')).toEqual([]);
    expect(only('Als je wilt, kun je je kind meenemen.', 'bijzin')).toEqual([]);
    expect(only('Wanneer is de ochtend? Kom als moeder of als vader.', 'bijzin')).toEqual([]);
  });

  it('marks passive forms with "worden" and "zijn"', () => {
    expect(marked('U wordt uitgenodigd.', 'passief')).toEqual(['wordt uitgenodigd']);
    expect(marked('De ouders zijn door de gemeente gevraagd.', 'passief')).toEqual([
      'zijn door de gemeente gevraagd',
    ]);
    expect(marked('Ik weet dat het plan besproken wordt.', 'passief')).toEqual(['besproken wordt']);
    expect(marked('De folders werden gisteren verstuurd.', 'passief')).toEqual([
      'werden gisteren verstuurd',
    ]);
  });

  it('does not take active sentences with "zijn" for passive', () => {
    for (const text of [
      'Oma is gisteren gekomen.',
      'Zijn kinderen zijn gezond.',
      'Zijn vertrouwen is groot.',
      'De school is verhuisd.',
      'Het project is in maart gestart.',
      'We hebben het plan besproken.',
      'De ouders zijn bereid om te helpen.',
      'Dat is makkelijk te begrijpen.',
    ]) {
      expect(marked(text, 'passief'), text).toEqual([]);
    }
  });

  it('marks difficult words and phrases with a simpler alternative', () => {
    const text = 'Wij faciliteren de Participatie van ouders in het kader van het project.';

    const difficult = only(text, 'moeilijk-woord');

    expect(difficult.map((f) => [text.slice(f.begin, f.eind), f.alternatief])).toEqual([
      ['faciliteren', 'helpen, mogelijk maken'],
      ['Participatie', 'meedoen'],
      ['in het kader van', 'bij, voor'],
    ]);
  });

  it('marks short names in capitals, and explains the ones it knows', () => {
    const text = 'WELKOM bij de GGD en het CJG.';

    expect(
      only(text, 'afkorting').map((f) => [text.slice(f.begin, f.eind), f.alternatief]),
    ).toEqual([
      ['GGD', 'GGD (de gezondheidsdienst van de gemeenten)'],
      ['CJG', 'CJG (Centrum voor Jeugd en Gezin)'],
    ]);
  });

  it('takes a line break as the end of a sentence, as on a poster', () => {
    const text = 'Uitnodiging\nWanneer: dinsdag 14 april\nWaar: buurthuis De Kroon\n\nKom ook!';

    expect(checkText(text).zinnen).toBe(4);
  });

  it('keeps a web address and an e-mail address as one word each', () => {
    const text = 'Kijk op www.ggd.nl. Of mail naar info@ggd.nl voor vragen.';

    // Kijk op www.ggd.nl (3) / Of mail naar info@ggd.nl voor vragen (6)
    expect(checkText(text)).toMatchObject({ zinnen: 2, woorden: 9 });
  });

  it('gives JavaScript string indices, also after an emoji', () => {
    const text = '👍 Bijv. oma.';

    const [finding] = only(text, 'afkorting');

    expect(finding).toMatchObject({ begin: 3, eind: 8 });
    expect(text.slice(3, 8)).toBe('Bijv.');
  });

  it('has no scores for a text without words', () => {
    expect(checkText('... !!')).toEqual({
      zinnen: 0,
      woorden: 0,
      lettergrepen: 0,
      fleschDouma: null,
      brouwer: null,
      bevindingen: [],
    });
  });
});

describe('the readability formulas', () => {
  it('follows Flesch-Douma and the Leesindex of Brouwer', () => {
    // 10 words a sentence, 1.45 syllables a word:
    // 206.835 − 9.3 − 111.65 = 85.885 and 195 − 20 − 96.715 = 78.285
    expect(readability({ sentences: 4, words: 40, syllables: 58 })).toEqual({
      fleschDouma: 85.9,
      brouwer: 78.3,
    });
  });

  it('explains a score in plain words', () => {
    expect(explainScore(85.9)?.level).toBe('makkelijk');
    expect(explainScore(65)?.level).toBe('redelijk');
    expect(explainScore(45)?.level).toBe('vrij-moeilijk');
    expect(explainScore(12)?.level).toBe('moeilijk');
    expect(explainScore(null)).toBeNull();
  });
});
