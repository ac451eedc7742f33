import { normaliseDate } from '~/lib/forms';
import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from './audit-labels';

// The audit log's filters come from the address (a GET form), so the page, its CSV and a
// bookmarked view all read them the same way. A wrong date is named, never silently dropped.

export type AuditFilterValues = {
  actie: string;
  wie: string;
  soort: string;
  van: string;
  tot: string;
  zoek: string;
};

export type ParsedAuditFilter = {
  values: AuditFilterValues;
  filter: {
    action?: string;
    actorId?: string;
    subjectKind?: string;
    from?: string;
    to?: string;
    search?: string;
  };
  errors: Partial<Record<keyof AuditFilterValues, string>>;
};

const MAX = 200;

export function readAuditFilter(params: URLSearchParams): ParsedAuditFilter {
  const get = (name: keyof AuditFilterValues) => (params.get(name) ?? '').trim().slice(0, MAX);
  const values: AuditFilterValues = {
    actie: get('actie'),
    wie: get('wie'),
    soort: get('soort'),
    van: get('van'),
    tot: get('tot'),
    zoek: get('zoek'),
  };
  const errors: ParsedAuditFilter['errors'] = {};
  const filter: ParsedAuditFilter['filter'] = {};
  if (AUDIT_ACTIONS.some((a) => a.value === values.actie)) filter.action = values.actie;
  if (AUDIT_SUBJECTS.some((s) => s.value === values.soort)) filter.subjectKind = values.soort;
  if (values.wie !== '') filter.actorId = values.wie;
  if (values.zoek !== '') filter.search = values.zoek;
  for (const [key, target] of [
    ['van', 'from'],
    ['tot', 'to'],
  ] as const) {
    if (values[key] === '') continue;
    const date = normaliseDate(values[key]);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) filter[target] = date;
    else if (date.startsWith('ongeldig:')) {
      errors[key] = 'Deze datum bestaat niet. Kijk de dag en de maand na.';
    } else errors[key] = 'Vul een datum in als dag-maand-jaar, bijvoorbeeld 14-03-2027.';
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.tot = 'Deze datum ligt voor de datum bij ‘Van’.';
    delete filter.to;
  }
  return { values, filter, errors };
}
