import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import {
  APIError,
  addOAuthServerContext,
  createAuthMiddleware,
  getOAuthState,
} from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { organization } from 'better-auth/plugins/organization';
import { twoFactor } from 'better-auth/plugins/two-factor';
import type { Config } from '../../lib/config.server.ts';
import type { DatabaseHandle } from '../../lib/db/database.server.ts';
import { logger } from '../../lib/logger.server.ts';
import { accessControl, organisationRoles } from '../teams/roles.ts';
import { acceptInvite, findOpenInvite } from '../teams/teams.server.ts';
import { MAILED_RESET_SECONDS, sendResetMail } from './password-reset.server.ts';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './password-rules.server.ts';

const HOUR = 60 * 60;

export function createAuth({ config, database }: { config: Config; database: DatabaseHandle }) {
  const auth = betterAuth({
    appName: 'Ouders in de wijk',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [config.baseUrl],
    database: { db: database.raw, type: database.kind },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      // SIGNUP=invite: the before hook refuses a sign-up without an open invitation.
      // "Wachtwoord vergeten?" mails our own page's link (only with SMTP: the before hook
      // refuses the request without it). A reset ends every session of the person.
      sendResetPassword: async ({ user, token }) => {
        await sendResetMail({ baseUrl: config.baseUrl, email: user.email, token });
      },
      resetPasswordTokenExpiresIn: MAILED_RESET_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    // A reset token is as good as a password for an hour: keep only its hash, like our own
    // invitation tokens.
    verification: {
      storeIdentifier: { default: 'plain', overrides: { 'reset-password:': 'hashed' } },
    },
    // A day in the field must not lose work: a session lives a day after its last use and
    // every use (at most once an hour) moves that day forward.
    session: { expiresIn: 24 * HOUR, updateAge: HOUR },
    rateLimit: {
      enabled: config.rateLimit,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 10, max: 3 },
        '/sign-up/email': { window: 60, max: 5 },
      },
    },
    advanced: {
      database: { generateId: () => randomUUID() },
      // Said out loud rather than left to defaults: scripts cannot read the session, another
      // site cannot send it along with a form post, and behind HTTPS it never travels unencrypted.
      useSecureCookies: config.baseUrl.startsWith('https://'),
      defaultCookieAttributes: {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: config.baseUrl.startsWith('https://'),
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === '/sign-up/email' && config.signup === 'invite') {
          const invite = await inviteOf(database, ctx.body);
          if (!invite) {
            throw new APIError('FORBIDDEN', {
              code: 'SIGNUP_BY_INVITATION_ONLY',
              message: 'Sign-up needs an invitation.',
            });
          }
        }
        // "Doorgaan met …" on an invitation page: the invitation travels in the OAuth state that
        // better-auth keeps on the server, not in anything the browser can change.
        if (ctx.path === '/sign-in/social' && config.oidc) {
          const token = (ctx.body as Record<string, unknown> | undefined)?.invitation;
          if (await inviteOf(database, ctx.body))
            await addOAuthServerContext({ invitation: token });
        }
        if (ctx.path === '/request-password-reset' && !config.smtpUrl) {
          throw new APIError('BAD_REQUEST', {
            code: 'RESET_PASSWORD_NEEDS_MAIL',
            message: 'Password reset by mail needs SMTP; ask a beheerder for a reset link.',
          });
        }
        checkInput(ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        // Back from the OpenID Connect provider with an invitation: someone who already had an
        // account accepts it now (a new account accepted it when it was made).
        if (!ctx.path.startsWith('/callback/')) return;
        const userId = ctx.context.newSession?.user.id;
        const invite = userId ? await inviteOf(database, await oauthInvitation()) : null;
        if (userId && invite) {
          await acceptInvite({ db: database.db, raw: database.raw, auth }, { invite, userId });
        }
      }),
    },
    plugins: [
      organization({
        allowUserToCreateOrganization: true,
        creatorRole: 'owner',
        ac: accessControl,
        roles: organisationRoles,
      }),
      // Sign-in in two steps with an authenticator app (TOTP, 6 digits, 30 s); backup codes for
      // a lost phone. It is on only after the first code from the app was right.
      twoFactor({ issuer: 'Ouders in de wijk', skipVerificationOnEnable: false }),
      ...oidcPlugins(config),
    ],
    databaseHooks: {
      user: {
        create: {
          // SIGNUP=invite: an account from the OpenID Connect provider is made only for someone
          // who came with an open invitation ("Doorgaan met …" on the invitation page).
          before: async () => {
            const state = await oauthState();
            if (state && config.signup === 'invite') {
              const invite = await inviteOf(database, await oauthInvitation());
              if (!invite) {
                throw new APIError('FORBIDDEN', {
                  code: 'SIGNUP_BY_INVITATION_ONLY',
                  message: 'Sign-up needs an invitation.',
                });
              }
            }
          },
          // Every sign-up, through our form or straight through /api/auth, gets its own
          // organisation with the new person as its administrator.
          after: async (user, ctx) => {
            const body = (ctx?.body ?? {}) as Record<string, unknown>;
            // Signed up with an invitation to a team: join that organisation instead.
            const invite =
              (await inviteOf(database, body)) ??
              (await inviteOf(database, await oauthInvitation()));
            if (invite?.kind === 'team') {
              await acceptInvite(
                { db: database.db, raw: database.raw, auth },
                { invite, userId: user.id },
              );
              return;
            }
            const typed =
              typeof body.organisationName === 'string' ? body.organisationName.trim() : '';
            const name = (typed || `Organisatie van ${user.name}`).slice(0, 120);
            await createOrganisationFor(auth, { userId: user.id, name });
          },
        },
      },
    },
    logger: {
      log: (level, message) => {
        logger[level]({ source: 'better-auth' }, message);
      },
    },
  });
  return auth;
}

