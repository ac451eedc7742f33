import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Db } from '../../lib/db/database.server.ts';
import { mentionsName } from '../contacts/names.ts';
import { SYSTEM_ACTOR, writeAudit } from './audit.server.ts';
import { REMOVED_PERSON } from './audit-labels.ts';
import { claimJobRun, finishJobRun } from './job-run.server.ts';
import { DEFAULT_RETENTION_MONTHS } from './retention-settings.server.ts';

// Retention (AVG art. 5(1)(e)): personal data of a plan is kept for the organisation's number
// of months after the plan became afgerond or gearchiveerd, then removed by this job:
//
// - in the plan: "met wie" of contact moments, visits and work methods; who and what of
//   incoming contacts; to whom of promises and feedback actions; with whom compensation was
//   agreed; quotes of parents on the insights board; contact details parents left on the
//   plan's questionnaires. What was done and learned stays, without
//   names, so the plan keeps its value for the organisation.
// - meeting places on the plan that no other kept plan uses: the contact person's name, phone
//   and e-mail. The place itself (an organisation, not a person) stays on the map.
// - people in the register linked only to such plans (their meeting place is on it, or a
//   removed text named them), with no timeline entry or change within the retention period:
//   removed with their timeline. People linked to no plan at all are the organisation's own
//   register; they stay until someone removes them (or the beheerder removes them everywhere).
//
// A plan that is processed gets `personal_data_removed_at` and is not processed again. Every
// removal is written to the audit log with the app as actor.

export const RETENTION_JOB = 'bewaartermijn';

/** The job runs once per day (UTC) across all app processes. */
export function retentionPeriod(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export type RetentionResult = {
  organisations: number;
  plans: number;
  texts: number;
  places: number;
  persons: number;
};

/** Claims today's run and, when this process got it, removes what is past its retention. */
export async function runRetentionJob(
  db: Db,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ ran: false } | ({ ran: true } & RetentionResult)> {
  const period = retentionPeriod(now);
  if (!(await claimJobRun(db, { job: RETENTION_JOB, period, now }))) return { ran: false };
  const result = await applyRetention(db, { now });
  await finishJobRun(db, { job: RETENTION_JOB, period, result });
  return { ran: true, ...result };
}

/** The moment before which a plan closed is past an organisation's retention period. */
export function retentionCutoff(now: Date, months: number): string {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months }).toISO() ?? '';
}

export async function applyRetention(db: Db, { now }: { now: Date }): Promise<RetentionResult> {
  const closed = await db
    .selectFrom('plan')
    .leftJoin('organisationSetting', 'organisationSetting.organisationId', 'plan.organisationId')
    .select(['plan.organisationId', 'plan.closedAt', 'organisationSetting.retentionMonths'])
    .where('plan.status', 'in', ['afgerond', 'gearchiveerd'])
    .where('plan.closedAt', 'is not', null)
    .where('plan.personalDataRemovedAt', 'is', null)
    .execute();
  const due = new Set(
    closed
      .filter(
        (p) =>
          (p.closedAt ?? '') < retentionCutoff(now, p.retentionMonths ?? DEFAULT_RETENTION_MONTHS),
      )
      .map((p) => p.organisationId),
  );
  const total: RetentionResult = { organisations: 0, plans: 0, texts: 0, places: 0, persons: 0 };
  for (const organisationId of due) {
    const result = await db
      .transaction()
      .execute((trx) => applyToOrganisation(trx, { organisationId, now }));
    total.organisations += 1;
    total.plans += result.plans;
    total.texts += result.texts;
    total.places += result.places;
    total.persons += result.persons;
  }
  return total;
}

/** Free-text columns of a plan that name people, cleared when the plan's retention ends. */
const PLAN_PERSON_FIELDS = [
  { table: 'contactMoment', columns: ['withWhom'] },
  { table: 'visit', columns: ['withWhom'] },
  { table: 'workMethod', columns: ['withWhom'] },
  { table: 'incomingContact', columns: ['fromWhom', 'about'] },
  { table: 'promise', columns: ['toWhom'] },
  { table: 'feedbackAction', columns: ['toWhom'] },
  { table: 'compensation', columns: ['agreedWith'] },
  { table: 'insight', columns: ['quote'] },
] as const;

