// The benchmark (`npm run bench`): builds the app for production, fills a fresh database with a
// large organisation (scripts/bench-fill.ts), starts the production server on it and measures
// on loopback with autocannon, on SQLite and on PostgreSQL (TEST_DATABASE_URL or the local
// socket; skipped with a printed line when there is none). It prints a table, writes
// bench-results.json and says per target whether it was met. It asserts nothing: these machines
// are shared and noisy, so compare figures measured in the same run.
//
// Per page and database:
// - p50/p95/p99 in ms at a fixed rate (BENCH_RATE, 100 a second). autocannon's rate limit sends a
//   connection's whole second of requests at once, so the rate is spread over BENCH_RATE
//   connections of one request a second each, started evenly over the first second: an even
//   stream, as from many users. Latencies are every response's own time (no histogram).
// - rps: the highest sustained rate, BENCH_CONNECTIONS (10) connections without a limit.
// - baseline_rps: the same run against a minimal node:http server that answers with the same
//   bytes (the page as the app sent it, prebuilt) from memory.
// Overall: cold start (spawn → first 200 on /health), peak RSS of the server (VmHWM), first-load
// JavaScript per page (the scripts and module preloads of its HTML, gzipped) and the time to make
// one overzichtskaart PDF. Also the earlier step 2 measurement for the largest municipality.
//
// BENCH_SECONDS (10) sets the length of each load run; BENCH_RUNS (30) the step 2 series.
// Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import type { RegionData } from '../app/features/regions/regions.server.ts';
import { signUp, TestClient } from '../test/support/http.ts';
import { createTestPostgresDatabase, testPostgresUrl } from '../test/support/postgres.ts';

// The fill logs migrations at "info"; the benchmark prints only its own lines. Set before the
// app's logger is loaded (hence the dynamic import).
process.env.LOG_LEVEL ??= 'error';
const { BENCH_EMAIL, BENCH_PASSWORD, FILL, fillDatabase } = await import('./bench-fill.ts');
// autocannon's request timer (the retimer package) computes a negative remaining time when the
// event loop runs late under load, and Node warns about it every time. Others are printed.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'TimeoutNegativeWarning') console.warn(warning);
});

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const AUTH_SECRET = 'bench-secret-that-is-long-enough-for-better-auth';
/** Only these pages (names as in the table, comma-separated); all when unset. */
const ONLY_PAGES = process.env.BENCH_PAGES?.split(',').map((name) => name.trim());
/** Only these databases (sqlite, postgres); both when unset. */
const ONLY_DATABASES = process.env.BENCH_DATABASES?.split(',').map((name) => name.trim());
/** Extra Node arguments for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const SERVER_ARGS = process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];

type DatabaseKind = 'sqlite' | 'postgres';

type PageResult = {
  page: string;
  path: string;
  database: DatabaseKind;
  html: boolean;
  bytes: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  /** Answers a second during the fixed-rate run: below the rate when the app could not keep up. */
  reached_rate: number;
  rps: number;
  baseline_rps: number;
  /** Answers that were not 200, and connection errors, over all runs of this page. */
  failures: number;
};

type ServerResult = {
  cold_start_ms: number;
  peak_rss_mb: number;
  overzichtskaart_pdf_ms: number;
  fill_ms: number;
};

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sleep = (duration: number) => new Promise((resolve) => setTimeout(resolve, duration));

function build(): void {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error('npm run build failed');
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

/** Starts `node server.js`; resolves when /health answers 200, with the time that took. */
async function startServer(
  env: NodeJS.ProcessEnv,
  baseUrl: string,
): Promise<{ child: ChildProcess; coldStartMs: number; output: () => string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_ARGS, 'server.js'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app stopped while starting:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await sleep(5);
  }
  return { child, coldStartMs: performance.now() - started, output: () => output };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Waits until the server has worked off what an overloaded run left queued (requests whose
 * client gave up are still rendered): /health answers quickly again, or two minutes have passed.
 * Without this the next page would be measured against the previous page's backlog.
 */
async function settle(baseUrl: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const started = performance.now();
    try {
      await (await fetch(`${baseUrl}/health`)).arrayBuffer();
    } catch {
      // a refused or reset connection counts as busy
    }
    if (performance.now() - started < 20) return;
    await sleep(200);
  }
  console.log('  (de server had na 2 minuten nog werk in de rij)');
}

