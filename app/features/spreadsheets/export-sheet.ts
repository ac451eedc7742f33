import { listContactPersons } from '~/features/contacts/contacts.server';
import { listCategories, listPlanPlaces } from '~/features/overzichtskaart/places.server';
import { loadPlanContext } from '~/features/plans/plan-context.server';
import { actorOf } from '~/features/privacy/actor';
import { writeAudit } from '~/features/privacy/audit.server';
import { ownsRegister } from '~/features/teams/roles';
import { forbidden, notFound } from '~/lib/http.server';
import type { Route } from './+types/export-sheet';
import { type Column, toCsv, toXlsx } from './sheet';

// `/plannen/{id}/export/ontmoetingsplekken.xlsx` (and .csv): the meeting places on the plan's
// card; `contactpersonen.xlsx` (and .csv): the organisation's register of contacts, which all
// its plans share.

const FILE = /^(ontmoetingsplekken|contactpersonen)\.(xlsx|csv)$/;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, scope, member, plan, access } = await loadPlanContext(request, params.planId);
  const match = FILE.exec(params.file);
  if (!match) notFound();
  const [, what, format] = match as unknown as [string, string, 'xlsx' | 'csv'];

  if (what === 'ontmoetingsplekken') {
    const categories = await listCategories(db, scope);
    const label = (key: string) => categories.find((c) => c.key === key)?.label ?? key;
    const places = await listPlanPlaces(db, scope);
    const columns: Column<(typeof places)[number]>[] = [
      { header: 'Naam', value: (p) => p.name },
      { header: 'Categorie', value: (p) => label(p.category) },
      { header: 'Adres', value: (p) => p.address },
      { header: 'Postcode', value: (p) => p.postcode, keepAsText: true },
      { header: 'Plaats', value: (p) => p.city },
      { header: 'Wanneer zijn ouders er', value: (p) => p.whenParents },
      { header: 'Organisatie', value: (p) => p.organisationName },
      { header: 'Contactpersoon', value: (p) => p.contactPerson },
      { header: 'Telefoon', value: (p) => p.phone, keepAsText: true },
      { header: 'E-mail', value: (p) => p.email },
      { header: 'Sociale media', value: (p) => p.socialMedia },
      { header: 'Aantekeningen', value: (p) => p.notes },
      { header: 'Tip van', value: (p) => p.tipFrom },
      { header: 'Top 3', value: (p) => (p.topRank ? String(p.topRank) : '') },
      { header: 'Reden top 3', value: (p) => p.topReason },
    ];
    return sheetResponse(what, format, columns, places);
  }

  // The register belongs to the plan's organisation: a partner or guest from another
  // organisation sees the plan, not its contacts.
  if (!ownsRegister(access.level)) forbidden();
  const persons = await listContactPersons(db, scope);
  const columns: Column<(typeof persons)[number]>[] = [
    { header: 'Naam', value: (p) => p.name },
    {
      header: 'Soort',
      value: (p) => (p.kind === 'sleutelfiguur' ? 'Sleutelfiguur' : 'Contactpersoon'),
    },
    { header: 'Functie of rol', value: (p) => p.role },
    { header: 'Organisatie', value: (p) => p.organisationName ?? '' },
    { header: 'Ontmoetingsplek', value: (p) => p.placeName ?? '' },
    { header: 'Telefoon', value: (p) => p.phone, keepAsText: true },
    { header: 'E-mail', value: (p) => p.email },
    { header: 'Waar actief', value: (p) => p.activeWhere },
  ];
  await writeAudit(db, {
    organisationId: scope.organisationId,
    actor: actorOf(member),
    action: 'geexporteerd',
    subjectKind: 'contactpersoon',
    subjectId: null,
    subjectLabel: `Lijst van ${persons.length} ${persons.length === 1 ? 'contact' : 'contacten'}`,
    detail: `Opgeslagen als ${format.toUpperCase()} bij het plan ${plan.title}.`,
  });
  return sheetResponse(what, format, columns, persons);
}

async function sheetResponse<T>(
  name: string,
  format: 'xlsx' | 'csv',
  columns: Column<T>[],
  rows: T[],
): Promise<Response> {
  const body =
    format === 'csv'
      ? new TextEncoder().encode(toCsv(columns, rows))
      : await toXlsx(name, columns, rows);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
      // Names and phone numbers of contact persons: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}
