import { getConfig } from '~/lib/config.server';
import { sendMail } from '~/lib/mail.server';
import { invitePath } from './teams.server';

/** The link of an invitation, and whether it went out by e-mail too. */
export async function deliverInvite(input: {
  token: string;
  email: string;
  inviterName: string;
  what: string;
}): Promise<{ link: string; mailed: boolean }> {
  const link = `${getConfig().baseUrl}${invitePath(input.token)}`;
  if (!input.email) return { link, mailed: false };
  const mailed = await sendMail({
    to: input.email,
    subject: `Uitnodiging: ${input.what}`,
    text: [
      'Hallo,',
      '',
      `${input.inviterName} nodigt je uit: ${input.what}.`,
      'Open deze link om mee te doen. Heb je nog geen account? Dan maak je er eerst een.',
      '',
      link,
      '',
      'De link werkt 14 dagen. Verwacht je deze mail niet? Dan kun je hem weggooien.',
      '',
      'Ouders in de wijk',
    ].join('\n'),
  });
  return { link, mailed };
}