/** Peak resident memory of a process in MB (VmHWM from /proc), or NaN where there is no /proc. */
function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kbytes = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kbytes === undefined ? Number.NaN : Number(kbytes) / 1024;
  } catch {
    return Number.NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Latency at a fixed rate: RATE connections of one request a second, spread over a second. */
async function measureAtRate(
  url: string,
  headers: Record<string, string>,
): Promise<{ p50: number; p95: number; p99: number; reached: number; failures: number }> {
  const times: number[] = [];
  let failures = 0;
  const kinds = new Map<string, number>();
  const runs: Promise<unknown>[] = [];
  for (let n = 0; n < RATE; n++) {
    const instance = autocannon({
      url,
      headers,
      connections: 1,
      overallRate: 1,
      duration: SECONDS,
      // autocannon's correction records every answer again with an expected interval of
      // ceil(1 / rate) ms, here 1 ms: made-up times from 1 ms up. Off; instead the rate that was
      // really reached is reported (an answer slower than a second delays its connection's next).
      ignoreCoordinatedOmission: true,
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) times.push(responseTime);
      else {
        failures++;
        kinds.set(`status ${statusCode}`, (kinds.get(`status ${statusCode}`) ?? 0) + 1);
      }
    });
    runs.push(
      instance.then((result) => {
        failures += result.errors; // timeouts are counted among the errors too
        if (result.timeouts > 0)
          kinds.set('timeout', (kinds.get('timeout') ?? 0) + result.timeouts);
        const other = result.errors - result.timeouts;
        if (other > 0) kinds.set('error', (kinds.get('error') ?? 0) + other);
      }),
    );
    await sleep(1000 / RATE);
  }
  await Promise.all(runs);
  if (failures > 0) {
    console.log(`  ${url}: ${[...kinds].map(([kind, n]) => `${n}× ${kind}`).join(', ')}`);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    reached: (times.length + failures) / SECONDS,
    failures,
  };
}

/** The highest sustained rate: CONNECTIONS connections, no limit, for SECONDS seconds. */
async function measureThroughput(
  url: string,
  headers: Record<string, string>,
): Promise<{ rps: number; failures: number }> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  return {
    rps: result.requests.average,
    failures: result.errors + result.non2xx,
  };
}

