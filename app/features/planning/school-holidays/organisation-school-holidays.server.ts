import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { notFound } from '~/lib/http.server';
import type { SchoolRegion } from './municipality-regions';
import type { SchoolHoliday } from './school-holidays';

// School holidays the organisation's beheerder corrected or added, on top of the bundled list.
// Every query is filtered on the organisation.

type Scope = { organisationId: string };

export async function listOrganisationSchoolHolidays(
  db: Db,
  { organisationId, region }: Scope & { region?: SchoolRegion },
): Promise<(SchoolHoliday & { id: string })[]> {
  let query = db
    .selectFrom('organisationSchoolHoliday')
    .select(['id', 'region', 'name', 'fromDate', 'toDate'])
    .where('organisationId', '=', organisationId);
  if (region) query = query.where('region', '=', region);
  const rows = await query.orderBy('fromDate').execute();
  return rows.map((r) => ({
    id: r.id,
    region: r.region,
    name: r.name,
    from: r.fromDate,
    to: r.toDate,
  }));
}

export async function addOrganisationSchoolHoliday(
  db: Db,
  input: Scope & { fields: SchoolHoliday },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('organisationSchoolHoliday')
    .values({
      id,
      organisationId: input.organisationId,
      region: input.fields.region,
      name: input.fields.name,
      fromDate: input.fields.from,
      toDate: input.fields.to,
      createdAt: nowIso(),
    })
    .execute();
  return id;
}

export async function removeOrganisationSchoolHoliday(
  db: Db,
  input: Scope & { schoolHolidayId: string },
) {
  const result = await db
    .deleteFrom('organisationSchoolHoliday')
    .where('id', '=', input.schoolHolidayId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) notFound();
}
