// `npm run crashtest`: the proof that an answered write survives a crash. Starts the production
// build, keeps adding meeting places over HTTP from several clients, kills the server with SIGKILL
// at a random moment, restarts it and checks that every place whose save was answered with
// success is there and that the database opens cleanly. 20 rounds on SQLite, and 20 on
// PostgreSQL when TEST_DATABASE_URL (or a local socket) is there. Not part of `npm test`.
// "Opens cleanly": on SQLite `PRAGMA integrity_check` on the file while the server is down; on
// PostgreSQL (which itself is not killed, only the app) a fresh connection reads every table of
// the app and finds no place twice. `npm run crashtest -- --help` lists the options.
// Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createPlan, signUp, type TestClient } from '../test/support/http.ts';
import { createTestPostgresDatabase, testPostgresUrl } from '../test/support/postgres.ts';

const USAGE = `npm run crashtest [-- opties]

Schrijft via HTTP terwijl de server op willekeurige momenten hard wordt gestopt (SIGKILL), en
controleert na elke herstart of alles wat bevestigd was er nog is.

  --rounds N          aantal rondes per database (standaard 20, of CRASH_ROUNDS)
  --database NAAM     alleen sqlite of alleen postgres (standaard beide; PostgreSQL via
                      TEST_DATABASE_URL of de lokale socket)
  --help              deze uitleg`;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string' },
    database: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const ROUNDS = Number(options.rounds ?? process.env.CRASH_ROUNDS ?? 20);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error(`--rounds moet een heel getal boven 0 zijn.\n\n${USAGE}`);
  process.exit(2);
}
if (options.database !== undefined && !['sqlite', 'postgres'].includes(options.database)) {
  console.error(`--database is sqlite of postgres.\n\n${USAGE}`);
  process.exit(2);
}
const CLIENTS = 4;
const root = path.resolve(import.meta.dirname, '..');

type Totals = { kind: string; rounds: number; answered: number; found: number; lost: number };

if (!existsSync(path.join(root, 'build/server/index.js'))) {
  spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

const results: Totals[] = [];
if (options.database !== 'postgres') results.push(await crashRounds('sqlite'));
if (options.database !== 'sqlite') {
  if (testPostgresUrl()) results.push(await crashRounds('postgres'));
  else console.log('PostgreSQL overgeslagen: zet TEST_DATABASE_URL.');
}

console.log('\ndatabase   rondes  bevestigd  teruggevonden  kwijt');
for (const r of results) {
  console.log(
    `${r.kind.padEnd(10)} ${String(r.rounds).padStart(6)} ${String(r.answered).padStart(10)} ${String(r.found).padStart(14)} ${String(r.lost).padStart(6)}`,
  );
}
process.exit(results.some((r) => r.lost > 0) ? 1 : 0);

async function crashRounds(kind: 'sqlite' | 'postgres'): Promise<Totals> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'oidw-crash-'));
  const pgDatabase = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    PORT: String(port),
    BASE_URL: baseUrl,
    DATA_DIR: dataDir,
    RATE_LIMIT: 'off',
    BETTER_AUTH_SECRET: 'crash-test-secret-that-is-long-enough',
    DATABASE_URL: pgDatabase?.url ?? '',
  };
  const totals: Totals = { kind, rounds: 0, answered: 0, found: 0, lost: 0 };
  const answeredNames: string[] = [];
  try {
    let server = await startServer(env, baseUrl);
    const { client } = await signUp(baseUrl);
    const planId = await createPlan(client, 'Crashtest');

    for (let round = 1; round <= ROUNDS; round++) {
      let running = true;
      const writers = Array.from({ length: CLIENTS }, (_, writer) =>
        keepWriting(client, planId, `r${round}-w${writer}`, () => running, answeredNames),
      );
      await sleep(150 + Math.random() * 1_000);
      server.kill('SIGKILL');
      await new Promise((resolve) => server.once('exit', resolve));
      running = false;
      await Promise.all(writers);

      const integrity =
        kind === 'sqlite'
          ? sqliteIntegrity(dataDir)
          : await postgresIntegrity(pgDatabase?.url as string);
      server = await startServer(env, baseUrl);
      const stored = await storedPlaceNames(client, planId);
      const lost = answeredNames.filter((name) => !stored.has(name));
      totals.rounds++;
      totals.answered = answeredNames.length;
      totals.found = answeredNames.length - lost.length;
      totals.lost = lost.length;
      console.log(
        `${kind} ronde ${round}: ${answeredNames.length} bevestigd, ${lost.length} kwijt, database ${integrity}`,
      );
      if (integrity !== 'ok') throw new Error(`database not clean after round ${round}`);
    }
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  } finally {
    await pgDatabase?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return totals;
}

/** Adds places one after another until told to stop; remembers the ones answered with success. */
async function keepWriting(
  client: TestClient,
  planId: string,
  prefix: string,
  running: () => boolean,
  answered: string[],
): Promise<void> {
  for (let n = 0; running(); n++) {
    const name = `Plek ${prefix}-${n}`;
    try {
      const response = await client.post(`/plannen/${planId}/overzichtskaart?toevoegen=markt`, {
        intent: 'plek-toevoegen',
        formToken: randomUUID(),
        category: 'markt',
        name,
      });
      if (response.status === 302 || response.status === 303) answered.push(name);
    } catch {
      await sleep(20);
    }
  }
}

async function storedPlaceNames(client: TestClient, planId: string): Promise<Set<string>> {
  const response = await client.get(`/plannen/${planId}/export.json`);
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  const document = (await response.json()) as { places: { name: string }[] };
  return new Set(document.places.map((place) => place.name));
}

function sqliteIntegrity(dataDir: string): string {
  const db = new SQLite(path.join(dataDir, 'ouders-in-de-wijk.sqlite'));
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** A fresh connection reads every table of the app; no place may be there twice. */
async function postgresIntegrity(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public'",
    );
    for (const { name } of tables.rows) {
      await client.query(`select count(*) from "${name}"`);
    }
    const twice = await client.query<{ n: string }>(
      'select count(*) as n from (select id from place group by id having count(*) > 1) as d',
    );
    return twice.rows[0]?.n === '0' ? 'ok' : `${twice.rows[0]?.n} plekken dubbel`;
  } catch (error) {
    return `niet leesbaar: ${(error as Error).message}`;
  } finally {
    await client.end();
  }
}

async function startServer(env: NodeJS.ProcessEnv, baseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['server.js'], { cwd: root, env, stdio: 'ignore' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the app stopped while starting');
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the app did not start');
    await sleep(50);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
