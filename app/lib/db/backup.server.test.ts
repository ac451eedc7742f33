import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.server.ts';
import { startRuntime } from '../runtime.server.ts';
import { checkSqliteBackup } from './backup.server.ts';
import { sqliteFile } from './database.server.ts';

// Another process keeps writing plans, each with its area in one transaction, numbered 1, 2, 3…
// A consistent backup holds plans 1..n with no gaps and never a plan without its area.
const WRITER = `
const SQLite = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const db = new SQLite(process.argv[1]);
db.pragma('busy_timeout = 5000');
const plan = db.prepare("insert into plan (id, organisation_id, title, municipality_code, municipality_name, created_at, updated_at) values (?, 'org', ?, 'GM0344', 'Utrecht', 'now', 'now')");
const area = db.prepare("insert into plan_area (id, plan_id, organisation_id, kind, name, created_at) values (?, ?, 'org', 'wijk', 'Overvecht', 'now')");
const write = db.transaction((n) => { plan.run('p' + n, String(n)); area.run('a' + n, 'p' + n); });
let n = 0;
setInterval(() => { for (let i = 0; i < 20; i++) write(++n); process.stdout.write(n + '\\n'); }, 2);
`;

function runScript(script: string, args: string[], dataDir: string) {
  return spawnSync(process.execPath, [path.join('scripts', script), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

function planNumbers(file: string): { numbers: number[]; withoutArea: number } {
  const db = new SQLite(file, { readonly: true });
  try {
    const numbers = (db.prepare('select title from plan').all() as { title: string }[])
      .map((row) => Number(row.title))
      .sort((a, b) => a - b);
    const { withoutArea } = db
      .prepare(
        'select count(*) as withoutArea from plan where not exists (select 1 from plan_area where plan_id = plan.id)',
      )
      .get() as { withoutArea: number };
    return { numbers, withoutArea };
  } finally {
    db.close();
  }
}

describe('npm run backup and npm run restore (SQLite)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'oidw-backup-'));
  const backupFile = path.join(dataDir, 'kopie', 'backup.sqlite');
  let writer: ChildProcess | undefined;
  let written = 0;

  beforeAll(async () => {
    const runtime = await startRuntime(
      readConfig({ DATA_DIR: dataDir, BETTER_AUTH_SECRET: 'x'.repeat(40) }),
    );
    await runtime.database.close();
  });

  afterAll(() => {
    writer?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies a consistent database while another process keeps writing', async () => {
    const child = spawn(process.execPath, ['-e', WRITER, sqliteFile(dataDir)]);
    writer = child;
    child.stdout?.on('data', (chunk: Buffer) => {
      written = Number(chunk.toString().trim().split('\n').pop());
    });
    await waitFor(() => written >= 2_000);

    const result = runScript('backup.ts', [backupFile], dataDir);
    const afterBackup = written;
    await waitFor(() => written >= afterBackup + 500);
    child.kill('SIGKILL');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Back-up gemaakt: ${backupFile}`);
    expect(checkSqliteBackup(backupFile).ok).toBe(true);
    const { numbers, withoutArea } = planNumbers(backupFile);
    expect(numbers.length).toBeGreaterThanOrEqual(2_000);
    expect(numbers.length).toBeLessThan(written);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(withoutArea).toBe(0);
  });

  it('puts the backup back over the database, whole', () => {
    const inBackup = planNumbers(backupFile).numbers.length;
    expect(planNumbers(sqliteFile(dataDir)).numbers.length).toBeGreaterThan(inBackup);

    const result = runScript('restore.ts', [backupFile], dataDir);

    expect(result.status).toBe(0);
    const live = new SQLite(sqliteFile(dataDir));
    try {
      expect(live.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(live.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      live.close();
    }
    expect(planNumbers(sqliteFile(dataDir)).numbers).toHaveLength(inBackup);
  });

  it('refuses to restore a file that is not a backup, and changes nothing', () => {
    const before = planNumbers(sqliteFile(dataDir)).numbers.length;
    const notABackup = path.join(dataDir, 'notities.txt');
    writeFileSync(notABackup, 'geen database');

    const result = runScript('restore.ts', [notABackup], dataDir);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Deze kopie kan niet terug: dit is geen SQLite-database.');
    expect(planNumbers(sqliteFile(dataDir)).numbers).toHaveLength(before);
  });

  it('never overwrites an existing file with a backup', () => {
    const result = runScript('backup.ts', [backupFile], dataDir);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bestaat al');
  });
});

async function waitFor(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
