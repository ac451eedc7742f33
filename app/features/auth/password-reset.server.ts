import { randomBytes } from 'node:crypto';
import { logger } from '../../lib/logger.server.ts';
import { sendMail } from '../../lib/mail.server.ts';
import type { Auth } from './auth.server.ts';

// Setting a new password with a link. With SMTP a person asks for the link themselves
// ("Wachtwoord vergeten?", better-auth's request-password-reset, mailed by `sendResetMail`);
// without SMTP a beheerder makes a link for a member of the team and passes it on. Both links
// are better-auth reset tokens: stored hashed (`verification.storeIdentifier`), used once
// (its reset-password endpoint consumes them), and ended sessions everywhere after the reset.

/** How long a link asked for by mail works. */
export const MAILED_RESET_SECONDS = 60 * 60;
/** How long a link made by a beheerder works: it goes through another person first. */
export const ADMIN_RESET_HOURS = 24;

export function resetPath(token: string): string {
  return `/wachtwoord-herstellen/${token}`;
}

/** Mails the link of a reset asked for on "Wachtwoord vergeten?". */
export async function sendResetMail(input: {
  baseUrl: string;
  email: string;
  token: string;
}): Promise<void> {
  const link = `${input.baseUrl}${resetPath(input.token)}`;
  const sent = await sendMail({
    to: input.email,
    subject: 'Een nieuw wachtwoord kiezen',
    text: [
      'Hallo,',
      '',
      'Je hebt gevraagd om een nieuw wachtwoord voor Ouders in de wijk.',
      'Open deze link en kies een nieuw wachtwoord:',
      '',
      link,
      '',
      'De link werkt 1 uur en maar één keer.',
      'Heb je dit niet zelf gevraagd? Dan kun je deze mail weggooien. Je wachtwoord blijft dan hetzelfde.',
      '',
      'Ouders in de wijk',
    ].join('\n'),
  });
  if (!sent) logger.warn('password reset mail not sent');
}

/** A reset link for one person, made by a beheerder; works ADMIN_RESET_HOURS and once. */
export async function createResetLink(
  auth: Auth,
  input: { baseUrl: string; userId: string },
): Promise<{ link: string; expiresAt: Date }> {
  const context = await auth.$context;
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ADMIN_RESET_HOURS * 60 * 60 * 1000);
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: input.userId,
    expiresAt,
  });
  return { link: `${input.baseUrl}${resetPath(token)}`, expiresAt };
}

/** Whether a reset link still works (not used, not expired). Does not use it up. */
export async function isResetTokenOpen(auth: Auth, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return false;
  const context = await auth.$context;
  const verification = await context.internalAdapter.findVerificationValue(
    `reset-password:${token}`,
  );
  return Boolean(verification && new Date(verification.expiresAt) > new Date());
}
