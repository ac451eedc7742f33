import QRCode from 'qrcode';
import { getRuntime } from '~/lib/runtime.server';

export type TwoFactorSetup = {
  /** The secret in the letters an authenticator app asks for when typed by hand. */
  secret: string;
  uri: string;
  qrCode: string;
  backupCodes: string[];
};

/** Whether sign-in in two steps is on for the signed-in person. */
export async function hasTwoFactor(request: Request): Promise<boolean> {
  const { auth } = await getRuntime();
  const session = await auth.api.getSession({ headers: request.headers });
  return Boolean(
    (session?.user as { twoFactorEnabled?: boolean | null } | undefined)?.twoFactorEnabled,
  );
}

/** What the page shows once to set up the app: the key, a QR code and the backup codes. */
export async function describeSetup(
  totpUri: string,
  backupCodes: string[],
): Promise<TwoFactorSetup> {
  const secret = new URL(totpUri).searchParams.get('secret') ?? '';
  const svg = await QRCode.toString(totpUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return {
    secret: secret.replace(/(.{4})/g, '$1 ').trim(),
    uri: totpUri,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    backupCodes,
  };
}