// The baseline: the page's own bytes, prebuilt, from memory, by the smallest node:http server.
const BASELINE_SERVER = `
const http = require('node:http');
const body = require('node:fs').readFileSync(process.argv[1]);
const type = process.argv[2];
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

async function measureBaseline(body: Buffer, contentType: string): Promise<number> {
  const folder = mkdtempSync(path.join(tmpdir(), 'oidw-bench-baseline-'));
  const file = path.join(folder, 'page');
  writeFileSync(file, body);
  const child = spawn(process.execPath, ['-e', BASELINE_SERVER, file, contentType], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout?.once('data', (chunk) => resolve(Number(String(chunk).trim())));
      child.once('exit', () => reject(new Error('baseline server stopped')));
    });
    return (await measureThroughput(`http://127.0.0.1:${port}/`, {})).rps;
  } finally {
    await stopChild(child);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Gzipped bytes of the JavaScript a page loads first: its module scripts and preloads. */
function firstLoadJsGzipBytes(html: string): number {
  const files = new Set(html.match(/\/assets\/[^"'\s)]+\.js/g) ?? []);
  let total = 0;
  for (const file of files) {
    total += gzipSync(readFileSync(path.join(REPO_ROOT, 'build/client', file))).length;
  }
  return total;
}

async function signIn(baseUrl: string): Promise<string> {
  const client = new TestClient(baseUrl);
  const response = await client.post('/inloggen', { email: BENCH_EMAIL, password: BENCH_PASSWORD });
  if (response.status !== 302) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = client.cookieHeader();
  if (cookie === '') throw new Error('sign-in gave no cookie');
  return cookie;
}

async function timePdf(baseUrl: string, cookie: string, planId: string): Promise<number> {
  const url = `${baseUrl}/plannen/${planId}/overzichtskaart.pdf`;
  const times: number[] = [];
  for (let n = 0; n < 6; n++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { Cookie: cookie } });
    const body = await response.arrayBuffer();
    if (response.status !== 200 || body.byteLength === 0) {
      throw new Error(`overzichtskaart.pdf answered ${response.status}`);
    }
    // The first one loads fonts and modules; it is not counted.
    if (n > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

function pagesOf(planId: string): { page: string; path: string; html: boolean }[] {
  const pages = [
    { page: 'plannenlijst', path: '/plannen', html: true },
    { page: 'stap 3', path: `/plannen/${planId}/stap/3`, html: true },
    { page: 'overzichtskaart', path: `/plannen/${planId}/overzichtskaart`, html: true },
    { page: 'planoverzicht', path: `/plannen/${planId}`, html: true },
    { page: 'vertrouwen', path: `/plannen/${planId}/vertrouwen`, html: true },
    { page: 'overzicht', path: '/overzicht', html: true },
    { page: 'export.json', path: `/plannen/${planId}/export.json`, html: false },
  ];
  return pages.filter((page) => ONLY_PAGES === undefined || ONLY_PAGES.includes(page.page));
}

async function benchDatabase(kind: DatabaseKind): Promise<{
  pages: PageResult[];
  server: ServerResult;
  firstLoadJs: Record<string, number>;
  stepTwo?: StepTwoResult;
}> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'oidw-bench-'));
  const pgDatabase = kind === 'postgres' ? await createTestPostgresDatabase() : undefined;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const fillStarted = performance.now();
    const filled = await fillDatabase({
      dataDir,
      databaseUrl: pgDatabase?.url,
      baseUrl,
      authSecret: AUTH_SECRET,
    });
    const fillMs = performance.now() - fillStarted;
    console.log(
      `${kind}: ${FILL.users} medewerkers, ${FILL.plans} plannen, ${FILL.places} plekken, ` +
        `${FILL.visits} bezoeken en ${FILL.contactMoments} contactmomenten in ${ms(fillMs)}`,
    );

    const { child, coldStartMs, output } = await startServer(
      {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        PORT: String(port),
        BASE_URL: baseUrl,
        DATA_DIR: dataDir,
        DATABASE_URL: pgDatabase?.url ?? '',
        RATE_LIMIT: 'off',
        BETTER_AUTH_SECRET: AUTH_SECRET,
        // No outside service is reached: look-ups and tiles go to a closed local port.
        PDOK_LOCATIESERVER_URL: 'http://127.0.0.1:9/pdok-niet-bereikbaar',
        PDOK_TILES_URL: 'http://127.0.0.1:9/tegels/{z}/{x}/{y}.png',
      },
      baseUrl,
    );
    try {
      const cookie = await signIn(baseUrl);
      const headers = { Cookie: cookie };
      const planId = filled.planIds[0] as string;
      const pages: PageResult[] = [];
      const firstLoadJs: Record<string, number> = {};
      for (const page of pagesOf(planId)) {
        const url = `${baseUrl}${page.path}`;
        let body = Buffer.alloc(0);
        let contentType = '';
        for (let n = 0; n < 20; n++) {
          const response = await fetch(url, { headers });
          body = Buffer.from(await response.arrayBuffer());
          contentType = response.headers.get('content-type') ?? 'text/html';
          if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
        }
        if (page.html) firstLoadJs[page.page] = firstLoadJsGzipBytes(body.toString('utf8'));
        await settle(baseUrl);
        const atRate = await measureAtRate(url, headers);
        await settle(baseUrl);
        const throughput = await measureThroughput(url, headers);
        await settle(baseUrl);
        const baseline = await measureBaseline(body, contentType);
        const result: PageResult = {
          ...page,
          database: kind,
          bytes: body.length,
          p50_ms: atRate.p50,
          p95_ms: atRate.p95,
          p99_ms: atRate.p99,
          reached_rate: atRate.reached,
          rps: throughput.rps,
          baseline_rps: baseline,
          failures: atRate.failures + throughput.failures,
        };
        pages.push(result);
        console.log(
          `  ${page.page}: p95 ${ms(result.p95_ms)}, ${Math.round(result.rps)} rps ` +
            `(basislijn ${Math.round(result.baseline_rps)})`,
        );
      }
      const pdfMs = await timePdf(baseUrl, cookie, planId);
      const peakRss = peakRssMb(child.pid as number);
      const stepTwo =
        kind === 'sqlite' && ONLY_PAGES === undefined ? await benchStepTwo(baseUrl) : undefined;
      if (child.exitCode !== null) throw new Error(`the app stopped:\n${output()}`);
      return {
        pages,
        firstLoadJs,
        server: {
          cold_start_ms: coldStartMs,
          peak_rss_mb: peakRss,
          overzichtskaart_pdf_ms: pdfMs,
          fill_ms: fillMs,
        },
        ...(stepTwo ? { stepTwo } : {}),
      };
    } finally {
      await stopChild(child);
    }
  } finally {
    await pgDatabase?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Step 2 (figures table, ranking, map data) for the municipality with the most wijken in the
// bundled data: time per request (median and slowest of a series) and bytes sent.
type StepTwoResult = {
  municipality: string;
  wijken: number;
  median_ms: number;
  slowest_ms: number;
  html_bytes: number;
  html_gzip_bytes: number;
  outline_bytes: number;
  outline_gzip_bytes: number;
};

function largestMunicipality(): { code: string; name: string; wijken: string[] } {
  const regions = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'app/features/regions/regions.json'), 'utf8'),
  ) as RegionData;
  const largest = [...regions.municipalities].sort((a, b) => b.wijken.length - a.wijken.length)[0];
  if (largest === undefined) throw new Error('no municipalities');
  return { code: largest.code, name: largest.name, wijken: largest.wijken.map((w) => w.code) };
}

