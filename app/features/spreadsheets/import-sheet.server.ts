import { personFields } from '~/features/contacts/contact-form';
import { personSchema } from '~/features/contacts/contact-schemas';
import {
  createContactOrganisation,
  createContactPerson,
} from '~/features/contacts/contacts.server';
import { placeFieldsSchema } from '~/features/overzichtskaart/place-schema';
import {
  createOwnCategory,
  insertPlaceOnPlan,
  listCategories,
} from '~/features/overzichtskaart/places.server';
import { touchPlan } from '~/features/plans/plans.server';
import type { Actor } from '~/features/privacy/audit.server';
import type { Db } from '~/lib/db/database.server';
import { newId, nowIso } from '~/lib/db/ids';
import { normalisePhone } from '~/lib/normalise';
import { type ImportField, PERSON_IMPORT_FIELDS, PLACE_IMPORT_FIELDS } from './import-fields';

// Imports meeting places (onto a plan) and contact persons (into the register) from rows a
// user matched to our fields. All or nothing: every row is checked with the same zod schema as
// the forms first; only when no row has an error is anything written, in one transaction.
// What the organisation already has is matched, not doubled: a place with the same name and
// address, a person with the same name and e-mail or phone (case and spaces do not count).

type Scope = { organisationId: string };

/** One spreadsheet row: its number as the user sees it (the header is row 1) and its values. */
export type ImportRecord = { row: number; values: Record<string, string> };

export type ImportRowError = { row: number; field: string; message: string };

export type ImportResult =
  | { ok: true; created: number; matched: number; newCategories: string[] }
  | { ok: false; errors: ImportRowError[] };

/** Name and address compared without case and without any spaces. */
export function sameKey(...parts: string[]): string {
  return parts.map((p) => p.toLocaleLowerCase('nl').replace(/\s+/g, '')).join('\u0000');
}

function labelOf(fields: ImportField[], key: string): string {
  return fields.find((f) => f.key === key)?.label ?? key;
}

function schemaErrors(
  row: number,
  fields: ImportField[],
  issues: { path: PropertyKey[]; message: string }[],
): ImportRowError[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const key = String(issue.path[0] ?? '');
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ row, field: labelOf(fields, key), message: issue.message }];
  });
}

const MAX_ERRORS = 100;

export async function importPlaces(
  db: Db,
  input: Scope & { planId: string; records: ImportRecord[] },
): Promise<ImportResult> {
  const categories = await listCategories(db, input);
  const categoryKey = (text: string) =>
    categories.find(
      (c) => c.key === text || c.label.toLocaleLowerCase('nl') === text.toLocaleLowerCase('nl'),
    )?.key;

  const errors: ImportRowError[] = [];
  const checked: {
    record: ImportRecord;
    fields: ReturnType<typeof placeFieldsSchema.parse>;
    topRank: 1 | 2 | 3 | null;
    topReason: string;
  }[] = [];
  const ranks = new Map<number, number>();
  for (const record of input.records) {
    const { topRank: rankText = '', topReason = '', ...values } = record.values;
    const parsed = placeFieldsSchema.safeParse(values);
    if (!parsed.success) {
      errors.push(...schemaErrors(record.row, PLACE_IMPORT_FIELDS, parsed.error.issues));
      continue;
    }
    const rank = rankText.trim() === '' ? null : Number(rankText.trim());
    if (rank !== null && rank !== 1 && rank !== 2 && rank !== 3) {
      errors.push({
        row: record.row,
        field: labelOf(PLACE_IMPORT_FIELDS, 'topRank'),
        message: 'Schrijf bij de top 3 een 1, 2 of 3, of laat het leeg.',
      });
      continue;
    }
    if (rank !== null && ranks.has(rank)) {
      errors.push({
        row: record.row,
        field: labelOf(PLACE_IMPORT_FIELDS, 'topRank'),
        message: `Nummer ${rank} van de top 3 staat ook al in regel ${ranks.get(rank)}. Elk nummer mag één keer.`,
      });
      continue;
    }
    if (rank !== null) ranks.set(rank, record.row);
    checked.push({
      record,
      fields: parsed.data,
      topRank: rank,
      topReason: topReason.slice(0, 1000),
    });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const known = new Map<string, string>();
    const existing = await trx
      .selectFrom('place')
      .select(['id', 'name', 'address'])
      .where('organisationId', '=', input.organisationId)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute();
    for (const place of existing) {
      const key = sameKey(place.name, place.address);
      if (!known.has(key)) known.set(key, place.id);
    }
    const onPlan = new Set(
      (
        await trx
          .selectFrom('planPlace')
          .select('placeId')
          .where('planId', '=', input.planId)
          .where('organisationId', '=', input.organisationId)
          .execute()
      ).map((r) => r.placeId),
    );

    let created = 0;
    let matched = 0;
    const newCategories: string[] = [];
    for (const { fields, topRank, topReason } of checked) {
      const key = sameKey(fields.name, fields.address);
      let placeId = known.get(key);
      if (placeId) {
        matched += 1;
        if (!onPlan.has(placeId)) {
          await trx
            .insertInto('planPlace')
            .values({
              id: newId(),
              planId: input.planId,
              placeId,
              organisationId: input.organisationId,
              topRank: null,
              topReason: '',
              createdAt: now,
            })
            .execute();
        }
      } else {
        let category = categoryKey(fields.category);
        if (category === undefined) {
          // A card of its own, as the overzichtskaart lets the user make one.
          category = await createOwnCategory(trx, { ...input, name: fields.category });
          categories.push({ key: category, label: fields.category, builtIn: false });
          newCategories.push(fields.category);
        }
        placeId = newId();
        await insertPlaceOnPlan(trx, { ...input, placeId, now, fields: { ...fields, category } });
        known.set(key, placeId);
        created += 1;
      }
      onPlan.add(placeId);
      if (topRank !== null) {
        await trx
          .updateTable('planPlace')
          .set({ topRank: null, topReason: '' })
          .where('planId', '=', input.planId)
          .where('organisationId', '=', input.organisationId)
          .where('topRank', '=', topRank)
          .execute();
        await trx
          .updateTable('planPlace')
          .set({ topRank, topReason })
          .where('planId', '=', input.planId)
          .where('organisationId', '=', input.organisationId)
          .where('placeId', '=', placeId)
          .execute();
      }
    }
    await touchPlan(trx, input);
    return { ok: true as const, created, matched, newCategories };
  });
}

