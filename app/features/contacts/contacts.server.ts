import { type Actor, SYSTEM_ACTOR, writeAudit } from '~/features/privacy/audit.server';
import { REMOVED_PERSON } from '~/features/privacy/audit-labels';
import type { PrivacyValues } from '~/features/privacy/legal-basis';
import { listBinned, moveToBin, restoreFromBin } from '~/lib/db/bin.server';
import type { Db } from '~/lib/db/database.server';
import { binCutoffIso, newId, nowIso } from '~/lib/db/ids';
import type { ContactEventKind, ContactPersonKind } from '~/lib/db/schema';
import { inTransaction } from '~/lib/db/transaction.server';
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
  input: Scope & {
    actor: Actor;
    fields: ContactPersonFields;
    privacy?: PrivacyValues;
    detail?: string;
  },
): Promise<string> {
  await checkLinks(db, input.organisationId, input.fields);

  const id = newId();
  const now = nowIso();
  await inTransaction(db, async (trx) => {
    await trx
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
    await writeAudit(trx, {
      organisationId: input.organisationId,
      actor: input.actor,
      action: 'aangemaakt',
      subjectKind: input.fields.kind,
      subjectId: id,
      subjectLabel: input.fields.name,
      ...(input.detail ? { detail: input.detail } : {}),
      at: now,
    });
  });
  return id;
}

export async function updateContactPerson(
  db: Db,
  input: Scope & {
    actor: Actor;
    personId: string;
    fields: ContactPersonFields;
    privacy?: PrivacyValues;
  },
) {
  await checkLinks(db, input.organisationId, input.fields);

  await inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('contactPerson')
      .set({ ...personValues(input.fields), ...input.privacy, updatedAt: nowIso() })
      .where('id', '=', input.personId)
      .where('organisationId', '=', input.organisationId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) notFound();
    await writeAudit(trx, {
      organisationId: input.organisationId,
      actor: input.actor,
      action: 'gewijzigd',
      subjectKind: input.fields.kind,
      subjectId: input.personId,
      subjectLabel: input.fields.name,
    });
  });
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

/** Opens a person's page: the person's details, and the view written to the audit log. */
export async function viewContactPerson(db: Db, input: Scope & { personId: string; actor: Actor }) {
  const person = await getContactPerson(db, input);
  await writeAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'bekeken',
    subjectKind: person.kind,
    subjectId: person.id,
    subjectLabel: person.name,
  });
  return person;
}

async function auditPersonById(
  db: Db,
  input: Scope & { personId: string; actor: Actor; action: 'naar-prullenbak' | 'teruggezet' },
) {
  const person = await db
    .selectFrom('contactPerson')
    .select(['kind', 'name'])
    .where('id', '=', input.personId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (!person) return;
  await writeAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: input.action,
    subjectKind: person.kind,
    subjectId: input.personId,
    subjectLabel: person.name,
  });
}

export async function binContactPerson(db: Db, input: Scope & { personId: string; actor: Actor }) {
  await moveToBin(db, 'contactPerson', {
    organisationId: input.organisationId,
    id: input.personId,
  });
  await auditPersonById(db, { ...input, action: 'naar-prullenbak' });
}

export async function restoreContactPerson(
  db: Db,
  input: Scope & { personId: string; actor: Actor },
) {
  await restoreFromBin(db, 'contactPerson', {
    organisationId: input.organisationId,
    id: input.personId,
  });
  await auditPersonById(db, { ...input, action: 'teruggezet' });
}

export async function listBinnedContactPersons(db: Db, scope: Scope) {
  return listBinned(db, 'contactPerson', scope);
}

/** Removes for good what lay in the bin longer than 30 days (its timeline goes with it). */
export async function emptyExpiredContactBin(db: Db, { organisationId }: Scope) {
  const expired = await db
    .selectFrom('contactPerson')
    .select(['id', 'kind', 'name'])
    .where('organisationId', '=', organisationId)
    .where('deletedAt', '<', binCutoffIso())
    .execute();
  if (expired.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('contactPerson')
      .where('organisationId', '=', organisationId)
      .where(
        'id',
        'in',
        expired.map((p) => p.id),
      )
      .execute();
    // The name goes with the person: the log keeps only that someone was removed for good.
    await trx
      .updateTable('auditLog')
      .set({ subjectLabel: REMOVED_PERSON })
      .where('organisationId', '=', organisationId)
      .where(
        'subjectId',
        'in',
        expired.map((p) => p.id),
      )
      .execute();
    for (const person of expired) {
      await writeAudit(trx, {
        organisationId,
        actor: SYSTEM_ACTOR_BIN,
        action: 'gewist',
        subjectKind: person.kind,
        subjectId: person.id,
        subjectLabel: REMOVED_PERSON,
        detail: 'Na 30 dagen uit de prullenbak verwijderd.',
      });
    }
  });
}

const SYSTEM_ACTOR_BIN: Actor = { ...SYSTEM_ACTOR, name: 'De app (prullenbak)' };

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
