import type { PrivacyValues } from '~/features/privacy/legal-basis';
import { listBinned, moveToBin, restoreFromBin } from '~/lib/db/bin.server';
import type { Db } from '~/lib/db/database.server';
import { binCutoffIso, newId, nowIso } from '~/lib/db/ids';
import type { ContactEventKind, ContactPersonKind } from '~/lib/db/schema';
import { type GuardedUpdate, nextUpdatedAt } from '~/lib/edit-conflict.server';
import { notFound } from '~/lib/http.server';
import { normalisePhone } from '~/lib/normalise';
import { compareNames, matchesSearch } from './names';

// The organisation's register of contacts: organisations, contact persons and key figures,
// shared by all its plans. Every query is filtered on the organisation (another
// organisation's id is simply not found). Removing puts a person in the bin for 30 days.

type Scope = { organisationId: string };

export type ContactOrganisationFields = {
  name: string;
  phone: string;
  email: string;
  notes: string;
};

export type ContactPersonFields = {
  kind: ContactPersonKind;
  name: string;
  role: string;
  contactOrganisationId: string | null;
  placeId: string | null;
  phone: string;
  email: string;
  activeWhere: string;
  told: string;
  tips: string;
  notes: string;
};

export async function listContactOrganisations(db: Db, { organisationId }: Scope) {
  const rows = await db
    .selectFrom('contactOrganisation')
    .select(['id', 'name', 'phone', 'phoneNormalized', 'email', 'notes', 'updatedAt'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}

export async function createContactOrganisation(
  db: Db,
  input: Scope & { fields: ContactOrganisationFields },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('contactOrganisation')
    .values({
      id,
      organisationId: input.organisationId,
      ...input.fields,
      phoneNormalized: normalisePhone(input.fields.phone),
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return id;
}

/** Saves an organisation's details while the token (`updatedAt`) still matches. */
export async function updateContactOrganisation(
  db: Db,
  input: Scope & {
    contactOrganisationId: string;
    updatedAt: string;
    fields: ContactOrganisationFields;
  },
): Promise<GuardedUpdate> {
  const result = await db
    .updateTable('contactOrganisation')
    .set({
      ...input.fields,
      phoneNormalized: normalisePhone(input.fields.phone),
      updatedAt: nextUpdatedAt(input.updatedAt),
    })
    .where('id', '=', input.contactOrganisationId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .where('updatedAt', '=', input.updatedAt)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return { ok: true };
  // Looked up by id alone: another organisation's id is a 404; an id found nowhere was removed.
  const row = await db
    .selectFrom('contactOrganisation')
    .select(['organisationId', 'deletedAt'])
    .where('id', '=', input.contactOrganisationId)
    .executeTakeFirst();
  if (!row || row.deletedAt !== null) return { ok: false, reason: 'gone' };
  if (row.organisationId !== input.organisationId) notFound();
  return { ok: false, reason: 'changed' };
}

/**
 * Removes an organisation from the register. Its contact persons stay, without organisation:
 * they are people the professional still knows.
 */
export async function deleteContactOrganisation(
  db: Db,
  input: Scope & { contactOrganisationId: string },
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('contactPerson')
      .set({ contactOrganisationId: null })
      .where('contactOrganisationId', '=', input.contactOrganisationId)
      .where('organisationId', '=', input.organisationId)
      .execute();
    const result = await trx
      .deleteFrom('contactOrganisation')
      .where('id', '=', input.contactOrganisationId)
      .where('organisationId', '=', input.organisationId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) notFound();
  });
}

async function checkLinks(
  db: Db,
  organisationId: string,
  fields: Pick<ContactPersonFields, 'contactOrganisationId' | 'placeId'>,
) {
  if (fields.contactOrganisationId) {
    const found = await db
      .selectFrom('contactOrganisation')
      .select('id')
      .where('id', '=', fields.contactOrganisationId)
      .where('organisationId', '=', organisationId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!found) notFound();
  }
  if (fields.placeId) {
    const found = await db
      .selectFrom('place')
      .select('id')
      .where('id', '=', fields.placeId)
      .where('organisationId', '=', organisationId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!found) notFound();
  }
}

function personValues(fields: ContactPersonFields) {
  return { ...fields, phoneNormalized: normalisePhone(fields.phone) };
}

export async function createContactPerson(
  db: Db,
  input: Scope & { fields: ContactPersonFields; privacy?: PrivacyValues },
): Promise<string> {
  await checkLinks(db, input.organisationId, input.fields);

  const id = newId();
  const now = nowIso();
  await db
    .insertInto('contactPerson')
    .values({
      id,
      organisationId: input.organisationId,
      ...personValues(input.fields),
      ...input.privacy,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return id;
}

export async function updateContactPerson(
  db: Db,
  input: Scope & { personId: string; fields: ContactPersonFields; privacy?: PrivacyValues },
) {
  await checkLinks(db, input.organisationId, input.fields);

  const result = await db
    .updateTable('contactPerson')
    .set({ ...personValues(input.fields), ...input.privacy, updatedAt: nowIso() })
    .where('id', '=', input.personId)
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) notFound();
}

/**
 * The register, sorted on surname without tussenvoegsel. `search` ignores accents and treats
 * İ and ı as i; it looks in the name, role, organisation, place and where the person is active.
 */
export async function listContactPersons(
  db: Db,
  { organisationId, search = '', kind }: Scope & { search?: string; kind?: ContactPersonKind },
) {
  let query = db
    .selectFrom('contactPerson')
    .leftJoin('contactOrganisation', (join) =>
      join
        .onRef('contactOrganisation.id', '=', 'contactPerson.contactOrganisationId')
        .on('contactOrganisation.organisationId', '=', organisationId)
        .on('contactOrganisation.deletedAt', 'is', null),
    )
    .leftJoin('place', (join) =>
      join
        .onRef('place.id', '=', 'contactPerson.placeId')
        .on('place.organisationId', '=', organisationId)
        .on('place.deletedAt', 'is', null),
    )
    .select([
      'contactPerson.id',
      'contactPerson.kind',
      'contactPerson.name',
      'contactPerson.role',
      'contactPerson.phone',
      'contactPerson.phoneNormalized',
      'contactPerson.email',
      'contactPerson.activeWhere',
      'contactPerson.placeId',
      'contactOrganisation.name as organisationName',
      'place.name as placeName',
    ])
    .where('contactPerson.organisationId', '=', organisationId)
    .where('contactPerson.deletedAt', 'is', null);
  if (kind) query = query.where('contactPerson.kind', '=', kind);
  const rows = await query.execute();
  return rows
    .filter(
      (row) =>
        search.trim() === '' ||
        matchesSearch(search, [
          row.name,
          row.role,
          row.organisationName ?? '',
          row.placeName ?? '',
          row.activeWhere,
          row.phone,
          row.phoneNormalized,
        ]),
    )
    .sort((a, b) => compareNames(a.name, b.name));
}

export type ContactPersonRow = Awaited<ReturnType<typeof listContactPersons>>[number];

export async function getContactPerson(db: Db, input: Scope & { personId: string }) {
  const person = await db
    .selectFrom('contactPerson')
    .leftJoin('contactOrganisation', (join) =>
      join
        .onRef('contactOrganisation.id', '=', 'contactPerson.contactOrganisationId')
        .on('contactOrganisation.organisationId', '=', input.organisationId)
        .on('contactOrganisation.deletedAt', 'is', null),
    )
    .leftJoin('place', (join) =>
      join
        .onRef('place.id', '=', 'contactPerson.placeId')
        .on('place.organisationId', '=', input.organisationId)
        .on('place.deletedAt', 'is', null),
    )
    .select([
      'contactPerson.id',
      'contactPerson.kind',
      'contactPerson.name',
      'contactPerson.role',
      'contactPerson.contactOrganisationId',
      'contactPerson.placeId',
      'contactPerson.phone',
      'contactPerson.phoneNormalized',
      'contactPerson.email',
      'contactPerson.activeWhere',
      'contactPerson.told',
      'contactPerson.tips',
      'contactPerson.notes',
      'contactPerson.legalBasis',
      'contactPerson.consentOn',
      'contactPerson.consentHow',
      'contactPerson.consentFor',
      'contactOrganisation.name as organisationName',
      'place.name as placeName',
    ])
    .where('contactPerson.id', '=', input.personId)
    .where('contactPerson.organisationId', '=', input.organisationId)
    .where('contactPerson.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!person) notFound();
  return person;
}

export async function binContactPerson(db: Db, input: Scope & { personId: string }) {
  await moveToBin(db, 'contactPerson', {
    organisationId: input.organisationId,
    id: input.personId,
  });
}

export async function restoreContactPerson(db: Db, input: Scope & { personId: string }) {
  await restoreFromBin(db, 'contactPerson', {
    organisationId: input.organisationId,
    id: input.personId,
  });
}

export async function listBinnedContactPersons(db: Db, scope: Scope) {
  return listBinned(db, 'contactPerson', scope);
}

/** Removes for good what lay in the bin longer than 30 days (its timeline goes with it). */
export async function emptyExpiredContactBin(db: Db, { organisationId }: Scope) {
  await db
    .deleteFrom('contactPerson')
    .where('organisationId', '=', organisationId)
    .where('deletedAt', '<', binCutoffIso())
    .execute();
}

export async function addContactEvent(
  db: Db,
  input: Scope & {
    personId: string;
    fields: { kind: ContactEventKind; happenedOn: string; summary: string };
  },
) {
  await getContactPerson(db, input);
  await db
    .insertInto('contactEvent')
    .values({
      id: newId(),
      organisationId: input.organisationId,
      personId: input.personId,
      ...input.fields,
      createdAt: nowIso(),
    })
    .execute();
}

/** The person's timeline, newest first. */
export async function listContactEvents(db: Db, input: Scope & { personId: string }) {
  return db
    .selectFrom('contactEvent')
    .select(['id', 'kind', 'happenedOn', 'summary'])
    .where('personId', '=', input.personId)
    .where('organisationId', '=', input.organisationId)
    .orderBy('happenedOn', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}

/** The organisation's meeting places, to link a person to. */
export async function listPlaceOptions(db: Db, { organisationId }: Scope) {
  const rows = await db
    .selectFrom('place')
    .select(['id', 'name'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', 'is', null)
    .execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}
