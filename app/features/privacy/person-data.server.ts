import type { Kysely } from 'kysely';
import { getContactPerson } from '~/features/contacts/contacts.server';
import { mentionsName } from '~/features/contacts/names';
import type { Db } from '~/lib/db/database.server';
import { nowIso } from '~/lib/db/ids';
import { notFound } from '~/lib/http.server';
import { type Actor, writeAudit } from './audit.server';
import { REMOVED_PERSON } from './audit-labels';
import { replaceName } from './replace-name';

// Everything about one person of the register: the export (right of access, AVG art. 15) and
// removal everywhere (right to erasure, art. 17). A person is named in free texts of the
// organisation's plans and register ("met wie", "wie", notes): those texts are found with
// `mentionsName`, the same rule as the person's timeline, and the name is replaced there.

/** A free-text column where people's names are typed, by table. */
type TextSource = {
  table: string;
  /** What the export calls a row of this table. */
  what: string;
  columns: string[];
  /** Whether rows belong to a plan (column plan_id). */
  inPlan: boolean;
  /** A calendar date or timestamp column that tells when, for the export. */
  when?: string;
};

export const NAME_TEXT_SOURCES: TextSource[] = [
  {
    table: 'contactMoment',
    what: 'contactmoment',
    columns: ['withWhom', 'purpose'],
    inPlan: true,
    when: 'plannedOn',
  },
  {
    table: 'visit',
    what: 'bezoek',
    columns: ['withWhom', 'placeText', 'parentsBusyWith', 'notes'],
    inPlan: true,
    when: 'visitOn',
  },
  {
    table: 'incomingContact',
    what: 'binnengekomen contact',
    columns: ['fromWhom', 'about'],
    inPlan: true,
    when: 'receivedAt',
  },
  {
    table: 'promise',
    what: 'belofte',
    columns: ['toWhom', 'what', 'howKept'],
    inPlan: true,
    when: 'dueOn',
  },
  {
    table: 'compensation',
    what: 'vergoeding',
    columns: ['agreedWith', 'activity'],
    inPlan: true,
    when: 'paidOn',
  },
  { table: 'workMethod', what: 'werkvorm', columns: ['withWhom', 'notes'], inPlan: true },
  { table: 'feedbackAction', what: 'terugkoppeling', columns: ['toWhom', 'what'], inPlan: true },
  { table: 'insight', what: 'inzicht', columns: ['text', 'quote', 'sourceText'], inPlan: true },
  { table: 'workSession', what: 'bijeenkomst', columns: ['notesAfter'], inPlan: true },
  { table: 'planningComment', what: 'reactie op de planning', columns: ['text'], inPlan: true },
  {
    table: 'place',
    what: 'ontmoetingsplek',
    columns: ['contactPerson', 'notes', 'tipFrom'],
    inPlan: false,
  },
  {
    table: 'contactPerson',
    what: 'ander contact',
    columns: ['activeWhere', 'told', 'tips', 'notes'],
    inPlan: false,
  },
  {
    table: 'contactEvent',
    what: 'tijdlijn van een ander contact',
    columns: ['summary'],
    inPlan: false,
  },
  { table: 'contactOrganisation', what: 'organisatie', columns: ['notes'], inPlan: false },
];

type Row = Record<string, string | number | null>;
// The sources differ per table; this one loose view reads and writes them by column name.
type LooseDb = Kysely<Record<string, Row>>;

type Mention = {
  source: TextSource;
  id: string;
  planId: string | null;
  when: string | null;
  texts: Record<string, string>;
};

/** Every row of the organisation whose free text names the person (the person's own row aside). */
async function findMentions(
  db: Db,
  input: { organisationId: string; personId: string; name: string },
): Promise<Mention[]> {
  const loose = db as unknown as LooseDb;
  const mentions: Mention[] = [];
  for (const source of NAME_TEXT_SOURCES) {
    const columns = [
      'id',
      ...source.columns,
      ...(source.inPlan ? ['planId'] : []),
      ...(source.when ? [source.when] : []),
    ];
    const rows = (await loose
      .selectFrom(source.table)
      .select(columns)
      .where('organisationId', '=', input.organisationId)
      .execute()) as Row[];
    for (const row of rows) {
      if (source.table === 'contactPerson' && row.id === input.personId) continue;
      const texts: Record<string, string> = {};
      for (const column of source.columns) {
        const text = String(row[column] ?? '');
        if (mentionsName(text, input.name)) texts[column] = text;
      }
      if (Object.keys(texts).length === 0) continue;
      mentions.push({
        source,
        id: String(row.id),
        planId: source.inPlan ? String(row.planId) : null,
        when: source.when ? ((row[source.when] as string | null) ?? null) : null,
        texts,
      });
    }
  }
  return mentions;
}

async function planTitles(db: Db, organisationId: string): Promise<Map<string, string>> {
  const plans = await db
    .selectFrom('plan')
    .select(['id', 'title'])
    .where('organisationId', '=', organisationId)
    .execute();
  return new Map(plans.map((p) => [p.id, p.title]));
}

