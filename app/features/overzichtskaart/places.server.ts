import { CATEGORIES, CATEGORY_KEYS } from '~/features/plans/domain';
import { touchPlan } from '~/features/plans/plans.server';
import { listBinned, moveToBin, restoreFromBin } from '~/lib/db/bin.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { notFound } from '~/lib/http.server';
import { normalisePhone, normalisePostcode } from '~/lib/normalise';

// Meeting places belong to the organisation (its sociale kaart); a plan picks places onto its
// overzichtskaart through plan_place, which also holds what is plan-specific (top 3).

type Scope = { organisationId: string };

export type PlaceFields = {
  category: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  whenParents: string;
  organisationName: string;
  contactPerson: string;
  phone: string;
  email: string;
  socialMedia: string;
  notes: string;
  tipFrom: string;
};

const PLACE_COLUMNS = [
  'place.id',
  'place.category',
  'place.name',
  'place.address',
  'place.postcode',
  'place.city',
  'place.whenParents',
  'place.organisationName',
  'place.contactPerson',
  'place.phone',
  'place.phoneNormalized',
  'place.email',
  'place.socialMedia',
  'place.notes',
  'place.tipFrom',
  'place.version',
  'place.updatedAt',
  'place.latitude',
  'place.longitude',
  'place.wijkCode',
  'place.buurtCode',
  'place.geocodeStatus',
] as const;

/** The places on a plan's overzichtskaart, with their top 3 rank and reason. */
export async function listPlanPlaces(
  db: Db,
  { organisationId, planId }: Scope & { planId: string },
) {
  return db
    .selectFrom('planPlace')
    .innerJoin('place', 'place.id', 'planPlace.placeId')
    .select([...PLACE_COLUMNS, 'planPlace.topRank', 'planPlace.topReason'])
    .where('planPlace.planId', '=', planId)
    .where('planPlace.organisationId', '=', organisationId)
    .where('place.organisationId', '=', organisationId)
    .where('place.deletedAt', 'is', null)
    .orderBy('place.name')
    .execute();
}

export type PlanPlace = Awaited<ReturnType<typeof listPlanPlaces>>[number];

/** The organisation's places that are not yet on this plan, to pick from. */
export async function listPlacesNotOnPlan(
  db: Db,
  { organisationId, planId }: Scope & { planId: string },
) {
  return db
    .selectFrom('place')
    .select(['place.id', 'place.name', 'place.category', 'place.address'])
    .where('place.organisationId', '=', organisationId)
    .where('place.deletedAt', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('planPlace')
            .select('planPlace.id')
            .whereRef('planPlace.placeId', '=', 'place.id')
            .where('planPlace.planId', '=', planId),
        ),
      ),
    )
    .orderBy('place.name')
    .execute();
}

export async function getPlace(db: Db, { organisationId, placeId }: Scope & { placeId: string }) {
  const place = await db
    .selectFrom('place')
    .select(PLACE_COLUMNS)
    .where('place.id', '=', placeId)
    .where('place.organisationId', '=', organisationId)
    .where('place.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!place) notFound();
  return place;
}

function cleanFields(fields: PlaceFields) {
  return {
    ...fields,
    postcode: normalisePostcode(fields.postcode),
    phoneNormalized: normalisePhone(fields.phone),
  };
}

/**
 * Creates a place for the organisation and puts it on the plan, in one transaction.
 *
 * `placeId` makes the call idempotent: the add form carries a one-time token that becomes the
 * new place's id, so a form posted twice (a double click, a resent request) makes one place.
 */
export async function createPlaceOnPlan(
  db: Db,
  input: Scope & { planId: string; fields: PlaceFields; placeId?: string },
): Promise<string> {
  const wantedId = input.placeId ?? newId();
  const now = nowIso();
  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('place')
        .select('organisationId')
        .where('id', '=', wantedId)
        .executeTakeFirst();
      if (existing?.organisationId === input.organisationId) return wantedId;
      // A token that names another organisation's place is never reused (nor revealed).
      const placeId = existing ? newId() : wantedId;
      await insertPlaceOnPlan(trx, { ...input, placeId, now });
      await touchPlan(trx, input);
      return placeId;
    });
  } catch (error) {
    // Two posts of the same form at the same moment: the second insert hits the primary key.
    if (input.placeId && (await placeExists(db, { ...input, placeId: input.placeId })))
      return input.placeId;
    throw error;
  }
}

