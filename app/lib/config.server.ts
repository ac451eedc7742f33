import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Config = {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  authSecret: string;
  rateLimit: boolean;
  signup: 'open' | 'invite';
  pdokLocatieserverUrl: string;
  pdokTilesUrl: string;
  cbsOdataUrl: string;
  cbsOdataV3Url: string;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Optional sign-in with OpenID Connect (for example Microsoft Entra ID). */
  oidc: OidcConfig | undefined;
};

export type OidcConfig = {
  /** The issuer; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the button says after "Inloggen met". */
  name: string;
};

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= readConfig(process.env);
  return cached;
}

/** Tests change the environment between suites; they call this to read it again. */
export function resetConfig(): void {
  cached = undefined;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 3000);
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    dataDir,
    databaseUrl,
    baseUrl: (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    authSecret: env.BETTER_AUTH_SECRET || secretFor(dataDir, databaseUrl),
    rateLimit: (env.RATE_LIMIT ?? 'on') !== 'off',
    signup: env.SIGNUP === 'invite' ? 'invite' : 'open',
    pdokLocatieserverUrl:
      env.PDOK_LOCATIESERVER_URL ?? 'https://api.pdok.nl/bzk/locatieserver/search/v3_1',
    pdokTilesUrl:
      env.PDOK_TILES_URL ??
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    cbsOdataUrl: env.CBS_ODATA_URL ?? 'https://datasets.cbs.nl/odata/v1/CBS',
    cbsOdataV3Url: env.CBS_ODATA_V3_URL ?? 'https://opendata.cbs.nl/ODataApi/odata',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    oidc: readOidc(env),
  };
}

// All three of issuer, client id and secret, or no OpenID Connect at all: half a configuration
// is a mistake that should stop the start, not a button that fails later.
function readOidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.replace(/\/$/, '') || '';
  const clientId = env.OIDC_CLIENT_ID || '';
  const clientSecret = env.OIDC_CLIENT_SECRET || '';
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error('OpenID Connect needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.');
  }
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME || 'je organisatie-account' };
}

// With PostgreSQL several app processes must share one secret, so it has to be configured.
// With SQLite there is one process and one data folder: a secret generated once is enough.
function secretFor(dataDir: string, databaseUrl: string | undefined): string {
  if (databaseUrl) {
    throw new Error('BETTER_AUTH_SECRET is required when DATABASE_URL is set.');
  }
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
