// `npm run restore -- file`: puts a backup made with `npm run backup` back as the embedded
// database. Stop the app first: pages that are open would otherwise mix old and new data.
// Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.
import path from 'node:path';

process.env.LOG_LEVEL ??= 'error';

const { getConfig } = await import('../app/lib/config.server.ts');
const { BackupError, checkSqliteBackup, restoreSqlite } = await import(
  '../app/lib/db/backup.server.ts'
);

const config = getConfig();
if (config.databaseUrl) {
  console.error(
    'De app gebruikt PostgreSQL (DATABASE_URL). Zet een back-up terug met pg_restore, zie de README.',
  );
  process.exit(1);
}
if (!process.argv[2]) {
  console.error('Geef de back-up op: npm run restore -- pad/naar/back-up.sqlite');
  process.exit(1);
}

const file = path.resolve(process.argv[2]);
try {
  await restoreSqlite({ dataDir: config.dataDir, file });
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const check = checkSqliteBackup(file);
console.log(`Teruggezet: ${file} → ${config.dataDir}`);
if (check.ok) console.log(`Plannen: ${check.plans}`);