function personKind(text: string): 'contactpersoon' | 'sleutelfiguur' | null {
  const value = text.trim().toLocaleLowerCase('nl');
  if (value === '' || value.startsWith('contactpersoon')) return 'contactpersoon';
  if (value.startsWith('sleutelfiguur')) return 'sleutelfiguur';
  return null;
}

export async function importContactPersons(
  db: Db,
  input: Scope & { records: ImportRecord[]; actor: Actor },
): Promise<ImportResult> {
  const places = await db
    .selectFrom('place')
    .select(['id', 'name'])
    .where('organisationId', '=', input.organisationId)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .execute();
  const placeByName = new Map<string, string>();
  for (const place of places) {
    const key = sameKey(place.name);
    if (!placeByName.has(key)) placeByName.set(key, place.id);
  }

  const errors: ImportRowError[] = [];
  const checked: {
    fields: ReturnType<typeof personSchema.parse>;
    organisationName: string;
    placeId: string;
  }[] = [];
  for (const record of input.records) {
    const { kind: kindText = '', organisationName = '', placeName = '', ...values } = record.values;
    const kind = personKind(kindText);
    if (kind === null) {
      errors.push({
        row: record.row,
        field: labelOf(PERSON_IMPORT_FIELDS, 'kind'),
        message: 'Schrijf bij de soort "Contactpersoon" of "Sleutelfiguur", of laat het leeg.',
      });
      continue;
    }
    const parsed = personSchema.safeParse({
      ...values,
      kind,
      contactOrganisationId: '',
      placeId: '',
    });
    if (!parsed.success) {
      errors.push(...schemaErrors(record.row, PERSON_IMPORT_FIELDS, parsed.error.issues));
      continue;
    }
    const placeId = placeName.trim() === '' ? '' : placeByName.get(sameKey(placeName));
    if (placeId === undefined) {
      errors.push({
        row: record.row,
        field: labelOf(PERSON_IMPORT_FIELDS, 'placeName'),
        message: `De ontmoetingsplek "${placeName.trim()}" staat nog niet bij je organisatie. Importeer eerst de ontmoetingsplekken, of laat deze kolom leeg.`,
      });
      continue;
    }
    if (organisationName.trim().length > 200) {
      errors.push({
        row: record.row,
        field: labelOf(PERSON_IMPORT_FIELDS, 'organisationName'),
        message: 'Deze tekst is te lang: gebruik hoogstens 200 tekens.',
      });
      continue;
    }
    checked.push({ fields: parsed.data, organisationName: organisationName.trim(), placeId });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  return db.transaction().execute(async (trx) => {
    const persons = await trx
      .selectFrom('contactPerson')
      .select(['id', 'name', 'email', 'phoneNormalized', 'phone'])
      .where('organisationId', '=', input.organisationId)
      .where('deletedAt', 'is', null)
      .execute();
    const organisations = new Map<string, string>();
    for (const org of await trx
      .selectFrom('contactOrganisation')
      .select(['id', 'name'])
      .where('organisationId', '=', input.organisationId)
      .where('deletedAt', 'is', null)
      .orderBy('createdAt')
      .execute()) {
      const key = sameKey(org.name);
      if (!organisations.has(key)) organisations.set(key, org.id);
    }

    let created = 0;
    let matched = 0;
    for (const { fields, organisationName, placeId } of checked) {
      if (persons.some((person) => samePerson(person, fields))) {
        matched += 1;
        continue;
      }
      let organisationId: string | undefined;
      if (organisationName !== '') {
        organisationId = organisations.get(sameKey(organisationName));
        if (organisationId === undefined) {
          organisationId = await createContactOrganisation(trx, {
            ...input,
            fields: { name: organisationName, phone: '', email: '', notes: '' },
          });
          organisations.set(sameKey(organisationName), organisationId);
        }
      }
      const values = personFields({
        ...fields,
        contactOrganisationId: organisationId ?? '',
        placeId,
      });
      const id = await createContactPerson(trx, {
        ...input,
        fields: values,
        detail: 'Ingelezen uit een bestand.',
      });
      persons.push({
        id,
        name: fields.name,
        email: fields.email,
        phone: fields.phone,
        phoneNormalized: normalisePhone(fields.phone),
      });
      created += 1;
    }
    return { ok: true as const, created, matched, newCategories: [] };
  });
}

/** Same name, and the same e-mail or phone; or the same name where neither has either. */
function samePerson(
  known: { name: string; email: string; phone: string; phoneNormalized: string },
  row: { name: string; email: string; phone: string },
): boolean {
  if (sameKey(known.name) !== sameKey(row.name)) return false;
  const email = row.email.toLocaleLowerCase('nl');
  if (email !== '' && known.email.toLocaleLowerCase('nl') === email) return true;
  const phone = normalisePhone(row.phone) || sameKey(row.phone);
  if (row.phone !== '' && (known.phoneNormalized || sameKey(known.phone)) === phone) return true;
  return row.email === '' && row.phone === '' && known.email === '' && known.phone === '';
}
