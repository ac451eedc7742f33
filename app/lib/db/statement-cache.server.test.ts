import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.server';

describe('the prepared-statement cache for SQLite', () => {
  let file: SQLite.Database;

  afterEach(() => {
    if (file.open) file.close();
  });

  it('prepares the same SQL once and runs it with other values', () => {
    file = new SQLite(':memory:');
    file.exec('create table place (id text primary key, name text)');
    const db = withStatementCache(file);

    const insert = db.prepare('insert into place (id, name) values (?, ?)');
    insert.run(['a', 'Bibliotheek']);
    const again = db.prepare('insert into place (id, name) values (?, ?)');
    again.run(['b', 'Speeltuin']);

    expect(again).toBe(insert);
    expect(db.prepare('select name from place order by id').all([])).toEqual([
      { name: 'Bibliotheek' },
      { name: 'Speeltuin' },
    ]);
  });

  it('keeps at most the limit, dropping the statement used longest ago', () => {
    file = new SQLite(':memory:');
    const db = withStatementCache(file, 2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    db.prepare('select 1');
    db.prepare('select 3');

    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 2')).not.toBe(two);
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    file = new SQLite(':memory:');
    file.exec('create table n (v integer); insert into n values (1), (2), (3)');
    const db = withStatementCache(file);
    const outer = db.prepare('select v from n order by v');
    const seen: number[] = [];

    for (const row of outer.iterate([]) as IterableIterator<{ v: number }>) {
      const inner = db.prepare('select v from n order by v');
      expect(inner).not.toBe(outer);
      seen.push(row.v, inner.all([]).length);
    }

    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
  });

  it('sees a column added after the statement was first prepared', async () => {
    file = new SQLite(':memory:');
    const db = new Kysely<{ place: { id: string; note?: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(file) }),
    });
    await sql`create table place (id text)`.execute(db);
    await db.insertInto('place').values({ id: 'a' }).execute();
    expect(await db.selectFrom('place').selectAll().execute()).toEqual([{ id: 'a' }]);

    await sql`alter table place add column note text`.execute(db);

    expect(await db.selectFrom('place').selectAll().execute()).toEqual([{ id: 'a', note: null }]);
  });
});