/** Inserts a new place and puts it on the plan; the caller holds the transaction. */
export async function insertPlaceOnPlan(
  trx: Db,
  input: Scope & { planId: string; placeId: string; fields: PlaceFields; now: string },
) {
  await trx
    .insertInto('place')
    .values({
      id: input.placeId,
      organisationId: input.organisationId,
      ...cleanFields(input.fields),
      version: 1,
      createdAt: input.now,
      updatedAt: input.now,
      deletedAt: null,
    })
    .execute();
  await trx
    .insertInto('planPlace')
    .values({
      id: newId(),
      planId: input.planId,
      placeId: input.placeId,
      organisationId: input.organisationId,
      topRank: null,
      topReason: '',
      createdAt: input.now,
    })
    .execute();
}

async function placeExists(db: Db, { organisationId, placeId }: Scope & { placeId: string }) {
  const row = await db
    .selectFrom('place')
    .select('id')
    .where('id', '=', placeId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

export type UpdatePlaceResult =
  | { ok: true }
  | { ok: false; reason: 'changed'; current: Awaited<ReturnType<typeof getPlace>> }
  | { ok: false; reason: 'in-bin' };

/**
 * Saves a place only when nobody saved it since the form was opened (optimistic locking on
 * `version`). Otherwise returns what is stored now, so the user can choose; or says that a
 * colleague put the place in the bin meanwhile.
 */
export async function updatePlace(
  db: Db,
  input: Scope & { placeId: string; version: number; fields: PlaceFields },
): Promise<UpdatePlaceResult> {
  const result = await db
    .updateTable('place')
    .set({ ...cleanFields(input.fields), version: input.version + 1, updatedAt: nowIso() })
    .where('id', '=', input.placeId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return { ok: true };
  const binned = await db
    .selectFrom('place')
    .select('id')
    .where('id', '=', input.placeId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is not', null)
    .executeTakeFirst();
  if (binned) return { ok: false, reason: 'in-bin' };
  return { ok: false, reason: 'changed', current: await getPlace(db, input) };
}

/**
 * A colleague put the place in the bin while this user was editing it: nothing typed may be
 * lost, so the place comes back out of the bin with this user's version, in one transaction.
 */
export async function restorePlaceWithChanges(
  db: Db,
  input: Scope & { planId: string; placeId: string; fields: PlaceFields },
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('place')
      .set((eb) => ({
        ...cleanFields(input.fields),
        deletedAt: null,
        version: eb('version', '+', 1),
        updatedAt: nowIso(),
      }))
      .where('id', '=', input.placeId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await attachPlaceToPlan(trx, input);
  });
}

export async function attachPlaceToPlan(
  db: Db,
  input: Scope & { planId: string; placeId: string },
) {
  await getPlace(db, input);
  const existing = await db
    .selectFrom('planPlace')
    .select('id')
    .where('planId', '=', input.planId)
    .where('placeId', '=', input.placeId)
    .executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('planPlace')
    .values({
      id: newId(),
      planId: input.planId,
      placeId: input.placeId,
      organisationId: input.organisationId,
      topRank: null,
      topReason: '',
      createdAt: nowIso(),
    })
    .execute();
  await touchPlan(db, input);
}

/** Takes a place off this plan's card; the organisation keeps it. */
export async function detachPlaceFromPlan(
  db: Db,
  input: Scope & { planId: string; placeId: string },
) {
  await db
    .deleteFrom('planPlace')
    .where('planId', '=', input.planId)
    .where('placeId', '=', input.placeId)
    .where('organisationId', '=', input.organisationId)
    .execute();
  await touchPlan(db, input);
}

/** Puts a place in the bin (30 days); it disappears from every plan until it is put back. */
export async function movePlaceToBin(db: Db, input: Scope & { placeId: string }) {
  await moveToBin(db, 'place', { organisationId: input.organisationId, id: input.placeId });
}

export async function restorePlace(db: Db, input: Scope & { placeId: string }) {
  await restoreFromBin(db, 'place', { organisationId: input.organisationId, id: input.placeId });
}

export async function listBinnedPlaces(db: Db, scope: Scope) {
  return listBinned(db, 'place', scope);
}

/**
 * Sets the top 3 of a plan: rank 1–3 per place with a reason. Places not listed lose their rank.
 */
export async function setTopThree(
  db: Db,
  input: Scope & { planId: string; top: { placeId: string; rank: 1 | 2 | 3; reason: string }[] },
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('planPlace')
      .set({ topRank: null, topReason: '' })
      .where('planId', '=', input.planId)
      .where('organisationId', '=', input.organisationId)
      .execute();
    for (const entry of input.top) {
      const result = await trx
        .updateTable('planPlace')
        .set({ topRank: entry.rank, topReason: entry.reason })
        .where('planId', '=', input.planId)
        .where('placeId', '=', entry.placeId)
        .where('organisationId', '=', input.organisationId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) notFound();
    }
    await touchPlan(trx, input);
  });
}

export async function listOwnCategories(db: Db, { organisationId }: Scope) {
  return db
    .selectFrom('category')
    .select(['id', 'name'])
    .where('organisationId', '=', organisationId)
    .orderBy('createdAt')
    .execute();
}

export async function createOwnCategory(db: Db, input: Scope & { name: string }): Promise<string> {
  const existing = await db
    .selectFrom('category')
    .select(['id', 'name'])
    .where('organisationId', '=', input.organisationId)
    .execute();
  const same = existing.find(
    (c) => c.name.toLocaleLowerCase('nl') === input.name.toLocaleLowerCase('nl'),
  );
  if (same) return same.id;
  const id = newId();
  await db
    .insertInto('category')
    .values({ id, organisationId: input.organisationId, name: input.name, createdAt: nowIso() })
    .execute();
  return id;
}

export async function renameOwnCategory(
  db: Db,
  input: Scope & { categoryId: string; name: string },
): Promise<void> {
  const result = await db
    .updateTable('category')
    .set({ name: input.name })
    .where('id', '=', input.categoryId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

/**
 * Removes an own category when no place uses it (also none in the bin, which would otherwise
 * come back without a card). Returns the number of places that still use it.
 */
export async function removeOwnCategory(
  db: Db,
  input: Scope & { categoryId: string },
): Promise<{ removed: boolean; placesUsingIt: number }> {
  return db.transaction().execute(async (trx) => {
    const category = await trx
      .selectFrom('category')
      .select('id')
      .where('id', '=', input.categoryId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (!category) notFound();
    const { count } = await trx
      .selectFrom('place')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organisationId', '=', input.organisationId)
      .where('category', '=', input.categoryId)
      .executeTakeFirstOrThrow();
    if (Number(count) > 0) return { removed: false, placesUsingIt: Number(count) };
    await trx.deleteFrom('category').where('id', '=', input.categoryId).execute();
    return { removed: true, placesUsingIt: 0 };
  });
}

/** All categories of the organisation: the nine built-in ones first, then its own. */
export async function listCategories(db: Db, scope: Scope) {
  const own = await listOwnCategories(db, scope);
  return [
    ...CATEGORIES.map((c) => ({ key: c.key as string, label: c.label as string, builtIn: true })),
    ...own.map((c) => ({ key: c.id, label: c.name, builtIn: false })),
  ];
}

/** The card that already has this name (built-in or own), other than the one being renamed. */
export async function findCategoryNamed(
  db: Db,
  input: Scope & { name: string; exceptId?: string },
): Promise<{ key: string; label: string } | undefined> {
  const wanted = input.name.toLocaleLowerCase('nl');
  const categories = await listCategories(db, input);
  return categories.find(
    (c) => c.key !== input.exceptId && c.label.toLocaleLowerCase('nl') === wanted,
  );
}

export function isBuiltInCategory(key: string): boolean {
  return (CATEGORY_KEYS as string[]).includes(key);
}
