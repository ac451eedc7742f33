import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '~/lib/config.server';
import { type Runtime, setRuntime, startRuntime } from '~/lib/runtime.server';
import { createTestPostgresDatabase } from './postgres.ts';

export type TestDatabaseKind = 'sqlite' | 'postgres';

/** Which database the integration suite runs on: OIDW_TEST_DB=sqlite (default) or postgres. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.OIDW_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A real database of its own (SQLite file in a temp folder, or a fresh PostgreSQL database),
 * migrated, with better-auth on it; installed as the app's runtime for route modules.
 */
export async function startTestRuntime(kind: TestDatabaseKind = testDatabaseKind()): Promise<{
  runtime: Runtime;
  stop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'oidw-test-'));
  const pgDatabase = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const config = readConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: pgDatabase?.url,
    BETTER_AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
    BASE_URL: 'http://localhost:3000',
    RATE_LIMIT: 'off',
  });
  const runtimePromise = startRuntime(config);
  setRuntime(runtimePromise);
  const runtime = await runtimePromise;
  return {
    runtime,
    stop: async () => {
      setRuntime(undefined);
      await runtime.database.close();
      await pgDatabase?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
