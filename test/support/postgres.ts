import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';

/** The PostgreSQL server for tests: TEST_DATABASE_URL, or the local socket when it is there. */
export function testPostgresUrl(): string | undefined {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  if (existsSync('/var/run/postgresql/.s.PGSQL.5432')) {
    const user = process.env.USER || 'root';
    return `postgresql://${user}@%2Fvar%2Frun%2Fpostgresql/postgres`;
  }
  return undefined;
}

/** Creates a database of its own for one test file; `drop` removes it again. */
export async function createTestPostgresDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const adminUrl = testPostgresUrl();
  if (!adminUrl) throw new Error('No PostgreSQL for tests: set TEST_DATABASE_URL.');
  const name = `oidw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function withDatabase(url: string, name: string): string {
  const queryAt = url.indexOf('?');
  const base = queryAt >= 0 ? url.slice(0, queryAt) : url;
  const query = queryAt >= 0 ? url.slice(queryAt) : '';
  const slash = base.lastIndexOf('/');
  return `${base.slice(0, slash)}/${name}${query}`;
}
