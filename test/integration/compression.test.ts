import { request, type Server } from 'node:http';
import { createGunzip, gunzipSync } from 'node:zlib';
import { writeReadableStreamToWritable } from '@react-router/node';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAnswers, sizeAndBatchAnswers } from '../../server-compression.ts';
import { type AppServer, startAppServer } from '../support/app-server.ts';
import { signUp, type TestClient } from '../support/http.ts';
import { testDatabaseKind } from '../support/runtime.ts';

// Response compression in server.js (the `compression` package). fetch() always asks for gzip
// and unpacks the answer itself, so these tests use node:http: they choose the request headers
// and see the bytes as they travel.

type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The body as it arrived: one buffer per chunk. */
  chunks: Buffer[];
};

function rawGet(url: URL, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
          chunks,
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`response compression (${testDatabaseKind()})`, () => {
  let app: AppServer;
  let client: TestClient;
  let stepTwo: URL;

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
    ({ client } = await signUp(app.baseUrl));
    // Amsterdam has the most wijken: its step 2 is the largest page.
    const created = await client.post('/plannen/nieuw', {
      title: 'Samen in Amsterdam',
      municipality: 'GM0363',
      areas: ['WK0363AA', 'WK0363AB'],
      typedAreas: '',
    });
    const planId = /\/plannen\/([^/]+)\/stap\/1/.exec(created.headers.get('Location') ?? '')?.[1];
    if (planId === undefined) throw new Error(`plan not created: ${created.status}`);
    stepTwo = new URL(`/plannen/${planId}/stap/2`, app.baseUrl);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('sends a page gzipped when the browser asks, the same page as without', async () => {
    const cookie = client.cookieHeader();
    const zipped = await rawGet(stepTwo, { Cookie: cookie, 'Accept-Encoding': 'gzip' });
    const plain = await rawGet(stepTwo, { Cookie: cookie });

    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    const unpacked = gunzipSync(zipped.body).toString('utf8');
    expect(unpacked).toMatch(/^<!DOCTYPE html>/i);
    expect(unpacked).toContain('Haarlemmerbuurt');
    // Far smaller on the way.
    expect(zipped.body.length).toBeLessThan(unpacked.length / 4);

    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const text = plain.body.toString('utf8');
    expect(text).toMatch(/^<!DOCTYPE html>/i);
    expect(text).toContain('Haarlemmerbuurt');
    expect(text.length).toBe(unpacked.length);
  });

  it('compresses the wijk outlines the map loads, and leaves small answers and PDFs alone', async () => {
    const outlines = await rawGet(new URL('/kaart/wijken/GM0363.json', app.baseUrl), {
      'Accept-Encoding': 'gzip',
    });
    expect(outlines.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(outlines.body).toString('utf8')).features).toHaveLength(110);

    // React Router sends its answers as a stream; a small one still goes as it is, with its size.
    const health = await rawGet(new URL('/health', app.baseUrl), { 'Accept-Encoding': 'gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers['content-length']).toBe(String(health.body.length));
    expect(JSON.parse(health.body.toString('utf8'))).toMatchObject({ status: 'ok' });

    const pdf = await rawGet(
      new URL(stepTwo.pathname.replace('stap/2', 'overzichtskaart.pdf'), app.baseUrl),
      {
        Cookie: client.cookieHeader(),
        'Accept-Encoding': 'gzip',
      },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('compression and streaming (the middleware of server.js)', () => {
  let server: Server;
  let baseUrl: string;
  let sendRest: () => void = () => {};

  beforeAll(async () => {
    const app = express();
    app.use(compressAnswers());
    app.get('/stream', sizeAndBatchAnswers, async (_req, res) => {
      // As React Router sends a page whose end comes later (a deferred part): the start first.
      let rest: () => void = () => {};
      const later = new Promise<void>((resolve) => {
        rest = resolve;
      });
      sendRest = rest;
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode(`<!DOCTYPE html><p>Begin</p>${'x'.repeat(2000)}`));
          await later;
          controller.enqueue(encoder.encode('<p>Einde</p>'));
          controller.close();
        },
      });
      res.type('html');
      await writeReadableStreamToWritable(body, res);
    });
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the start of a streamed page, gzipped, before the rest exists', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(new URL('/stream', baseUrl), { headers: { 'Accept-Encoding': 'gzip' } });
      req.on('response', (response) => {
        expect(response.headers['content-encoding']).toBe('gzip');
        const unpacked = response.pipe(createGunzip());
        let seen = '';
        unpacked.on('data', (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          // The rest is only made once the start has arrived and unpacked: without streaming
          // the page would never finish and the test would time out.
          if (seen.includes('Begin') && !seen.includes('Einde')) sendRest();
        });
        unpacked.on('end', () => resolve(seen));
        unpacked.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    expect(text).toMatch(/^<!DOCTYPE html><p>Begin<\/p>x+<p>Einde<\/p>$/);
  }, 5_000);
});
