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
  });
  next();
});
app.use(
  '/assets',
  express.static('build/client/assets', { immutable: true, maxAge: '1y', index: false }),
);
app.use(express.static('build/client', { maxAge: '1h', index: false }));
app.all('/{*splat}', createRequestHandler({ build }));

await entry.warmUp?.();
const server = app.listen(port, () => {
  console.log(`Ouders in de wijk draait op ${process.env.BASE_URL ?? `http://localhost:${port}`}`);
});

function shutdown() {
  server.close(async () => {
    await entry.shutdown?.();
    process.exit(0);
  });
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
