import { z } from 'zod';

// The hidden token of an edit form (see edit-conflict.server.ts). Only an old or tampered page
// posts a wrong one, so the message asks to load the page again.

const OUTDATED = 'Dit formulier is te oud. Laad de pagina opnieuw en probeer het nog een keer.';

export const editToken = z
  .string({ error: OUTDATED })
  .min(1, { error: OUTDATED })
  .max(64, { error: OUTDATED });
