// The benchmark (`npm run bench`): builds the app, starts the production server on SQLite in a
// fresh data folder and prints figures. It asserts nothing: these machines are shared and noisy,
// so compare figures measured in the same run. Later issues add their own measurements here.
//
// Measured now:
// - step 2 (figures table, ranking, map data) for the municipality with the most wijken in the
//   bundled data: time per request (median and slowest of a series) and bytes sent (HTML, and the
//   wijk outline file the map loads).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RegionData } from '../app/features/regions/regions.server.ts';
import { startAppServer } from '../test/support/app-server.ts';
import { signUp } from '../test/support/http.ts';
import { REPO_ROOT } from './build-region-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

function build(): void {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function largestMunicipality(): { code: string; name: string; wijken: string[] } {
  const regions = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'app/features/regions/regions.json'), 'utf8'),
  ) as RegionData;
  const largest = [...regions.municipalities].sort((a, b) => b.wijken.length - a.wijken.length)[0];
  if (largest === undefined) throw new Error('no municipalities');
  return { code: largest.code, name: largest.name, wijken: largest.wijken.map((w) => w.code) };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function benchStepTwo(baseUrl: string): Promise<void> {
  const municipality = largestMunicipality();
  const { client } = await signUp(baseUrl, { organisationName: 'Benchmark' });
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
  let bytes = 0;
  let html = '';
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const response = await client.get(page);
    html = await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`step 2 answered ${response.status}`);
    bytes = Buffer.byteLength(html);
  }
  times.sort((a, b) => a - b);
  const outline = statSync(
    path.join(REPO_ROOT, 'public/kaart/wijken', `${municipality.code}.json`),
  );
  const outlineText = readFileSync(
    path.join(REPO_ROOT, 'public/kaart/wijken', `${municipality.code}.json`),
  );

  console.log(
    `step 2, ${municipality.name} (${municipality.code}, ${municipality.wijken.length} wijken), ${RUNS} requests:`,
  );
  console.log(
    `  time per request: median ${ms(times[Math.floor(times.length / 2)] ?? 0)}, slowest ${ms(times[times.length - 1] ?? 0)}`,
  );
  console.log(`  HTML sent: ${kb(bytes)} (${kb(gzipSync(html).length)} gzipped)`);
  console.log(
    `  wijk outlines for the map: ${kb(outline.size)} (${kb(gzipSync(outlineText).length)} gzipped)`,
  );
}

async function main(): Promise<void> {
  console.log('Building…');
  build();
  const app = await startAppServer({ kind: 'sqlite' });
  try {
    await benchStepTwo(app.baseUrl);
  } finally {
    await app.stop();
  }
}

await main();
