import type { Db } from '~/lib/db/database.server';
import { nowIso } from '~/lib/db/ids';
import { type PdokLocatieserver, PdokUnavailableError, parsePoint } from '~/lib/pdok.server';
import { buildFreeQuery, pickAddress, type TypedAddress } from './address';

export type Location = {
  latitude: number;
  longitude: number;
  wijkCode: string | null;
  buurtCode: string | null;
};

export type GeocodeResult =
  | ({ kind: 'found'; label: string } & Location)
  | { kind: 'not-found' }
  /** PDOK did not answer (down, too slow, a broken answer). */
  | { kind: 'unavailable' }
  /** Too little address to look up. */
  | { kind: 'empty' };

const WIJK = /^WK\d{6}$/;
const BUURT = /^BU\d{8}$/;

/** Looks up one typed address with the free endpoint. Never throws for PDOK's failures. */
export async function geocodeAddress(
  pdok: PdokLocatieserver,
  typed: TypedAddress,
): Promise<GeocodeResult> {
  const query = buildFreeQuery(typed);
  if (!query) return { kind: 'empty' };
  try {
    const answer = await pdok.free(query);
    const doc = pickAddress(typed, answer.response.docs);
    const point = parsePoint(doc?.centroide_ll);
    if (!doc || !point) return { kind: 'not-found' };
    return {
      kind: 'found',
      label: doc.weergavenaam ?? '',
      ...point,
      wijkCode: doc.wijkcode && WIJK.test(doc.wijkcode) ? doc.wijkcode : null,
      buurtCode: doc.buurtcode && BUURT.test(doc.buurtcode) ? doc.buurtcode : null,
    };
  } catch (error) {
    if (error instanceof PdokUnavailableError) return { kind: 'unavailable' };
    throw error;
  }
}

type Scope = { organisationId: string };

/**
 * Looks up a place's address and stores what was found: coordinates with wijk and buurt, or
 * "niet-gevonden" without coordinates (also when PDOK is down, so the user can try again).
 * The place's own fields and version are never touched, and a result is only stored while the
 * address is still the one looked up (a colleague may have changed it meanwhile).
 */
export async function locatePlace(
  db: Db,
  pdok: PdokLocatieserver,
  { organisationId, placeId }: Scope & { placeId: string },
): Promise<GeocodeResult['kind'] | 'missing'> {
  const place = await db
    .selectFrom('place')
    .select(['address', 'postcode', 'city'])
    .where('id', '=', placeId)
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!place) return 'missing';
  const result = await geocodeAddress(pdok, place);
  const location =
    result.kind === 'found'
      ? {
          latitude: result.latitude,
          longitude: result.longitude,
          wijkCode: result.wijkCode,
          buurtCode: result.buurtCode,
          geocodeStatus: 'gevonden' as const,
        }
      : {
          latitude: null,
          longitude: null,
          wijkCode: null,
          buurtCode: null,
          geocodeStatus: result.kind === 'empty' ? null : ('niet-gevonden' as const),
        };
  await db
    .updateTable('place')
    .set({ ...location, geocodedAt: nowIso() })
    .where('id', '=', placeId)
    .where('organisationId', '=', organisationId)
    .where('address', '=', place.address)
    .where('postcode', '=', place.postcode)
    .where('city', '=', place.city)
    .execute();
  return result.kind;
}

export type LocateAllReport = {
  found: number;
  notFound: number;
  /** Places left because PDOK stopped answering. */
  unavailable: number;
  /** Places without enough address to look up. */
  empty: number;
};

/**
 * "Zoek alle adressen op": every place on the plan without coordinates. When PDOK stops answering
 * the rest is left for later (and counted), so one request never waits on a dead service long.
 */
export async function locatePlanPlaces(
  db: Db,
  pdok: PdokLocatieserver,
  { organisationId, planId }: Scope & { planId: string },
): Promise<LocateAllReport> {
  const places = await db
    .selectFrom('planPlace')
    .innerJoin('place', 'place.id', 'planPlace.placeId')
    .select('place.id')
    .where('planPlace.planId', '=', planId)
    .where('planPlace.organisationId', '=', organisationId)
    .where('place.organisationId', '=', organisationId)
    .where('place.deletedAt', 'is', null)
    .where('place.latitude', 'is', null)
    .orderBy('place.name')
    .execute();
  const report: LocateAllReport = { found: 0, notFound: 0, unavailable: 0, empty: 0 };
  for (const [index, place] of places.entries()) {
    const kind = await locatePlace(db, pdok, { organisationId, placeId: place.id });
    if (kind === 'found') report.found++;
    else if (kind === 'not-found') report.notFound++;
    else if (kind === 'empty') report.empty++;
    else if (kind === 'unavailable') {
      report.unavailable = places.length - index;
      break;
    }
  }
  return report;
}
