// `npm run weekly-mail`: runs this week's weekly e-mail job now (see
// app/features/teams/weekly-mail.server.ts) unless an app process already ran it this week.
// The job uses the server build (its code imports with `~/`), so `npm run build` comes first.
// Plain Node (type stripping): only erasable TypeScript.

import { existsSync } from 'node:fs';

process.env.LOG_LEVEL ??= 'error';
process.env.NODE_ENV ||= 'production';

const buildPath = new URL('../build/server/index.js', import.meta.url);
if (!existsSync(buildPath)) {
  console.error('Er is nog geen build. Voer eerst npm run build uit.');
  process.exit(1);
}
const build = await import(buildPath.href);
const entry = build.entry.module;
try {
  const result = await entry.runWeeklyMail();
  if (result.ran) {
    console.log(`Mensen met iets te doen: ${result.members}`);
    console.log(`Verstuurd: ${result.sent}`);
    console.log(`Niet verstuurd (mailserver): ${result.failed}`);
  } else if (result.reason === 'geen-smtp') {
    console.log('Er is geen mailserver ingesteld (SMTP_URL). Er is niets verstuurd.');
  } else if (result.reason === 'te-vroeg') {
    console.log('Het is maandag voor 7 uur. De weekmail gaat later vandaag.');
  } else {
    console.log('De weekmail van deze week is al verstuurd. Er is niets gedaan.');
  }
} finally {
  await entry.shutdown();
}
