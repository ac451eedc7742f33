import { z } from 'zod';

export const RETENTION_LIMITS = { min: 1, max: 120 } as const;

export const retentionSchema = z.object({
  retentionMonths: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z
      .string()
      .min(1, { error: 'Vul een aantal maanden in, bijvoorbeeld 12.' })
      .regex(/^-?\d+$/, { error: 'Vul een heel getal in, bijvoorbeeld 12.' })
      .transform(Number)
      .refine((n) => n >= RETENTION_LIMITS.min && n <= RETENTION_LIMITS.max, {
        error: `Kies een aantal maanden van ${RETENTION_LIMITS.min} tot en met ${RETENTION_LIMITS.max}.`,
      }),
  ),
});
