import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

// Kysely's SQLite driver prepares every statement anew, and on a page with many small queries
// preparing cost as much as running them (docs/decisions/0005). A prepared statement can be run
// again with other parameters, so the same SQL text reuses it. SQLite re-prepares a statement by
// itself when the schema changes. A statement that is still being iterated (a stream) is busy:
// then a fresh one is prepared. The cache is bounded, least recently used goes first.

export const STATEMENT_CACHE_LIMIT = 500;

export function withStatementCache(
  file: SQLite.Database,
  limit = STATEMENT_CACHE_LIMIT,
): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => file.close(),
    prepare(sql: string) {
      const known = statements.get(sql);
      if (known !== undefined && !known.busy) {
        // Move to the end: the Map's order is the order of use.
        statements.delete(sql);
        statements.set(sql, known);
        return known;
      }
      const statement = file.prepare(sql);
      if (known === undefined) {
        if (statements.size >= limit) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
