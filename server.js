// Production server: static assets from build/client, everything else through React Router.
// Migrations run when the first request (or the warm-up below) opens the database.
import { randomUUID } from 'node:crypto';
import { createRequestHandler } from '@react-router/express';
import express from 'express';

const build = await import('./build/server/index.js');
const entry = build.entry.module;
const port = Number(process.env.PORT ?? 3000);
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
    res.status(413).type('text/plain; charset=utf-8').send('Dit verzoek is te groot.');
    return;
  }
  next();
});
app.all('/{*splat}', createRequestHandler({ build }));

await entry.warmUp?.();
const server = app.listen(port, () => {
  console.log(`Ouders in de wijk draait op ${process.env.BASE_URL ?? `http://localhost:${port}`}`);
});

// SIGTERM: take no new connections, let the requests under way finish, close the database, exit 0.
// A request that hangs longer than the grace period is not waited for.
const SHUTDOWN_GRACE_MS = 10_000;
function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close(async () => {
    await entry.shutdown?.();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
