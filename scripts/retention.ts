// `npm run retention`: runs today's retention job now (see app/features/privacy/retention.server.ts)
// unless an app process already ran it today. Prints what was removed.
// Plain Node (type stripping): only erasable TypeScript, imports with `.ts`.

process.env.LOG_LEVEL ??= 'error';

const { getConfig } = await import('../app/lib/config.server.ts');
const { startRuntime } = await import('../app/lib/runtime.server.ts');
const { runRetentionJob } = await import('../app/features/privacy/retention.server.ts');

const runtime = await startRuntime(getConfig());
try {
  const result = await runRetentionJob(runtime.database.db);
  if (!result.ran) {
    console.log('De bewaartermijn is vandaag al gecontroleerd. Er is niets gedaan.');
  } else {
    console.log(`Organisaties: ${result.organisations}`);
    console.log(`Plannen: ${result.plans}`);
    console.log(`Gewiste namen en teksten: ${result.texts}`);
    console.log(`Plekken zonder contactpersoon: ${result.places}`);
    console.log(`Verwijderde personen: ${result.persons}`);
  }
} finally {
  await runtime.database.close();
}

export {};
