// `npm run demo`: loads the worked example into the demo organisation, the same way an import
// does. It resets that organisation every time (so it never duplicates) and prints where to
// sign in. Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.
import { randomBytes, randomUUID } from 'node:crypto';

// The app logs to stdout (migrations at "info"); the demo prints only its three lines there.
process.env.LOG_LEVEL ??= 'error';

const { getConfig } = await import('../app/lib/config.server.ts');
const { startRuntime } = await import('../app/lib/runtime.server.ts');
const { todayInAmsterdam } = await import('../app/lib/dates.ts');
const { buildDemoPlan } = await import('../app/features/export/demo-plan.ts');
const { importPlanDocument } = await import('../app/features/export/import.server.ts');
const { readPlanDocument } = await import('../app/features/export/plan-document.ts');

type Runtime = Awaited<ReturnType<typeof startRuntime>>;
type Db = Runtime['database']['db'];

const DEMO_EMAIL = 'demo@example.org';
const DEMO_NAME = 'Demo Medewerker';
const DEMO_ORGANISATION = 'Demoteam Gezond Opgroeien Overvecht';

/** Every table that holds an organisation's plan data, children before parents. */
const ORGANISATION_TABLES = [
  'insight',
  'contactMoment',
  'visit',
  'planPlace',
  'planArea',
  'reliabilityCheck',
  'workMethod',
  'feedbackAction',
  'feedbackPoster',
  'parentTextTranslation',
  'questionnaireAnswer',
  'questionnaireResponse',
  'questionnaireTranslation',
  'questionnaireQuestion',
  'questionnaire',
  'planHandover',
  'plan',
  'place',
  'category',
  'organisationSchoolHoliday',
  'auditLog',
] as const;

function demoPassword(): string {
  const given = process.env.DEMO_PASSWORD;
  if (given === undefined || given === '') return randomBytes(12).toString('base64url');
  if (given.length < 10 || given.length > 128) {
    throw new Error('DEMO_PASSWORD moet tussen 10 en 128 tekens lang zijn.');
  }
  return given;
}

/** The demo user with this password, and its organisation; created when missing. */
async function ensureDemoUser(
  runtime: Runtime,
  password: string,
): Promise<{ userId: string; organisationId: string }> {
  const { auth, database } = runtime;
  const context = await auth.$context;
  let user = await database.raw
    .selectFrom('user')
    .select('id')
    .where('email', '=', DEMO_EMAIL)
    .executeTakeFirst();
  const hash = await context.password.hash(password);
  if (!user) {
    // Through better-auth's internal adapter, not its sign-up endpoint: the demo must also load
    // when sign-up is closed (SIGNUP=invite).
    const created = await context.internalAdapter.createUser(
      { name: DEMO_NAME, email: DEMO_EMAIL, emailVerified: true },
      { method: 'admin' },
    );
    user = { id: created.id };
  }
  const account = await context.internalAdapter.findCredentialAccount(user.id);
  if (account) {
    await context.internalAdapter.updatePassword(user.id, hash);
  } else {
    await context.internalAdapter.linkAccount({
      userId: user.id,
      providerId: 'credential',
      accountId: user.id,
      password: hash,
    });
  }
  const membership = await database.raw
    .selectFrom('member')
    .select('organizationId')
    .where('userId', '=', user.id)
    .orderBy('createdAt')
    .executeTakeFirst();
  if (membership) {
    // The sign-up hook may have named the organisation after the person; the demo has its own name.
    await database.raw
      .updateTable('organization')
      .set({ name: DEMO_ORGANISATION })
      .where('id', '=', membership.organizationId)
      .execute();
    return { userId: user.id, organisationId: membership.organizationId };
  }

  const organisationId = randomUUID();
  await context.adapter.create({
    model: 'organization',
    data: {
      id: organisationId,
      name: DEMO_ORGANISATION,
      slug: `org-${organisationId}`,
      createdAt: new Date(),
    },
    forceAllowId: true,
  });
  await context.adapter.create({
    model: 'member',
    data: { organizationId: organisationId, userId: user.id, role: 'owner', createdAt: new Date() },
  });
  return { userId: user.id, organisationId };
}

async function clearOrganisation(trx: Db, organisationId: string): Promise<void> {
  for (const table of ORGANISATION_TABLES) {
    await trx.deleteFrom(table).where('organisationId', '=', organisationId).execute();
  }
}

async function main(): Promise<void> {
  const config = getConfig();
  const password = demoPassword();
  const read = readPlanDocument(buildDemoPlan(todayInAmsterdam()));
  if (!read.ok) throw new Error(`The demo plan is not a valid plan document:\n${read.errors}`);

  const runtime = await startRuntime(config);
  try {
    const { userId, organisationId } = await ensureDemoUser(runtime, password);
    await importPlanDocument(runtime.database.db, {
      organisationId,
      userId,
      document: read.document,
      beforeWrite: (trx) => clearOrganisation(trx, organisationId),
    });
  } finally {
    await runtime.database.close();
  }

  console.log(`Adres: ${config.baseUrl}`);
  console.log(`E-mail: ${DEMO_EMAIL}`);
  console.log(`Wachtwoord: ${password}`);
}

try {
  await main();
} catch (error) {
  console.error(
    `De demo kon niet worden geladen: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
