import { exportPlanDocument } from '~/features/export/export.server';
import { roleLabel } from '~/features/teams/roles';
import { listMembers } from '~/features/teams/teams.server';
import type { DatabaseHandle, Db } from '~/lib/db/database.server';
import { type Actor, writeAudit } from './audit.server';
import { getRetentionMonths } from './retention-settings.server';

// The whole organisation as one JSON document, for a beheerder who moves to another system or
// must hand everything over (continuity, and AVG data portability). Each plan is the same plan
// document as its own export.json, plus what that document leaves out (trust page, comments).
// Members are listed with name, e-mail and role only: never a password or session.

export const ORGANISATION_EXPORT_FORMAT = 'ouders-in-de-wijk/organisatie';

export async function exportOrganisation(
  database: Pick<DatabaseHandle, 'db' | 'raw'>,
  input: { organisationId: string; organisationName: string; actor: Actor; now?: Date },
) {
  const { db } = database;
  const now = input.now ?? new Date();
  const scope = { organisationId: input.organisationId };
  const plans = await db
    .selectFrom('plan')
    .select(['id', 'title'])
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const planExports = [];
  for (const plan of plans) {
    planExports.push({
      document: await exportPlanDocument(db, { ...scope, planId: plan.id }, now),
      trust: await planTrust(db, { ...scope, planId: plan.id }),
      planningComments: await db
        .selectFrom('planningComment')
        .select(['authorName', 'authorOrganisation', 'text', 'createdAt'])
        .where('planId', '=', plan.id)
        .where('organisationId', '=', input.organisationId)
        .orderBy('createdAt')
        .execute(),
      planningApprovals: await db
        .selectFrom('planningApproval')
        .select(['approvedOn', 'approvedByName', 'createdAt'])
        .where('planId', '=', plan.id)
        .where('organisationId', '=', input.organisationId)
        .orderBy('createdAt')
        .execute(),
    });
  }
  const members = await listMembers(database.raw, scope);
  const document = {
    format: ORGANISATION_EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    notice:
      'Dit bestand bevat persoonsgegevens van contactpersonen, sleutelfiguren en collega’s. Bewaar het op een veilige plek en verwijder het als je het niet meer nodig hebt.',
    organisation: { name: input.organisationName },
    settings: {
      answerTargetDays:
        (
          await db
            .selectFrom('organisationSetting')
            .select('answerTargetDays')
            .where('organisationId', '=', input.organisationId)
            .executeTakeFirst()
        )?.answerTargetDays ?? null,
      retentionMonths: await getRetentionMonths(db, scope),
      schoolHolidays: await db
        .selectFrom('organisationSchoolHoliday')
        .select(['region', 'name', 'fromDate', 'toDate'])
        .where('organisationId', '=', input.organisationId)
        .orderBy('fromDate')
        .execute(),
    },
    members: members.map((m) => ({ name: m.name, email: m.email, role: roleLabel(m.role) })),
    register: await registerOf(db, input.organisationId),
    plans: planExports,
  };
  await writeAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'geexporteerd',
    subjectKind: 'organisatie',
    subjectId: null,
    subjectLabel: input.organisationName,
    detail: `Alle gegevens van de organisatie (${plans.length} ${plans.length === 1 ? 'plan' : 'plannen'}).`,
  });
  return document;
}

async function planTrust(db: Db, scope: { organisationId: string; planId: string }) {
  return {
    incomingContacts: await db
      .selectFrom('incomingContact')
      .select(['receivedAt', 'channel', 'fromWhom', 'about', 'answeredAt'])
      .where('planId', '=', scope.planId)
      .where('organisationId', '=', scope.organisationId)
      .orderBy('receivedAt')
      .execute(),
    promises: await db
      .selectFrom('promise')
      .select(['what', 'toWhom', 'dueOn', 'status', 'howKept'])
      .where('planId', '=', scope.planId)
      .where('organisationId', '=', scope.organisationId)
      .orderBy('dueOn')
      .execute(),
    compensations: await db
      .selectFrom('compensation')
      .select(['activity', 'form', 'amountCents', 'agreedWith', 'paidOn'])
      .where('planId', '=', scope.planId)
      .where('organisationId', '=', scope.organisationId)
      .orderBy('createdAt')
      .execute(),
  };
}

async function registerOf(db: Db, organisationId: string) {
  const organisations = await db
    .selectFrom('contactOrganisation')
    .select(['id', 'name', 'phone', 'email', 'notes'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .orderBy('name')
    .execute();
  const persons = await db
    .selectFrom('contactPerson')
    .select([
      'id',
      'kind',
      'name',
      'role',
      'contactOrganisationId',
      'phone',
      'email',
      'activeWhere',
      'told',
      'tips',
      'notes',
      'legalBasis',
      'consentOn',
      'consentHow',
      'consentFor',
      'createdAt',
    ])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .orderBy('name')
    .execute();
  const events = await db
    .selectFrom('contactEvent')
    .select(['personId', 'kind', 'happenedOn', 'summary'])
    .where('organisationId', '=', organisationId)
    .orderBy('happenedOn')
    .execute();
  return {
    organisations,
    persons: persons.map((p) => ({
      ...p,
      timeline: events
        .filter((e) => e.personId === p.id)
        .map(({ kind, happenedOn, summary }) => ({ kind, happenedOn, summary })),
    })),
  };
}
