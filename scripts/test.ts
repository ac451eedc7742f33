// The one test command (`npm test`): type checking, lint, unit tests, the integration suite on
// SQLite and on PostgreSQL, and the browser tests. Parts that need PostgreSQL or Chromium are
// skipped with one clear line when those are missing, except under CI=true, where a skip fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../test/support/chromium.ts';
import { testPostgresUrl } from '../test/support/postgres.ts';

type Part = { name: string; command: string[]; env?: Record<string, string>; skip?: string };

const ci = process.env.CI === 'true';
const postgresUrl = testPostgresUrl();
const chromium = chromiumPath();

const parts: Part[] = [
  { name: 'typecheck', command: ['npm', 'run', 'typecheck', '--silent'] },
  { name: 'lint', command: ['npm', 'run', 'lint', '--silent'] },
  { name: 'unit', command: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'build', command: ['npm', 'run', 'build', '--silent'] },
  {
    name: 'integration (SQLite)',
    command: ['npx', 'vitest', 'run', '--project', 'integration'],
    env: { OIDW_TEST_DB: 'sqlite' },
  },
  {
    name: 'integration (PostgreSQL)',
    command: ['npx', 'vitest', 'run', '--project', 'integration'],
    env: { OIDW_TEST_DB: 'postgres', ...(postgresUrl ? { TEST_DATABASE_URL: postgresUrl } : {}) },
    ...(postgresUrl
      ? {}
      : {
          skip: 'no PostgreSQL found: set TEST_DATABASE_URL (for example postgresql://user@%2Fvar%2Frun%2Fpostgresql/postgres)',
        }),
  },
  {
    name: 'browser',
    command: ['npx', 'vitest', 'run', '--project', 'e2e'],
    ...(chromium
      ? { env: { CHROMIUM_PATH: chromium } }
      : { skip: 'no Chromium found: install it or set CHROMIUM_PATH' }),
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const part of parts) {
  if (part.skip) {
    if (ci) {
      console.error(`\n✗ ${part.name}: skipped under CI=true, which is a failure (${part.skip})`);
      failed++;
    } else {
      console.log(`\n- ${part.name}: skipped (${part.skip})`);
      skipped++;
    }
    continue;
  }
  console.log(`\n▶ ${part.name}`);
  const result = spawnSync(part.command[0] as string, part.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...part.env },
  });
  if (result.status === 0) {
    console.log(`✓ ${part.name}`);
    passed++;
  } else {
    console.error(`✗ ${part.name} failed`);
    failed++;
  }
}

if (!existsSync('build/server/index.js')) console.error('note: no production build was made');
console.log(`\nparts: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
