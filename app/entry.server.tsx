import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import type { EntryContext } from 'react-router';
import { ServerRouter } from 'react-router';
import { getConfig } from './lib/config.server';
import { logger } from './lib/logger.server';
import { getRuntime, stopRuntime } from './lib/runtime.server';
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  PLAIN_PAGE_POLICY,
} from './lib/security-headers.server';

export { logger };

/** For server.js: the headers of every answer and the policy of its own small error pages. */
export function securityHeaders(): Record<string, string> {
  return baseSecurityHeaders(getConfig());
}
export { PLAIN_PAGE_POLICY };

/** Opens the database and runs migrations before the first request. */
export async function warmUp(): Promise<void> {
  await getRuntime();
}

export { startScheduledJobs } from './features/privacy/scheduler.server';

/** For `npm run weekly-mail`: this week's weekly mail job, unless a process already ran it. */
export async function runWeeklyMail() {
  const { runWeeklyMailJob } = await import('./features/teams/weekly-mail.server');
  return runWeeklyMailJob((await getRuntime()).database);
}

export async function shutdown(): Promise<void> {
  await stopRuntime();
}

export const streamTimeout = 10_000;

// Pages hold personal data of contact persons: never keep them in a cache, so that the back
// button after signing out on a shared computer shows nothing.
function noStore(headers: Headers): void {
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
}

export function handleDataRequest(response: Response): Response {
  noStore(response.headers);
  return response;
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  logger.error({ err: error, path: new URL(request.url).pathname }, 'unexpected error');
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  // React Router hands the nonce on to <Scripts> and <ScrollRestoration> itself.
  const nonce = createNonce();
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const waitForAll = isbot(request.headers.get('user-agent') ?? '') || routerContext.isSpaMode;
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        [waitForAll ? 'onAllReady' : 'onShellReady']() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          noStore(responseHeaders);
          // The other security headers come from server.js, for every answer.
          responseHeaders.set(
            'Content-Security-Policy',
            contentSecurityPolicy(getConfig(), {
              nonce,
              development: process.env.NODE_ENV === 'development',
            }),
          );
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          if (shellRendered) logger.error({ err: error }, 'render error');
          responseStatusCode = 500;
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
