import type { Db } from '~/lib/db/database.server';
import { wijkName } from './locate.server';

export type WijkPlaces = {
  wijken: { code: string; name: string; places: { id: string; name: string }[] }[];
  /** Places found in a wijk that is not one of the plan's. */
  elsewhere: { id: string; name: string; wijkName: string | null }[];
  /** Places whose address was not (yet) found. */
  withoutWijk: number;
};

/**
 * The plan's meeting places per wijk of the plan (a buurt counts for its wijk), by the wijk
 * code geocoding stored. Scoped by organisation like every query.
 */
export async function listWijkPlaces(
  db: Db,
  { organisationId, planId }: { organisationId: string; planId: string },
): Promise<WijkPlaces> {
  const areas = await db
    .selectFrom('planArea')
    .select(['kind', 'code', 'name'])
    .where('planId', '=', planId)
    .where('organisationId', '=', organisationId)
    .orderBy('position')
    .execute();
  const places = await db
    .selectFrom('planPlace')
    .innerJoin('place', 'place.id', 'planPlace.placeId')
    .select(['place.id', 'place.name', 'place.wijkCode'])
    .where('planPlace.planId', '=', planId)
    .where('planPlace.organisationId', '=', organisationId)
    .where('place.organisationId', '=', organisationId)
    .where('place.deletedAt', 'is', null)
    .execute();
  const byName = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
  places.sort((a, b) => byName.compare(a.name, b.name));

  const codes: string[] = [];
  for (const area of areas) {
    if (!area.code) continue;
    const code = area.kind === 'buurt' ? `WK${area.code.slice(2, 8)}` : area.code;
    if (/^WK\d{6}$/.test(code) && !codes.includes(code)) codes.push(code);
  }
  const planWijken = new Set(codes);
  return {
    wijken: codes.map((code) => ({
      code,
      name: wijkName(code) ?? areas.find((a) => a.code === code)?.name ?? code,
      places: places.filter((p) => p.wijkCode === code).map(({ id, name }) => ({ id, name })),
    })),
    elsewhere: places
      .filter((p) => p.wijkCode && !planWijken.has(p.wijkCode))
      .map((p) => ({ id: p.id, name: p.name, wijkName: wijkName(p.wijkCode) })),
    withoutWijk: places.filter((p) => !p.wijkCode).length,
  };
}
