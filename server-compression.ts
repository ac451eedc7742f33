// Response compression for server.js (and its test): the `compression` package, plus a small
// step that lets its size threshold see React Router's answers. Plain Node runs this file (type
// stripping): only erasable TypeScript, imports with their extension.
import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Answers smaller than this are sent as they are: compressing them saves nothing. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Compresses what is worth it (pages, data, CSS, JavaScript, JSON, the wijk outlines; never PDFs
 * or spreadsheets, which are compressed already) for clients that ask. Streaming keeps working:
 * React Router flushes after every chunk it writes, and `compression` passes that on.
 */
export function compressAnswers(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD });
}

type Chunk = Uint8Array | string;

/**
 * Two things `compression` cannot do alone with React Router, which writes every answer as a
 * stream without Content-Length and flushes after every chunk (a few kB each):
 * - Size: the first chunk is held back for one turn of the event loop. When the answer ends in
 *   that time (all of it was there at once) it gets its Content-Length and the threshold applies
 *   (a tiny JSON answer stays plain); otherwise the chunk goes out and streaming goes on.
 * - Flushes: the flushes of chunks written in one go become one flush a turn later. Each flush
 *   ends a gzip block; one per chunk made a long page a third larger and slower to compress.
 *   What is written later (a deferred part of a page) still goes out as soon as it is there.
 * Use it after `compressAnswers()`, in front of the React Router handler.
 */
export function sizeAndBatchAnswers(_req: Request, res: Response, next: NextFunction): void {
  const write = res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk) => Response;
  const flush = (res as Response & { flush?: () => void }).flush?.bind(res);
  let first = true;
  let held: Buffer | undefined;
  let timer: NodeJS.Immediate | undefined;

  const release = () => {
    if (timer) clearImmediate(timer);
    timer = undefined;
    if (held === undefined) return;
    const chunk = held;
    held = undefined;
    if (res.destroyed) return;
    write(chunk);
    flush?.();
  };
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
    typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk);

  res.write = ((chunk: Chunk, encoding?: BufferEncoding | (() => void)) => {
    const enc = typeof encoding === 'string' ? encoding : undefined;
    if (first && !res.headersSent && !res.hasHeader('Content-Length')) {
      first = false;
      held = toBuffer(chunk, enc);
      timer = setImmediate(release);
      return true;
    }
    first = false;
    release();
    return write(chunk, enc);
  }) as Response['write'];

  let flushTimer: NodeJS.Immediate | undefined;
  const flushNow = () => {
    flushTimer = undefined;
    if (!res.destroyed && !res.writableEnded) flush?.();
  };
  (res as Response & { flush?: () => void }).flush = () => {
    // A held chunk goes out with its flush when it is released.
    if (held === undefined && flushTimer === undefined) flushTimer = setImmediate(flushNow);
  };

  res.end = ((chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void)) => {
    const last = typeof chunk === 'function' ? undefined : chunk;
    // The end flushes everything.
    if (flushTimer) clearImmediate(flushTimer);
    flushTimer = undefined;
    if (held !== undefined) {
      if (timer) clearImmediate(timer);
      const whole =
        last === undefined
          ? held
          : Buffer.concat([
              held,
              toBuffer(last, typeof encoding === 'string' ? encoding : undefined),
            ]);
      held = undefined;
      if (!res.headersSent) res.setHeader('Content-Length', String(whole.length));
      return end(whole);
    }
    return last === undefined
      ? end()
      : end(toBuffer(last, typeof encoding === 'string' ? encoding : undefined));
  }) as Response['end'];

  next();
}
