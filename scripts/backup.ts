// `npm run backup [-- file]`: a consistent copy of the embedded SQLite database, also while the app
// runs. Without a file name the copy goes to DATA_DIR/backups/ with the date and time in its name.
// Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.
import path from 'node:path';

process.env.LOG_LEVEL ??= 'error';

const { getConfig } = await import('../app/lib/config.server.ts');
const { BackupError, backupSqlite, checkSqliteBackup } = await import(
  '../app/lib/db/backup.server.ts'
);

const config = getConfig();
if (config.databaseUrl) {
  console.error(
    'De app gebruikt PostgreSQL (DATABASE_URL). Maak een back-up met pg_dump, zie de README.',
  );
  process.exit(1);
}

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const file = path.resolve(
  process.argv[2] ?? path.join(config.dataDir, 'backups', `ouders-in-de-wijk-${stamp}.sqlite`),
);
try {
  await backupSqlite({ dataDir: config.dataDir, file });
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const check = checkSqliteBackup(file);
console.log(`Back-up gemaakt: ${file}`);
if (check.ok) console.log(`Plannen in de back-up: ${check.plans}`);