export const PERSON_EXPORT_FORMAT = 'ouders-in-de-wijk/persoon';

/** All the organisation keeps about one person, as one JSON document; the export is audited. */
export async function exportPersonData(
  db: Db,
  input: { organisationId: string; personId: string; actor: Actor; now?: Date },
) {
  const person = await getContactPerson(db, input);
  const full = await db
    .selectFrom('contactPerson')
    .select(['createdAt', 'updatedAt'])
    .where('id', '=', input.personId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirstOrThrow();
  const timeline = await db
    .selectFrom('contactEvent')
    .select(['kind', 'happenedOn', 'summary', 'createdAt'])
    .where('personId', '=', input.personId)
    .where('organisationId', '=', input.organisationId)
    .orderBy('happenedOn')
    .orderBy('createdAt')
    .execute();
  const mentions = await findMentions(db, { ...input, name: person.name });
  const titles = await planTitles(db, input.organisationId);
  const auditLog = await db
    .selectFrom('auditLog')
    .select(['at', 'actorName', 'action'])
    .where('organisationId', '=', input.organisationId)
    .where('subjectId', '=', input.personId)
    .orderBy('at')
    .execute();

  await writeAudit(db, {
    organisationId: input.organisationId,
    actor: input.actor,
    action: 'geexporteerd',
    subjectKind: person.kind,
    subjectId: person.id,
    subjectLabel: person.name,
    detail: 'Alle gegevens over deze persoon (JSON).',
  });
  return {
    format: PERSON_EXPORT_FORMAT,
    version: 1,
    exportedAt: (input.now ?? new Date()).toISOString(),
    notice:
      'Dit bestand bevat persoonsgegevens. Geef het alleen aan de persoon zelf en bewaar het niet langer dan nodig.',
    person: {
      kind: person.kind,
      name: person.name,
      role: person.role,
      organisation: person.organisationName,
      meetingPlace: person.placeName,
      phone: person.phone,
      email: person.email,
      activeWhere: person.activeWhere,
      told: person.told,
      tips: person.tips,
      notes: person.notes,
      legalBasis: person.legalBasis,
      consent:
        person.legalBasis === 'toestemming'
          ? { on: person.consentOn, how: person.consentHow, for: person.consentFor }
          : null,
      createdAt: full.createdAt,
      updatedAt: full.updatedAt,
    },
    timeline,
    mentions: mentions.map((m) => ({
      what: m.source.what,
      plan: m.planId ? (titles.get(m.planId) ?? null) : null,
      when: m.when,
      texts: m.texts,
    })),
    auditLog,
  };
}

export type PersonExport = Awaited<ReturnType<typeof exportPersonData>>;

/** How many texts in plans and the register name the person (shown before removing). */
export async function countPersonMentions(
  db: Db,
  input: { organisationId: string; personId: string; name: string },
): Promise<number> {
  return (await findMentions(db, input)).length;
}

/**
 * Removes the person for good: the register entry and its timeline, the name in every free
 * text of the organisation's plans and register, and the name in the audit log's earlier
 * entries. One new audit entry says that it happened, without the name.
 */
export async function erasePerson(
  db: Db,
  input: { organisationId: string; personId: string; actor: Actor },
): Promise<{ texts: number }> {
  const person = await db
    .selectFrom('contactPerson')
    .select(['id', 'kind', 'name'])
    .where('id', '=', input.personId)
    .where('organisationId', '=', input.organisationId)
    .executeTakeFirst();
  if (!person) notFound();

  return db.transaction().execute(async (trx) => {
    const mentions = await findMentions(trx, { ...input, name: person.name });
    const loose = trx as unknown as LooseDb;
    for (const mention of mentions) {
      const changes = Object.fromEntries(
        Object.entries(mention.texts).map(([column, text]) => [
          column,
          replaceName(text, person.name),
        ]),
      );
      await loose
        .updateTable(mention.source.table)
        .set(changes)
        .where('id', '=', mention.id)
        .where('organisationId', '=', input.organisationId)
        .execute();
    }
    await trx
      .deleteFrom('contactEvent')
      .where('personId', '=', person.id)
      .where('organisationId', '=', input.organisationId)
      .execute();
    await trx
      .deleteFrom('contactPerson')
      .where('id', '=', person.id)
      .where('organisationId', '=', input.organisationId)
      .execute();
    await trx
      .updateTable('auditLog')
      .set({ subjectLabel: REMOVED_PERSON })
      .where('organisationId', '=', input.organisationId)
      .where('subjectId', '=', person.id)
      .execute();
    await writeAudit(trx, {
      organisationId: input.organisationId,
      actor: input.actor,
      action: 'gewist',
      subjectKind: person.kind,
      subjectId: person.id,
      subjectLabel: REMOVED_PERSON,
      detail: `Overal gewist; de naam is uit ${mentions.length} ${mentions.length === 1 ? 'tekst' : 'teksten'} gehaald.`,
      at: nowIso(),
    });
    return { texts: mentions.length };
  });
}
