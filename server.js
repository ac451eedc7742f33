// Production server: static assets from build/client, everything else through React Router.
// Migrations run when the first request (or the warm-up below) opens the database.
import { randomUUID } from 'node:crypto';

// `npm start` and `npm run serve` run the production build: never development error output.
// Set before React is loaded (hence the imports below, not at the top): React picks its build
// when it is first imported, and two builds in one process break rendering.
process.env.NODE_ENV ||= 'production';
const { createRequestHandler } = await import('@react-router/express');
const { compressAnswers, sizeAndBatchAnswers } = await import('./server-compression.ts');
const { default: express } = await import('express');

const build = await import('./build/server/index.js');
const entry = build.entry.module;
const port = Number(process.env.PORT ?? 3000);
const publicOrigin = new URL(process.env.BASE_URL ?? `http://localhost:${port}`).origin;
const app = express();

app.disable('x-powered-by');
// Behind a reverse proxy set TRUST_PROXY (for example "loopback" or "1"), so that the client's
// address comes from X-Forwarded-For. Otherwise that header is the client's own word and is
// replaced: the sign-in rate limit counts per real address.
app.set('trust proxy', process.env.TRUST_PROXY ?? false);
app.use((req, _res, next) => {
  req.headers['x-forwarded-for'] = req.ip ?? req.socket.remoteAddress ?? '';
  next();
});
// X-Content-Type-Options, Referrer-Policy, X-Frame-Options, Permissions-Policy and (behind
// HTTPS) Strict-Transport-Security on every answer; pages add their own content security policy.
const securityHeaders = entry.securityHeaders();
app.use((_req, res, next) => {
  res.set(securityHeaders);
  next();
});
let stopping = false;
app.use((req, res, next) => {
  const started = performance.now();
  const requestId = req.get('x-request-id') ?? randomUUID();
  res.setHeader('X-Request-Id', requestId);
  res.on('finish', () => {
    entry.logger?.info({
      requestId,
      method: req.method,
      path: req.path,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    });
    // While stopping, a kept-alive connection would hold the exit back until it times out.
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
  if (stopping) res.setHeader('Connection', 'close');
  next();
});
// Compressed for clients that ask, small answers as they are (server-compression.ts).
app.use(compressAnswers());
app.use(
  '/assets',
  express.static('build/client/assets', { immutable: true, maxAge: '1y', index: false }),
);
app.use(express.static('build/client', { maxAge: '1h', index: false }));
// No request body larger than an import may be (the import route answers that one itself).
const MAX_BODY_BYTES = 11 * 1024 * 1024;
app.use((req, res, next) => {
  if (
    Number(req.get('content-length') ?? 0) > MAX_BODY_BYTES &&
    !req.path.startsWith('/plannen/import')
  ) {
    sendErrorPage(
      res,
      413,
      'Te groot',
      'Wat je stuurde is te groot. Probeer het met minder tekst.',
    );
    return;
  }
  next();
});
// Pages take only what a browser form sends; JSON goes to /api/ alone. Anything else would reach
// an action as something it cannot read.
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;
app.use((req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.path.startsWith('/api/')) {
    next();
    return;
  }
  const origin = req.get('origin');
  if (origin && origin !== publicOrigin && origin !== `${req.protocol}://${req.get('host')}`) {
    sendErrorPage(res, 403, 'Niet toegestaan', 'Dit formulier kwam van een andere website.');
    return;
  }
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding');
  if (hasBody && !FORM_TYPES.test(req.get('content-type') ?? '')) {
    sendErrorPage(
      res,
      415,
      'Niet gelukt',
      'Dit formulier kunnen we niet lezen. Probeer het opnieuw.',
    );
    return;
  }
  next();
});
app.all('/{*splat}', sizeAndBatchAnswers, createRequestHandler({ build }));
// What goes wrong before React Router (a broken %-code in an address, say) gets our own page,
// never Express's page with a stack trace.
app.use((error, req, res, _next) => {
  const status = Number(error?.status ?? error?.statusCode ?? 500);
  if (status >= 500) entry.logger?.error({ err: error, path: req.path }, 'unexpected error');
  if (res.headersSent) {
    res.end();
    return;
  }
  if (status >= 400 && status < 500) {
    sendErrorPage(res, status, 'Niet gevonden', 'Dit adres klopt niet. Ga terug naar je plannen.');
  } else {
    sendErrorPage(res, 500, 'Er ging iets mis', 'Probeer het later nog eens.');
  }
});

await entry.warmUp?.();
// The retention job (and any later scheduled job): every process checks, one does the work.
const stopScheduledJobs = entry.startScheduledJobs?.();
const server = app.listen(port, () => {
  console.log(`Ouders in de wijk draait op ${process.env.BASE_URL ?? `http://localhost:${port}`}`);
});

// SIGTERM: take no new connections, let the requests under way finish, close the database, exit 0.
// A request that hangs longer than the grace period is not waited for.
const SHUTDOWN_GRACE_MS = 10_000;
function shutdown() {
  if (stopping) return;
  stopping = true;
  stopScheduledJobs?.();
  server.close(async () => {
    await entry.shutdown?.();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

/** A small Dutch page for answers given before React Router renders one. */
function sendErrorPage(res, status, title, text) {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .set('Content-Security-Policy', entry.PLAIN_PAGE_POLICY)
    .type('html')
    .send(`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Ouders in de wijk</title>
<style>body{font-family:"Noto Sans",Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b4f8c}</style>
</head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/plannen">Naar je plannen</a></p></main></body></html>`);
}
