import QRCode from 'qrcode';
import { getConfig } from '~/lib/config.server';

/** The address parents open, on this app's public address. */
export function publicLink(token: string): string {
  return `${getConfig().baseUrl}/v/${token}`;
}

/** A QR code for the link as an SVG data address (the page's image policy allows data:). */
export async function qrCodeImage(link: string): Promise<string> {
  const svg = await QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
