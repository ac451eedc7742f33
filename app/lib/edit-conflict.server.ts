import { createHash } from 'node:crypto';
import { data } from 'react-router';
import type { Difference, EditConflict } from '~/components/edit-conflict';
import type { Db } from '~/lib/db/database.server';
import { nowIso } from '~/lib/db/ids';
import type { FormValues } from '~/lib/forms';
import { notFound } from '~/lib/http.server';

// Two people (or two tabs) may edit the same record at once. Every edit form carries a token of
// what the record looked like when the form was opened: `updatedAt` for tables that have it, a
// fingerprint of the stored texts otherwise. The data layer only saves while the token still
// matches, in the same statement as the check, so the later of two racing saves never silently
// overwrites the earlier one.

/** What a guarded update did: saved, found a newer version, or found nothing (removed). */
export type GuardedUpdate = { ok: true } | { ok: false; reason: 'changed' | 'gone' };

/** The hidden field with the token in every edit form. */
export const TOKEN_FIELD = 'updatedAt';

/** A new `updatedAt` that always differs from the token it replaces (same millisecond). */
export function nextUpdatedAt(previous: string): string {
  const now = nowIso();
  return now === previous ? new Date(Date.parse(now) + 1).toISOString() : now;
}

/** A short fingerprint of stored values, for records without `updatedAt`. */
export function fingerprint(values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 32);
}

/** Browsers send line breaks as CRLF; a stored LF is the same text. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

/**
 * The fields where what is stored now differs from what this user typed, as the user reads them.
 * Empty means nothing the user typed would be lost by keeping what is stored.
 */
export function compareFields<K extends string>(
  labels: Record<K, string>,
  stored: Record<K, string>,
  mine: Record<K, string>,
): Difference[] {
  const differences: Difference[] = [];
  for (const field of Object.keys(labels) as K[]) {
    if (sameText(stored[field], mine[field])) continue;
    differences.push({ field, label: labels[field], stored: stored[field], mine: mine[field] });
  }
  return differences;
}

/** 409: everything typed comes back, with what is stored now and a fresh token. */
export function conflictResponse(intent: string, values: FormValues, conflict: EditConflict) {
  return data({ intent, errors: {}, values, conflict }, { status: 409 });
}

/**
 * The answer to an edit that a guarded update did not save, or `undefined` when the action may
 * go on as saved: someone else saved exactly what this user typed, so nothing would be lost.
 * A record removed meanwhile comes back with the user's version (`restore`); a record changed
 * meanwhile gives the 409 with both versions, as the user reads them (`show`).
 */
export async function answerUnsavedEdit<F, K extends string>(
  result: Extract<GuardedUpdate, { ok: false }>,
  edit: {
    intent: string;
    values: FormValues;
    mine: NoInfer<F>;
    labels: Record<K, string>;
    show: (version: F) => Record<K, string> | Promise<Record<K, string>>;
    stored: () => Promise<NoInfer<F & { updatedAt: string }> | undefined>;
    restore: () => Promise<Response>;
  },
) {
  if (result.reason === 'gone') return edit.restore();
  const stored = await edit.stored();
  if (!stored) notFound();
  const differences = compareFields(
    edit.labels,
    await edit.show(stored),
    await edit.show(edit.mine),
  );
  if (differences.length === 0) return undefined;
  return conflictResponse(edit.intent, edit.values, {
    changedAt: stored.updatedAt,
    tokens: { [TOKEN_FIELD]: stored.updatedAt },
    differences,
  });
}

/** The tables of a plan's records that are edited with a token. */
type GuardedTable =
  | 'contactMoment'
  | 'visit'
  | 'workMethod'
  | 'insight'
  | 'feedbackAction'
  | 'promise'
  | 'compensation';

/**
 * Why a guarded update changed no row. The row is looked up by its id alone: an id of another
 * plan or organisation answers 404 (nothing about it is shown); an id that exists nowhere was
 * removed meanwhile (ids are random, so it was never someone else's).
 */
export async function whyNotSaved(
  db: Db,
  table: GuardedTable,
  target: { id: string; planId: string; organisationId: string },
): Promise<GuardedUpdate> {
  const row = await db
    .selectFrom(table)
    .select(['planId', 'organisationId'])
    .where('id', '=', target.id)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'gone' };
  if (row.planId !== target.planId || row.organisationId !== target.organisationId) notFound();
  return { ok: false, reason: 'changed' };
}
