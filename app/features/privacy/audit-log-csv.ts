import { toCsv } from '~/features/spreadsheets/sheet';
import { formatDateTime } from '~/lib/dates';
import type { Route } from './+types/audit-log-csv';
import { type AuditRow, listAudit } from './audit.server';
import { readAuditFilter } from './audit-filter';
import { auditActionLabel, auditSubjectLabel } from './audit-labels';
import { loadBeheerderContext } from './beheerder.server';

const COLUMNS = [
  { header: 'Wanneer', value: (row: AuditRow) => formatDateTime(row.at) },
  { header: 'Tijdstip (UTC)', value: (row: AuditRow) => row.at },
  { header: 'Wie', value: (row: AuditRow) => row.actorName },
  { header: 'Wat', value: (row: AuditRow) => auditActionLabel(row.action) },
  { header: 'Soort', value: (row: AuditRow) => auditSubjectLabel(row.subjectKind) },
  { header: 'Over', value: (row: AuditRow) => row.subjectLabel },
  { header: 'Toelichting', value: (row: AuditRow) => row.detail },
];

/** The audit log with the page's filters, as a CSV for Dutch Excel. */
export async function loader({ request }: Route.LoaderArgs) {
  const { member, db } = await loadBeheerderContext(request);
  const { filter, errors } = readAuditFilter(new URL(request.url).searchParams);
  // A wrong date must not quietly widen the export to everything.
  const problems = Object.values(errors);
  if (problems.length > 0) {
    return new Response(`Het auditlog is niet opgeslagen. ${problems.join(' ')}`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const rows = await listAudit(db, {
    organisationId: member.organisationId,
    filter,
    limit: 100_000,
  });
  return new Response(toCsv(COLUMNS, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="auditlog.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
