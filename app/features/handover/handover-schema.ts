import { z } from 'zod';
import { optionalText, requiredText } from '~/lib/forms';

export const HANDOVER_LIMITS = { id: 100, note: 2000 } as const;

export const handoverSchema = z.object({
  naar: requiredText('de collega die het plan krijgt', HANDOVER_LIMITS.id),
  notitie: optionalText('de notitie', HANDOVER_LIMITS.note),
});
