import { z } from 'zod';
import { optionalText, requiredText } from '~/lib/forms';

const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''),
  z
    .string()
    .min(1, { error: 'Vul je e-mailadres in.' })
    .max(254, { error: 'Dit e-mailadres is te lang.' })
    .pipe(z.email({ error: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.' })),
);

const newPassword = z
  .string({ error: 'Kies een wachtwoord.' })
  .min(10, { error: 'Kies een wachtwoord van minstens 10 tekens.' })
  .max(128, { error: 'Kies een wachtwoord van hoogstens 128 tekens.' });

export const signUpSchema = z.object({
  name: requiredText('je naam', 100),
  organisationName: optionalText('de naam van je organisatie', 120),
  email,
  password: newPassword,
});

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: 'Vul je wachtwoord in.' })
    .min(1, { error: 'Vul je wachtwoord in.' })
    .max(128, { error: 'Dit wachtwoord is te lang: hoogstens 128 tekens.' }),
  terug: z.string().max(2000).optional(),
  formulier: z.string().max(100).optional(),
});

export const nameSchema = z.object({ name: requiredText('je naam', 100) });

export const organisationNameSchema = z.object({
  organisationName: requiredText('de naam van je organisatie', 120),
});

export const passwordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'Vul je huidige wachtwoord in.' })
      .min(1, { error: 'Vul je huidige wachtwoord in.' })
      .max(128, { error: 'Dit wachtwoord is te lang: hoogstens 128 tekens.' }),
    newPassword,
    repeatPassword: z
      .string({ error: 'Vul het nieuwe wachtwoord nog een keer in.' })
      .max(128, { error: 'Kies een wachtwoord van hoogstens 128 tekens.' }),
  })
  .refine((value) => value.newPassword === value.repeatPassword, {
    error: 'De twee nieuwe wachtwoorden zijn niet hetzelfde.',
    path: ['repeatPassword'],
  });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    newPassword,
    repeatPassword: z
      .string({ error: 'Vul het nieuwe wachtwoord nog een keer in.' })
      .max(128, { error: 'Kies een wachtwoord van hoogstens 128 tekens.' }),
  })
  .refine((value) => value.newPassword === value.repeatPassword, {
    error: 'De twee wachtwoorden zijn niet hetzelfde.',
    path: ['repeatPassword'],
  });

export const AUTH_LIMITS = { name: 100, organisationName: 120, email: 254, password: 128 } as const;

/** A 6-digit code from the authenticator app, or one of the backup codes (letters and digits). */
const twoFactorCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, '') : ''),
  z
    .string()
    .min(1, { error: 'Vul de code in.' })
    .max(40, { error: 'Deze code is te lang.' })
    .regex(/^(\d{6}|[A-Za-z0-9-]{8,40})$/, {
      error: 'Vul de 6 cijfers uit je app in, of een van je reservecodes.',
    }),
);

export const signInCodeSchema = z.object({
  code: twoFactorCode,
  terug: z.string().max(2000).optional(),
  formulier: z.string().max(100).optional(),
});

export const twoFactorPasswordSchema = z.object({
  twoFactorPassword: z
    .string({ error: 'Vul je wachtwoord in.' })
    .min(1, { error: 'Vul je wachtwoord in.' })
    .max(128, { error: 'Dit wachtwoord is te lang: hoogstens 128 tekens.' }),
});

export const twoFactorConfirmSchema = z.object({
  code: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s+/g, '') : ''),
    z.string().regex(/^\d{6}$/, { error: 'Vul de 6 cijfers uit je app in.' }),
  ),
});
