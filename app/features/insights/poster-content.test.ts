import { describe, expect, it } from 'vitest';
import { composePoster, POSTER_DEFAULTS, posterText } from './poster-content';

describe('composePoster', () => {
  it('makes a letter from the marked insights and the actions, each point once', () => {
    const poster = composePoster({
      settings: { ...POSTER_DEFAULTS, form: 'brief', intro: '' },
      insights: [{ text: 'Er is te weinig plek om te spelen.' }],
      actions: [
        {
          heard: 'er is te weinig plek om te spelen.',
          willDo: 'We vragen de gemeente om een speelplek.',
          cannotDo: '',
        },
      ],
    });

    expect(poster.greeting).toBe('Beste ouder,');
    expect(poster.sections).toEqual([
      { heading: 'Wat we hoorden', points: ['Er is te weinig plek om te spelen.'] },
      { heading: 'Wat we gaan doen', points: ['We vragen de gemeente om een speelplek.'] },
    ]);
    expect(posterText(poster).split('\n')).toEqual([
      POSTER_DEFAULTS.title,
      'Beste ouder,',
      'Wat we hoorden.',
      'Er is te weinig plek om te spelen.',
      'Wat we gaan doen.',
      'We vragen de gemeente om een speelplek.',
      POSTER_DEFAULTS.closing,
      'Met vriendelijke groet,',
    ]);
  });
});