export type Auth = ReturnType<typeof createAuth>;

/** The id of the OpenID Connect provider: its callback is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = 'oidc';

// Optional sign-in with OpenID Connect (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET). With
// SIGNUP=invite only people who already have an account, or who come from an invitation page
// with an open invitation (checked in the user create hook), get in this way.
function oidcPlugins(config: Config) {
  if (!config.oidc) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          name: config.oidc.name,
          discoveryUrl: `${config.oidc.issuer}/.well-known/openid-configuration`,
          clientId: config.oidc.clientId,
          clientSecret: config.oidc.clientSecret,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
          disableImplicitSignUp: config.signup === 'invite',
        },
      ],
    }),
  ];
}

/** The same maxima as our own forms, also for calls straight to /api/auth. */
const NAME_LIMITS: Record<string, { field: string; max: number }[]> = {
  '/sign-up/email': [
    { field: 'name', max: 100 },
    { field: 'organisationName', max: 120 },
  ],
  '/update-user': [{ field: 'name', max: 100 }],
  '/organization/create': [{ field: 'name', max: 120 }],
  '/organization/update': [{ field: 'name', max: 120 }],
};

/** Where a new password arrives, by endpoint. */
const NEW_PASSWORD_FIELDS: Record<string, string> = {
  '/sign-up/email': 'password',
  '/change-password': 'newPassword',
  '/reset-password': 'newPassword',
  '/set-password': 'newPassword',
};

/** The open invitation a sign-up names in its `invitation` field, if any. */
async function inviteOf(database: DatabaseHandle, body: unknown) {
  const token = (body as Record<string, unknown> | undefined)?.invitation;
  if (typeof token !== 'string') return null;
  return findOpenInvite(database.db, database.raw, { token });
}

/** The OAuth state of this request (during the provider's callback), or null. */
async function oauthState() {
  try {
    return await getOAuthState();
  } catch {
    return null;
  }
}

/** The invitation the OpenID Connect flow started with, as a body for `inviteOf`. */
async function oauthInvitation() {
  const invitation = (await oauthState())?.serverContext?.invitation;
  return { invitation: typeof invitation === 'string' ? invitation : undefined };
}

function checkInput(ctx: { path: string; body?: unknown }) {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const passwordField = NEW_PASSWORD_FIELDS[ctx.path];
  const password = passwordField ? body[passwordField] : undefined;
  // Also for calls straight to /api/auth: our own forms check this before they call.
  if (typeof password === 'string' && isCommonPassword(password)) {
    throw new APIError('BAD_REQUEST', {
      code: 'PASSWORD_TOO_COMMON',
      message: COMMON_PASSWORD_MESSAGE,
    });
  }
  const limits = NAME_LIMITS[ctx.path];
  if (!limits) return;
  const data = (body.data ?? {}) as Record<string, unknown>;
  for (const { field, max } of limits) {
    const value = body[field] ?? data[field];
    if (typeof value === 'string' && value.length > max) {
      throw new APIError('BAD_REQUEST', { message: `${field}: at most ${max} characters` });
    }
  }
}

async function createOrganisationFor(auth: Auth, input: { userId: string; name: string }) {
  const context = await auth.$context;
  const organisationId = randomUUID();
  await context.adapter.create({
    model: 'organization',
    data: {
      id: organisationId,
      name: input.name,
      slug: `org-${organisationId}`,
      createdAt: new Date(),
    },
    forceAllowId: true,
  });
  await context.adapter.create({
    model: 'member',
    data: {
      organizationId: organisationId,
      userId: input.userId,
      role: 'owner',
      createdAt: new Date(),
    },
  });
  logger.info({ organisationId }, 'organisation created');
}
