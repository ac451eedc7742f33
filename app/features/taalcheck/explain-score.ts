// What a readability score means, in plain Dutch. Flesch-Douma and the Leesindex of Brouwer both
// run from about 0 (very hard) to 100 (very easy) and only look at the length of words and
// sentences, so they are a hint, never a verdict.

export type ScoreLevel = {
  level: 'makkelijk' | 'redelijk' | 'vrij-moeilijk' | 'moeilijk';
  text: string;
};

export function explainScore(score: number | null): ScoreLevel | null {
  if (score === null) return null;
  if (score >= 70) return { level: 'makkelijk', text: 'Makkelijk te lezen.' };
  if (score >= 60) {
    return {
      level: 'redelijk',
      text: 'Redelijk makkelijk. Voor ouders die moeite hebben met lezen kan het nog eenvoudiger.',
    };
  }
  if (score >= 40) {
    return { level: 'vrij-moeilijk', text: 'Vrij moeilijk. Maak zinnen en woorden korter.' };
  }
  return {
    level: 'moeilijk',
    text: 'Moeilijk. Veel ouders lezen dit niet uit. Maak zinnen en woorden korter.',
  };
}

export const SCORES_EXPLAINED =
  'Beide cijfers lopen van ongeveer 0 (heel moeilijk) tot 100 (heel makkelijk). Ze tellen alleen ' +
  'hoe lang de zinnen en woorden zijn. Of ouders een woord kennen, zien ze niet. Gebruik ze als ' +
  'hint. Voor ouders die moeite hebben met lezen is 70 of hoger een goed doel.';
