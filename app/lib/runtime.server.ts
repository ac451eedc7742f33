import { getMigrations } from 'better-auth/db/migration';
import { type Auth, createAuth } from '../features/auth/auth.server.ts';
import { type Config, getConfig } from './config.server.ts';
import { type DatabaseHandle, migrateToLatest, openDatabase } from './db/database.server.ts';

/** What a request needs: the database and the auth instance built on it. */
export type Runtime = {
  config: Config;
  database: DatabaseHandle;
  auth: Auth;
};

let current: Promise<Runtime> | undefined;

export function getRuntime(): Promise<Runtime> {
  current ??= startRuntime(getConfig());
  return current;
}

/** Opens the database, brings both our schema and better-auth's up to date, and builds auth. */
export async function startRuntime(
  config: Config,
  options: { schema?: string } = {},
): Promise<Runtime> {
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.schema ? { schema: options.schema } : {}),
  });
  const auth = createAuth({ config, database });
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  await migrateToLatest(database);
  return { config, database, auth };
}

/** Tests and scripts install their own runtime (for example on a PostgreSQL schema of their own). */
export function setRuntime(runtime: Promise<Runtime> | undefined): void {
  current = runtime;
}

export async function stopRuntime(): Promise<void> {
  const runtime = current;
  current = undefined;
  if (runtime) await (await runtime).database.close();
}
