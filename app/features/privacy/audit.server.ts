import { DateTime } from 'luxon';
import type { Db } from '../../lib/db/database.server.ts';
import { newId, nowIso } from '../../lib/db/ids.ts';
import type { AuditAction, AuditSubject } from './audit-labels.ts';

// The audit log: who created, changed, removed, viewed or exported personal data. Written by
// the data functions themselves (in the same transaction where there is one), so no page can
// forget it. It holds the name of the person it is about, because a beheerder must be able to
// answer "who looked at my data?"; removing a person everywhere replaces that name too.

/** Who did it: a member, or (actorId null) the app itself, such as the retention job. */
export type Actor = { userId: string | null; name: string };

export const SYSTEM_ACTOR: Actor = { userId: null, name: 'De app (bewaartermijn)' };

export type AuditEntry = {
  organisationId: string;
  actor: Actor;
  action: AuditAction;
  subjectKind: AuditSubject;
  subjectId: string | null;
  subjectLabel: string;
  detail?: string;
  at?: string;
};

export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      id: newId(),
      organisationId: entry.organisationId,
      at: entry.at ?? nowIso(),
      actorId: entry.actor.userId,
      actorName: entry.actor.name,
      action: entry.action,
      subjectKind: entry.subjectKind,
      subjectId: entry.subjectId,
      subjectLabel: entry.subjectLabel,
      detail: entry.detail ?? '',
    })
    .execute();
}

export type AuditFilter = {
  action?: string;
  actorId?: string;
  subjectKind?: string;
  /** yyyy-mm-dd, inclusive, days in Europe/Amsterdam. */
  from?: string;
  to?: string;
  search?: string;
};

/** The organisation's log, newest first, filtered; at most `limit` rows. */
export async function listAudit(
  db: Db,
  input: { organisationId: string; filter: AuditFilter; limit?: number },
) {
  const { filter } = input;
  let query = db
    .selectFrom('auditLog')
    .select([
      'id',
      'at',
      'actorId',
      'actorName',
      'action',
      'subjectKind',
      'subjectId',
      'subjectLabel',
      'detail',
    ])
    .where('organisationId', '=', input.organisationId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId);
  if (filter.subjectKind) query = query.where('subjectKind', '=', filter.subjectKind);
  // The page shows times in Europe/Amsterdam, so a day in the filter is an Amsterdam day.
  if (filter.from) query = query.where('at', '>=', startOfDayUtc(filter.from, 0));
  if (filter.to) query = query.where('at', '<', startOfDayUtc(filter.to, 1));
  const rows = await query
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(input.limit ?? 5000)
    .execute();
  const search = filter.search?.trim().toLowerCase() ?? '';
  if (search === '') return rows;
  return rows.filter((row) =>
    `${row.subjectLabel} ${row.actorName} ${row.detail}`.toLowerCase().includes(search),
  );
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

/** The start of the Amsterdam day `date` plus `days`, as a stored (UTC ISO) timestamp. */
function startOfDayUtc(date: string, days: number): string {
  return (
    DateTime.fromISO(date, { zone: 'Europe/Amsterdam' })
      .plus({ days })
      .startOf('day')
      .toUTC()
      .toISO() ?? date
  );
}

/** The people who appear in the log, to filter on. */
export async function listAuditActors(db: Db, { organisationId }: { organisationId: string }) {
  const rows = await db
    .selectFrom('auditLog')
    .select(['actorId', 'actorName'])
    .distinct()
    .where('organisationId', '=', organisationId)
    .where('actorId', 'is not', null)
    .execute();
  const byId = new Map<string, string>();
  for (const row of rows) if (row.actorId) byId.set(row.actorId, row.actorName);
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