async function benchStepTwo(baseUrl: string): Promise<StepTwoResult> {
  const municipality = largestMunicipality();
  const { client } = await signUp(baseUrl, { organisationName: 'Benchmark stap 2' });
  const created = await client.post('/plannen/nieuw', {
    title: `Benchmark ${municipality.name}`,
    municipality: municipality.code,
    areas: municipality.wijken.slice(0, 3),
    typedAreas: '',
  });
  const planId = /\/plannen\/([^/]+)\/stap\/1/.exec(created.headers.get('Location') ?? '')?.[1];
  if (planId === undefined) throw new Error(`plan not created (${created.status})`);
  await client.post(`/plannen/${planId}/stap/1`, {
    intent: 'antwoorden',
    learnWhat: 'benchmark',
    needFor: 'benchmark',
    ages: ['4-12'],
    circumstances: ['weinig-geld', 'nieuw-migratie'],
    targetNotes: '',
  });
  const page = `/plannen/${planId}/stap/2`;

  // Warm up: the first request loads modules and fills caches.
  for (let i = 0; i < 3; i += 1) await client.html(page);
  const times: number[] = [];
  let html = '';
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const response = await client.get(page);
    html = await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`step 2 answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  const outlineFile = path.join(REPO_ROOT, 'public/kaart/wijken', `${municipality.code}.json`);
  return {
    municipality: `${municipality.name} (${municipality.code})`,
    wijken: municipality.wijken.length,
    median_ms: percentile(times, 50),
    slowest_ms: times[times.length - 1] ?? Number.NaN,
    html_bytes: Buffer.byteLength(html),
    html_gzip_bytes: gzipSync(html).length,
    outline_bytes: statSync(outlineFile).size,
    outline_gzip_bytes: gzipSync(readFileSync(outlineFile)).length,
  };
}

type Target = { target: string; met: boolean; detail: string };

function targetsOf(
  pages: PageResult[],
  sqlite: ServerResult,
  firstLoadJs: Record<string, number>,
): Target[] {
  const sqlitePages = pages.filter((p) => p.database === 'sqlite');
  const slowest = (list: PageResult[], value: (p: PageResult) => number) =>
    list.map((p) => `${p.page} ${p.database} ${value(p).toFixed(1)}`).join(', ');
  const htmlPages = sqlitePages.filter((p) => p.html);
  const p95Missed = htmlPages.filter((p) => !(p.p95_ms < 50));
  const rpsMissed = pages.filter((p) => !(p.rps * 40 >= p.baseline_rps));
  const jsMissed = Object.entries(firstLoadJs).filter(([, bytes]) => !(bytes < 150 * 1024));
  return [
    {
      target: `p95 onder 50 ms bij ${RATE} verzoeken per seconde op SQLite (HTML-pagina's)`,
      met: p95Missed.length === 0,
      detail:
        p95Missed.length === 0
          ? 'alle pagina’s'
          : `te traag: ${slowest(p95Missed, (p) => p.p95_ms)} ms`,
    },
    {
      target: 'volgehouden rps minstens 1/40 van de basislijn',
      met: rpsMissed.length === 0,
      detail:
        rpsMissed.length === 0
          ? 'alle pagina’s'
          : `niet gehaald: ${rpsMissed.map((p) => `${p.page} ${p.database} 1/${Math.round(p.baseline_rps / p.rps)}`).join(', ')}`,
    },
    {
      target: 'JavaScript bij eerste laden onder 150 kB gzip per pagina',
      met: jsMissed.length === 0,
      detail:
        jsMissed.length === 0
          ? `grootste ${kb(Math.max(...Object.values(firstLoadJs)))}`
          : `te groot: ${jsMissed.map(([page, bytes]) => `${page} ${kb(bytes)}`).join(', ')}`,
    },
    {
      target: 'koude start onder 1,5 s',
      met: sqlite.cold_start_ms < 1500,
      detail: ms(sqlite.cold_start_ms),
    },
    {
      target: 'geheugen (piek-RSS) onder 150 MB',
      met: sqlite.peak_rss_mb < 150,
      detail: `${sqlite.peak_rss_mb.toFixed(1)} MB`,
    },
  ];
}

