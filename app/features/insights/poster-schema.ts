import { z } from 'zod';
import { oneOf, optionalText } from '~/lib/forms';

export const POSTER_LIMITS = { title: 120, intro: 600, closing: 600 } as const;

export const posterSchema = z.object({
  form: oneOf('poster of brief', ['poster', 'brief'] as const),
  title: optionalText('de titel', POSTER_LIMITS.title),
  intro: optionalText('de inleiding', POSTER_LIMITS.intro),
  closing: optionalText('het slot', POSTER_LIMITS.closing),
});
