import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresDialect,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { logger } from '../logger.server.ts';
import { migrations } from './migrations.ts';
import type { AuthDatabase, Database } from './schema.ts';
import { withStatementCache } from './statement-cache.server.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  kind: DatabaseKind;
  /** Our own tables, camelCase in code and snake_case in the database. */
  db: Db;
  /** The same connection without the camelCase plugin, for better-auth and its tables. */
  raw: Kysely<AuthDatabase>;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file; ignored with PostgreSQL. */
  dataDir: string;
  /** PostgreSQL schema to use (tests give each run its own). */
  schema?: string;
};

export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  const raw = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema)
    : openSqlite(options.dataDir);
  const kind: DatabaseKind = options.databaseUrl ? 'postgres' : 'sqlite';
  return {
    kind,
    raw,
    db: raw.withPlugin(new CamelCasePlugin()) as unknown as Db,
    close: () => raw.destroy(),
  };
}

/** The embedded database's file in the data folder. */
export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'ouders-in-de-wijk.sqlite');
}

function openSqlite(dataDir: string): Kysely<AuthDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const file = new SQLite(sqliteFile(dataDir));
  // WAL with synchronous=FULL: a write that was answered survives a crash or power loss.
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  return new Kysely<AuthDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(file) }),
  });
}

function openPostgres(connectionString: string, schema: string | undefined): Kysely<AuthDatabase> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that the server closes (a restart, a failover, a dropped test database)
  // emits an error on the pool; unheard, it would end the process. The pool opens a new one.
  pool.on('error', (error) => {
    logger.warn({ code: (error as { code?: string }).code }, 'idle database connection lost');
  });
  return new Kysely<AuthDatabase>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new WithoutNulCharacters()],
  });
}

// PostgreSQL refuses a text value with a NUL character (the whole query fails), where SQLite
// stores it. Form texts lose control characters when they are parsed, but an id or a choice is
// passed on as posted: "\u0000" in a posted id must find nothing, not fail the request.
class WithoutNulCharacters implements KyselyPlugin {
  readonly #transformer = new (class extends OperationNodeTransformer {
    protected override transformValue(node: ValueNode): ValueNode {
      return { ...node, value: withoutNul(node.value) };
    }

    protected override transformPrimitiveValueList(
      node: PrimitiveValueListNode,
    ): PrimitiveValueListNode {
      return { ...node, values: node.values.map(withoutNul) };
    }
  })();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

function withoutNul(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000')
    ? value.replaceAll('\u0000', '')
    : value;
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const migrator = new Migrator({
    db: handle.raw,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    logger.info({ migration: result.migrationName, status: result.status }, 'migration');
  }
  if (error) throw error;
}
