import { z } from 'zod';
import { requiredText } from '~/lib/forms';
import { LANGUAGE_CODE, normaliseLanguage } from './languages';

export const TRANSLATION_LIMITS = { language: 20, text: 5000 } as const;

export const translationSchema = z.object({
  language: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z
      .string()
      .min(1, { error: 'Vul de taalcode in, bijvoorbeeld ar voor Arabisch.' })
      .max(TRANSLATION_LIMITS.language, { error: 'Deze taalcode is te lang.' })
      .regex(LANGUAGE_CODE, {
        error: 'Vul een taalcode in van 2 of 3 letters, bijvoorbeeld ar, tr, pl, en of ti.',
      })
      .transform(normaliseLanguage),
  ),
  text: requiredText('de tekst in deze taal', TRANSLATION_LIMITS.text),
});
