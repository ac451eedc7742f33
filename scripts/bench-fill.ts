// Fills a fresh database with one large organisation for `npm run bench`: 20 members, 50 plans,
// 1,000 meeting places, 5,000 visits and 5,000 contact moments, plus the trust page's incoming
// contacts, promises and compensations. Straight through the app's own data functions (the plan
// document import, one transaction per plan) and Kysely, not over HTTP, so it takes seconds.
// Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.
import { buildDemoPlan } from '../app/features/export/demo-plan.ts';
import { importPlanDocument } from '../app/features/export/import.server.ts';
import { type PlanDocumentInput, readPlanDocument } from '../app/features/export/plan-document.ts';
import { readConfig } from '../app/lib/config.server.ts';
import { todayInAmsterdam } from '../app/lib/dates.ts';
import { newId, nowIso } from '../app/lib/db/ids.ts';
import { startRuntime } from '../app/lib/runtime.server.ts';

export const FILL = {
  users: 20,
  plans: 50,
  places: 1_000,
  visits: 5_000,
  contactMoments: 5_000,
  incomingContactsPerPlan: 20,
  promisesPerPlan: 10,
  compensationsPerPlan: 5,
} as const;

export const BENCH_EMAIL = 'bench-1@example.org';
export const BENCH_PASSWORD = 'een lang benchmark wachtwoord';

export type FilledDatabase = { organisationId: string; planIds: string[] };

const CATEGORIES = ['school', 'sport', 'markt', 'geloof', 'buurthuis', 'buiten'];

