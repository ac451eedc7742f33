import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { getConfig } from './config.server.ts';
import { logger } from './logger.server.ts';

// The one adapter for outgoing e-mail. Without SMTP_URL nothing is sent and the caller shows
// the link on screen instead. A failing mail server never loses work: sendMail answers false
// and the caller still shows the link.

export type Mail = { to: string; subject: string; text: string };

let cached: { url: string; transport: Transporter } | undefined;

/** nodemailer is loaded on the first mail, not at start-up (start time and memory). */
async function transportFor(url: string): Promise<Transporter> {
  if (cached?.url !== url) {
    const { default: nodemailer } = await import('nodemailer');
    cached = {
      url,
      transport: nodemailer.createTransport({
        url,
        connectionTimeout: 5000,
        greetingTimeout: 5000,
        socketTimeout: 10_000,
      } as SMTPTransport.Options),
    };
  }
  return cached.transport;
}

/** True when mail can be sent at all (SMTP_URL is set). */
export function mailConfigured(): boolean {
  return Boolean(getConfig().smtpUrl);
}

/** Sends one plain-text mail; true when the mail server accepted it. One retry after 500 ms. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const { smtpUrl, mailFrom, baseUrl } = getConfig();
  if (!smtpUrl) return false;
  const from = mailFrom ?? `Ouders in de wijk <noreply@${new URL(baseUrl).hostname}>`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await (await transportFor(smtpUrl)).sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      return true;
    } catch (error) {
      logger.warn({ err: (error as Error).message, attempt }, 'mail not sent');
      if (attempt === 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return false;
}