function printTable(pages: PageResult[]): void {
  const header = [
    'pagina'.padEnd(16),
    'database'.padEnd(9),
    'grootte'.padStart(9),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'bij r/s'.padStart(8),
    'rps'.padStart(7),
    'basis rps'.padStart(10),
    'deel'.padStart(7),
    'fout'.padStart(5),
  ].join(' ');
  console.log(`\n${header}`);
  for (const p of pages) {
    console.log(
      [
        p.page.padEnd(16),
        p.database.padEnd(9),
        kb(p.bytes).padStart(9),
        p.p50_ms.toFixed(1).padStart(8),
        p.p95_ms.toFixed(1).padStart(8),
        p.p99_ms.toFixed(1).padStart(8),
        String(Math.round(p.reached_rate)).padStart(8),
        String(Math.round(p.rps)).padStart(7),
        String(Math.round(p.baseline_rps)).padStart(10),
        `1/${Math.round(p.baseline_rps / p.rps)}`.padStart(7),
        String(p.failures).padStart(5),
      ].join(' '),
    );
  }
}

async function main(): Promise<void> {
  console.log('Bouwen…');
  build();
  const kinds: DatabaseKind[] = [];
  if (ONLY_DATABASES === undefined || ONLY_DATABASES.includes('sqlite')) kinds.push('sqlite');
  if (ONLY_DATABASES === undefined || ONLY_DATABASES.includes('postgres')) {
    if (testPostgresUrl()) kinds.push('postgres');
    else console.log('PostgreSQL overgeslagen: zet TEST_DATABASE_URL.');
  }

  const pages: PageResult[] = [];
  const servers: Partial<Record<DatabaseKind, ServerResult>> = {};
  let firstLoadJs: Record<string, number> = {};
  let stepTwo: StepTwoResult | undefined;
  for (const kind of kinds) {
    const result = await benchDatabase(kind);
    pages.push(...result.pages);
    servers[kind] = result.server;
    if (kind === kinds[0]) firstLoadJs = result.firstLoadJs;
    stepTwo ??= result.stepTwo;
  }
  // The overall figures come from SQLite, the default database (PostgreSQL's are beside it).
  const sqlite = servers[kinds[0] as DatabaseKind] as ServerResult;

  printTable(pages);
  console.log('');
  for (const kind of kinds) {
    const s = servers[kind] as ServerResult;
    console.log(
      `${kind}: koude start ${ms(s.cold_start_ms)}, piek-RSS ${s.peak_rss_mb.toFixed(1)} MB, ` +
        `overzichtskaart-PDF ${ms(s.overzichtskaart_pdf_ms)}`,
    );
  }
  console.log(
    `JavaScript bij eerste laden (gzip): ${Object.entries(firstLoadJs)
      .map(([page, bytes]) => `${page} ${kb(bytes)}`)
      .join(', ')}`,
  );
  if (stepTwo) {
    console.log(
      `stap 2, ${stepTwo.municipality}, ${stepTwo.wijken} wijken, ${RUNS} verzoeken na elkaar: ` +
        `mediaan ${ms(stepTwo.median_ms)}, traagste ${ms(stepTwo.slowest_ms)}, ` +
        `HTML ${kb(stepTwo.html_bytes)} (${kb(stepTwo.html_gzip_bytes)} gzip), ` +
        `wijkgrenzen ${kb(stepTwo.outline_bytes)} (${kb(stepTwo.outline_gzip_bytes)} gzip)`,
    );
  }

  const targets = targetsOf(pages, sqlite, firstLoadJs);
  console.log('\nDoelen:');
  for (const t of targets) {
    console.log(`  ${t.met ? 'gehaald     ' : 'NIET gehaald'}  ${t.target}: ${t.detail}`);
  }

  const results = {
    measuredAt: new Date().toISOString(),
    settings: { seconds: SECONDS, rate: RATE, connections: CONNECTIONS, fill: FILL },
    pages,
    overall: {
      cold_start_ms: sqlite.cold_start_ms,
      peak_rss_mb: sqlite.peak_rss_mb,
      first_load_js_gzip_bytes: firstLoadJs,
      overzichtskaart_pdf_ms: sqlite.overzichtskaart_pdf_ms,
    },
    servers,
    step2: stepTwo ?? null,
    targets,
  };
  writeFileSync(
    path.join(REPO_ROOT, 'bench-results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log('\nGeschreven: bench-results.json');
}

await main();
