import { z } from 'zod';
import { requiredText } from '~/lib/forms';

/** The longest text the check takes, in JavaScript string length (ARCHITECTURE.md). */
export const MAX_TEXT_LENGTH = 20_000;

/** The form on the taalcheck page. */
export const taalcheckFormSchema = z.object({
  tekst: requiredText('de tekst', MAX_TEXT_LENGTH),
});

/**
 * The body of `POST /api/taalcheck`. The text is checked exactly as sent (not trimmed), so the
 * positions in the answer point into the caller's own string.
 */
export const taalcheckApiSchema = z.object(
  {
    tekst: z
      .string({ error: 'Stuur de tekst als tekenreeks in het veld ‘tekst’: {"tekst": "..."}.' })
      .max(MAX_TEXT_LENGTH, {
        error: `De tekst is te lang. De taalcheck leest hoogstens ${MAX_TEXT_LENGTH.toLocaleString('nl-NL')} tekens.`,
      })
      .refine((value) => value.trim().length > 0, { error: 'De tekst is leeg.' }),
  },
  { error: 'Stuur een JSON-object: {"tekst": "..."}.' },
);
