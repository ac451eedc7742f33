import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestPostgresDatabase } from './postgres.ts';
import type { TestDatabaseKind } from './runtime.ts';

export type AppServer = {
  baseUrl: string;
  dataDir: string;
  /** The PostgreSQL database of this server (unset with SQLite), for tests that count rows. */
  databaseUrl: string | undefined;
  /**
   * Stops the server with SIGTERM, as a process manager would; resolves to its exit code.
   * `afterExit` runs once the process has exited, before its database and folder are removed.
   */
  stop: (options?: { afterExit?: () => Promise<void> | void }) => Promise<number | null>;
};

export async function freePort(): Promise<number> {
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

/**
 * Starts the production build (`node server.js`, built by the test command) on a free port with
 * a database of its own. Used by the HTTP integration tests and the browser tests.
 */
export async function startAppServer(
  options: {
    kind?: TestDatabaseKind;
    env?: Record<string, string>;
    /** A second app process on the same database (and data folder) as this running server. */
    shareDatabaseWith?: AppServer;
    /** A port chosen beforehand (a fake provider needs the app's address before it starts). */
    port?: number;
  } = {},
): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const shared = options.shareDatabaseWith;
  const ownDataDir = shared ? undefined : mkdtempSync(path.join(tmpdir(), 'oidw-app-'));
  const dataDir = shared?.dataDir ?? ownDataDir ?? '';
  const pgDatabase =
    options.kind === 'postgres' && !shared ? await createTestPostgresDatabase() : undefined;
  const databaseUrl = shared ? shared.databaseUrl : pgDatabase?.url;
  const child: ChildProcess = spawn(process.execPath, ['server.js'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      BASE_URL: baseUrl,
      DATA_DIR: dataDir,
      RATE_LIMIT: 'off',
      BETTER_AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
      // Tests never reach the network: without a fake PDOK of the test's own, look-ups and map
      // tiles go to a closed port on this machine (the app then says the service is down).
      PDOK_LOCATIESERVER_URL: 'http://127.0.0.1:9/pdok-niet-bereikbaar',
      PDOK_TILES_URL: 'http://127.0.0.1:9/tegels/{z}/{x}/{y}.png',
      DATABASE_URL: databaseUrl ?? '',
      ...options.env,
    },
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
    if (child.exitCode !== null) throw new Error(`App server stopped:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`App server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    dataDir,
    databaseUrl,
    stop: async (options) => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      try {
        await options?.afterExit?.();
      } finally {
        await pgDatabase?.drop();
        if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
      }
      return child.exitCode;
    },
  };
}
