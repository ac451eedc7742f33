import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sqliteFile } from './database.server.ts';

export type BackupCheck = { ok: true; plans: number } | { ok: false; reason: string };

/**
 * A consistent copy of the embedded database while the app keeps running: SQLite's online backup
 * API copies a snapshot page by page and starts over when a write lands in between, so the copy
 * always holds whole transactions.
 */
export async function backupSqlite(options: { dataDir: string; file: string }): Promise<void> {
  const live = sqliteFile(options.dataDir);
  if (!existsSync(live)) throw new BackupError(`Er is nog geen database in ${options.dataDir}.`);
  if (existsSync(options.file)) {
    throw new BackupError(`${options.file} bestaat al. Kies een andere naam.`);
  }
  mkdirSync(path.dirname(options.file), { recursive: true });
  const source = new SQLite(live, { readonly: true, fileMustExist: true });
  try {
    await source.backup(options.file);
  } finally {
    source.close();
  }
  const check = checkSqliteBackup(options.file);
  if (!check.ok) throw new BackupError(`De kopie is niet goed: ${check.reason}`);
}

/**
 * Puts a backup back over the embedded database. Through the backup API again (not a file copy),
 * so the write-ahead log of the live database can never mix old and new pages.
 */
export async function restoreSqlite(options: { dataDir: string; file: string }): Promise<void> {
  const check = checkSqliteBackup(options.file);
  if (!check.ok) throw new BackupError(`Deze kopie kan niet terug: ${check.reason}`);
  mkdirSync(options.dataDir, { recursive: true });
  const source = new SQLite(options.file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(sqliteFile(options.dataDir));
  } finally {
    source.close();
  }
}

/** Whether a file is a whole, readable database of this app. */
export function checkSqliteBackup(file: string): BackupCheck {
  if (!existsSync(file)) return { ok: false, reason: `${file} bestaat niet.` };
  let copy: SQLite.Database | undefined;
  try {
    copy = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      return { ok: false, reason: `de database is beschadigd (${integrity}).` };
    const hasPlans = copy
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'plan'")
      .get();
    if (!hasPlans) return { ok: false, reason: 'dit is geen database van Ouders in de wijk.' };
    const { plans } = copy.prepare('select count(*) as plans from plan').get() as { plans: number };
    return { ok: true, plans };
  } catch {
    return { ok: false, reason: 'dit is geen SQLite-database.' };
  } finally {
    copy?.close();
  }
}

/** An expected failure with a message for the person at the command line. */
export class BackupError extends Error {}