async function applyToOrganisation(
  db: Db,
  { organisationId, now }: { organisationId: string; now: Date },
) {
  const nowIso = now.toISOString();
  const setting = await db
    .selectFrom('organisationSetting')
    .select('retentionMonths')
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  const months = setting?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const cutoff = retentionCutoff(now, months);
  const plans = await db
    .selectFrom('plan')
    .select(['id', 'title', 'status', 'closedAt', 'personalDataRemovedAt', 'deletedAt'])
    .where('organisationId', '=', organisationId)
    .execute();
  const expired = plans.filter(
    (p) =>
      p.status !== 'actief' &&
      p.closedAt !== null &&
      p.closedAt < cutoff &&
      p.personalDataRemovedAt === null,
  );
  const expiredIds = new Set(expired.map((p) => p.id));
  // Plans whose personal data stays: everything not expired now and not emptied before.
  const keptIds = plans
    .filter((p) => !expiredIds.has(p.id) && p.personalDataRemovedAt === null)
    .map((p) => p.id);

  // Which register persons these plans name, read before the names are cleared.
  const persons = await db
    .selectFrom('contactPerson')
    .select(['id', 'kind', 'name', 'placeId', 'updatedAt'])
    .where('organisationId', '=', organisationId)
    .execute();
  const namingTexts = await planNamingTexts(db, organisationId);
  const placesByPlan = await db
    .selectFrom('planPlace')
    .select(['planId', 'placeId'])
    .where('organisationId', '=', organisationId)
    .execute();
  const placesOf = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return new Set(placesByPlan.filter((pp) => wanted.has(pp.planId)).map((pp) => pp.placeId));
  };
  const expiredPlaces = placesOf(expiredIds);
  const keptPlaces = placesOf(keptIds);
  const linked = (person: (typeof persons)[number], planIds: Set<string>, places: Set<string>) =>
    (person.placeId !== null && places.has(person.placeId)) ||
    namingTexts.some((t) => planIds.has(t.planId) && mentionsName(t.text, person.name));
  const keptPlanIds = new Set(keptIds);
  const recentEvents = new Set(
    (
      await db
        .selectFrom('contactEvent')
        .select('personId')
        .where('organisationId', '=', organisationId)
        .where('createdAt', '>=', cutoff)
        .execute()
    ).map((e) => e.personId),
  );
  const removablePersons = persons.filter(
    (person) =>
      linked(person, expiredIds, expiredPlaces) &&
      !linked(person, keptPlanIds, keptPlaces) &&
      !recentEvents.has(person.id) &&
      person.updatedAt < cutoff,
  );

  let texts = 0;
  // The sources differ per table; one loose view clears them by column name.
  const loose = db as unknown as Kysely<Record<string, Record<string, string | null>>>;
  for (const plan of expired) {
    let planTexts = 0;
    for (const source of PLAN_PERSON_FIELDS) {
      for (const column of source.columns) {
        const result = await loose
          .updateTable(source.table)
          .set({ [column]: '' })
          .where('planId', '=', plan.id)
          .where('organisationId', '=', organisationId)
          .where(column, '!=', '')
          .executeTakeFirst();
        planTexts += Number(result.numUpdatedRows);
      }
    }
    // Contact details parents left with consent on one of the plan's questionnaires.
    const answers = await db
      .updateTable('questionnaireResponse')
      .set({ contact: '' })
      .where('organisationId', '=', organisationId)
      .where('contact', '!=', '')
      .where(
        'questionnaireId',
        'in',
        db.selectFrom('questionnaire').select('id').where('planId', '=', plan.id),
      )
      .executeTakeFirst();
    planTexts += Number(answers.numUpdatedRows);
    await db
      .updateTable('plan')
      .set({ personalDataRemovedAt: nowIso })
      .where('id', '=', plan.id)
      .where('organisationId', '=', organisationId)
      .execute();
    await writeAudit(db, {
      organisationId,
      actor: SYSTEM_ACTOR,
      action: 'bewaartermijn',
      subjectKind: 'plan',
      subjectId: plan.id,
      subjectLabel: plan.title,
      detail: `${months} maanden na ${plan.status === 'afgerond' ? 'afronden' : 'archiveren'}: ${planTexts} ${planTexts === 1 ? 'naam of tekst' : 'namen en teksten'} gewist.`,
      at: nowIso,
    });
    texts += planTexts;
  }

  const placesToClear = [...expiredPlaces].filter((id) => !keptPlaces.has(id));
  let places = 0;
  if (placesToClear.length > 0) {
    const result = await db
      .updateTable('place')
      .set({ contactPerson: '', phone: '', phoneNormalized: '', email: '' })
      .where('organisationId', '=', organisationId)
      .where('id', 'in', placesToClear)
      .where((eb) =>
        eb.or([eb('contactPerson', '!=', ''), eb('phone', '!=', ''), eb('email', '!=', '')]),
      )
      .executeTakeFirst();
    places = Number(result.numUpdatedRows);
  }

  for (const person of removablePersons) {
    await db
      .deleteFrom('contactEvent')
      .where('personId', '=', person.id)
      .where('organisationId', '=', organisationId)
      .execute();
    await db
      .deleteFrom('contactPerson')
      .where('id', '=', person.id)
      .where('organisationId', '=', organisationId)
      .execute();
    await db
      .updateTable('auditLog')
      .set({ subjectLabel: REMOVED_PERSON })
      .where('organisationId', '=', organisationId)
      .where('subjectId', '=', person.id)
      .execute();
    await writeAudit(db, {
      organisationId,
      actor: SYSTEM_ACTOR,
      action: 'bewaartermijn',
      subjectKind: person.kind,
      subjectId: person.id,
      subjectLabel: REMOVED_PERSON,
      detail: 'Alleen bekend uit plannen waarvan de bewaartermijn voorbij is.',
      at: nowIso,
    });
  }
  return { plans: expired.length, texts, places, persons: removablePersons.length };
}

/** The names typed in the plans' "met wie" and "wie" fields, per plan. */
async function planNamingTexts(db: Db, organisationId: string) {
  const moments = await db
    .selectFrom('contactMoment')
    .select(['planId', 'withWhom as text'])
    .where('organisationId', '=', organisationId)
    .execute();
  const visits = await db
    .selectFrom('visit')
    .select(['planId', 'withWhom as text'])
    .where('organisationId', '=', organisationId)
    .execute();
  const incoming = await db
    .selectFrom('incomingContact')
    .select(['planId', 'fromWhom as text'])
    .where('organisationId', '=', organisationId)
    .execute();
  return [...moments, ...visits, ...incoming].filter((t) => t.text !== '');
}