/** yyyy-mm-dd, `days` after `today`. */
function addDays(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** One plan of the large organisation: the demo plan with many more places, visits and contacts. */
function planDocument(index: number, today: string): PlanDocumentInput {
  const demo = buildDemoPlan(today);
  const placesPerPlan = FILL.places / FILL.plans;
  const visitsPerPlan = FILL.visits / FILL.plans;
  const contactsPerPlan = FILL.contactMoments / FILL.plans;
  const places = Array.from({ length: placesPerPlan }, (_, n) => ({
    id: `place-${n + 1}`,
    category: CATEGORIES[n % CATEGORIES.length] as string,
    name: `Ontmoetingsplek ${index + 1}.${n + 1}`,
    address: `Zamenhofdreef ${n + 1}`,
    postcode: '3562 JT',
    city: 'Utrecht',
    latitude: 52.105 + ((n * 37) % 100) / 5000,
    longitude: 5.1 + ((n * 53) % 100) / 5000,
    wijkCode: 'WK034403',
    buurtCode: 'BU03440321',
    whenParents: 'Elke schooldag van 8.15 tot 8.30 uur bij het hek.',
    organisationName: `Stichting ${n + 1}`,
    contactPerson: `Contactpersoon ${n + 1}`,
    phone: `030-720 ${String(10 + (n % 90)).padStart(2, '0')} 44`,
    email: `plek${n + 1}@example.org`,
    notes: 'Ouders komen hier vaak samen. De contactpersoon wil ons graag voorstellen.',
    tipFrom: 'Collega van de jeugdgezondheidszorg',
    topRank: n < 3 ? n + 1 : null,
    topReason: n < 3 ? 'Hier komen veel ouders die we nog niet kennen.' : '',
  }));
  const placeRef = (n: number) => `place-${(n % placesPerPlan) + 1}`;
  return {
    ...demo,
    plan: { ...demo.plan, title: `Plan ${index + 1}: ${demo.plan.title}` },
    places,
    contactMoments: Array.from({ length: contactsPerPlan }, (_, n) => ({
      placeRef: placeRef(n),
      withWhom: `Contactpersoon ${(n % placesPerPlan) + 1}`,
      plannedOn: addDays(today, n * 3 - 150),
      plannedTime: n % 4 === 0 ? '' : '10:00',
      purpose: 'Kennismaken en vragen of we langs mogen komen.',
      status: n * 3 < 150 ? ('gedaan' as const) : ('gepland' as const),
      discussedWithManager: n % 2 === 0,
      discussedOn: n % 2 === 0 ? addDays(today, n * 3 - 160) : null,
      repeatWeeks: n % 10 === 0 ? 2 : null,
      repeatUntil: n % 10 === 0 ? addDays(today, n * 3 - 60) : null,
    })),
    visits: Array.from({ length: visitsPerPlan }, (_, n) => ({
      placeRef: placeRef(n + 7),
      placeText: '',
      visitOn: addDays(today, n * 3 - 150),
      visitTime: n % 3 === 0 ? '' : '14:00',
      status: n * 3 < 150 ? ('gedaan' as const) : ('gepland' as const),
      parentsBusyWith: n * 3 < 150 ? 'Ouders praten over de kosten van de sportclub.' : '',
      notes: 'Statafel bij het hek. Flyers meenemen.',
      repeatWeeks: n % 12 === 0 ? 1 : null,
      repeatUntil: n % 12 === 0 ? addDays(today, n * 3 - 100) : null,
    })),
  };
}

/**
 * Migrates the database (SQLite in `dataDir`, or PostgreSQL at `databaseUrl`) and fills it.
 * The first member signs in with BENCH_EMAIL and BENCH_PASSWORD.
 */
export async function fillDatabase(env: {
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  authSecret: string;
}): Promise<FilledDatabase> {
  const config = readConfig({
    DATA_DIR: env.dataDir,
    DATABASE_URL: env.databaseUrl ?? '',
    BASE_URL: env.baseUrl,
    BETTER_AUTH_SECRET: env.authSecret,
    RATE_LIMIT: 'off',
  });
  const runtime = await startRuntime(config);
  try {
    const { auth, database } = runtime;
    const context = await auth.$context;
    const hash = await context.password.hash(BENCH_PASSWORD);
    const userIds: string[] = [];
    for (let n = 1; n <= FILL.users; n++) {
      // The sign-up hook gives every new user an organisation; the first one's becomes the
      // benchmark organisation, the others are moved into it below.
      const user = await context.internalAdapter.createUser(
        { name: `Medewerker ${n}`, email: `bench-${n}@example.org`, emailVerified: true },
        { method: 'admin' },
      );
      await context.internalAdapter.linkAccount({
        userId: user.id,
        providerId: 'credential',
        accountId: user.id,
        password: hash,
      });
      userIds.push(user.id);
    }
    const owner = await database.raw
      .selectFrom('member')
      .select('organizationId')
      .where('userId', '=', userIds[0] as string)
      .executeTakeFirstOrThrow();
    const organisationId = owner.organizationId;
    await database.raw
      .updateTable('organization')
      .set({ name: 'GGD Benchmarkregio' })
      .where('id', '=', organisationId)
      .execute();
    for (const userId of userIds.slice(1)) {
      const own = await database.raw
        .selectFrom('member')
        .select('organizationId')
        .where('userId', '=', userId)
        .executeTakeFirstOrThrow();
      await database.raw
        .updateTable('member')
        .set({ organizationId: organisationId, role: 'member' })
        .where('userId', '=', userId)
        .execute();
      await database.raw.deleteFrom('organization').where('id', '=', own.organizationId).execute();
    }

    const today = todayInAmsterdam();
    const planIds: string[] = [];
    for (let index = 0; index < FILL.plans; index++) {
      const read = readPlanDocument(planDocument(index, today));
      if (!read.ok) throw new Error(`bench plan document invalid:\n${read.errors.join('\n')}`);
      planIds.push(
        await importPlanDocument(database.db, {
          organisationId,
          userId: userIds[index % userIds.length] as string,
          document: read.document,
        }),
      );
    }
    await fillTrust(database.db, organisationId, planIds, today);
    return { organisationId, planIds };
  } finally {
    await runtime.database.close();
  }
}

type Db = Awaited<ReturnType<typeof startRuntime>>['database']['db'];

/** Incoming contacts, promises and compensations for the trust page, one transaction per plan. */
async function fillTrust(
  db: Db,
  organisationId: string,
  planIds: string[],
  today: string,
): Promise<void> {
  const now = nowIso();
  const channels = ['telefoon', 'email', 'bericht', 'persoonlijk'] as const;
  for (const planId of planIds) {
    const owned = { planId, organisationId, createdAt: now, updatedAt: now };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('incomingContact')
        .values(
          Array.from({ length: FILL.incomingContactsPerPlan }, (_, n) => {
            const received = `${addDays(today, -n * 2)}T08:${String(n % 60).padStart(2, '0')}:00.000Z`;
            return {
              id: newId(),
              ...owned,
              receivedAt: received,
              channel: channels[n % channels.length] as (typeof channels)[number],
              fromWhom: 'een moeder van de basisschool',
              about: 'Een vraag over de bijeenkomst.',
              answeredAt: n % 5 === 0 ? null : `${addDays(today, -n * 2 + (n % 3))}T12:00:00.000Z`,
            };
          }),
        )
        .execute();
      await trx
        .insertInto('promise')
        .values(
          Array.from({ length: FILL.promisesPerPlan }, (_, n) => ({
            id: newId(),
            ...owned,
            what: 'De uitkomsten van de bijeenkomst terugsturen.',
            toWhom: 'de ouders van de koffieochtend',
            dueOn: addDays(today, n * 5 - 20),
            status: n % 3 === 0 ? ('nagekomen' as const) : ('open' as const),
            howKept: n % 3 === 0 ? 'Verslag gemaild.' : '',
          })),
        )
        .execute();
      await trx
        .insertInto('compensation')
        .values(
          Array.from({ length: FILL.compensationsPerPlan }, (_, n) => ({
            id: newId(),
            ...owned,
            activity: 'Spiegelbijeenkomst',
            form: 'waardebon' as const,
            amountCents: 1500,
            agreedWith: 'de ouders die meedoen',
            paidOn: n % 2 === 0 ? addDays(today, -n) : null,
          })),
        )
        .execute();
    });
  }
}
