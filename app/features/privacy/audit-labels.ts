// What the audit log records, with the Dutch words the page and the CSV show.

/** What the audit log shows instead of the name of a person who was removed for good. */
export const REMOVED_PERSON = 'Verwijderde persoon';

export const AUDIT_ACTIONS = [
  { value: 'aangemaakt', label: 'Aangemaakt' },
  { value: 'gewijzigd', label: 'Gewijzigd' },
  { value: 'bekeken', label: 'Bekeken' },
  { value: 'naar-prullenbak', label: 'Naar de prullenbak' },
  { value: 'teruggezet', label: 'Teruggezet' },
  { value: 'gewist', label: 'Overal gewist' },
  { value: 'geexporteerd', label: 'Geëxporteerd' },
  { value: 'bewaartermijn', label: 'Gewist na de bewaartermijn' },
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value'];

export const AUDIT_SUBJECTS = [
  { value: 'contactpersoon', label: 'Contactpersoon' },
  { value: 'sleutelfiguur', label: 'Sleutelfiguur' },
  { value: 'organisatie', label: 'Hele organisatie' },
  { value: 'plan', label: 'Plan' },
] as const;

export type AuditSubject = (typeof AUDIT_SUBJECTS)[number]['value'];

export function auditActionLabel(value: string): string {
  return AUDIT_ACTIONS.find((a) => a.value === value)?.label ?? value;
}

export function auditSubjectLabel(value: string): string {
  return AUDIT_SUBJECTS.find((s) => s.value === value)?.label ?? value;
}
