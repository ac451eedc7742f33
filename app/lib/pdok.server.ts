// The one adapter for the PDOK Locatieserver (free, suggest, lookup). Every call goes through
// `request`: a base URL from the configuration, a short timeout per attempt, one retry with
// back-off, a cache of answers, and a limit on requests per second for this process.
//
// A failure (no connection, timeout, an HTTP error, an answer that is not the documented JSON)
// becomes a `PdokUnavailableError`; callers turn that into a message and never lose the user's work.

export type PdokDoc = {
  id: string;
  type: string;
  weergavenaam?: string;
  straatnaam?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  huis_nlt?: string;
  postcode?: string;
  woonplaatsnaam?: string;
  gemeentenaam?: string;
  gemeentecode?: string;
  wijkcode?: string;
  wijknaam?: string;
  buurtcode?: string;
  buurtnaam?: string;
  centroide_ll?: string;
  score?: number;
};

export type PdokResponse = {
  response: { numFound: number; start: number; docs: PdokDoc[] };
};

export class PdokUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'network' | 'http' | 'invalid',
  ) {
    super(message);
    this.name = 'PdokUnavailableError';
  }
}

export type PdokOptions = {
  /** Up to and including `/search/v3_1`. */
  baseUrl: string;
  /** Milliseconds per attempt. */
  timeoutMs?: number;
  /** Attempts after the first, for a timeout, a lost connection or a 5xx answer. */
  retries?: number;
  /** Milliseconds before the first retry; doubled for each next one. */
  backoffMs?: number;
  /** Requests per second this process sends at most. */
  perSecond?: number;
  /** Answers kept, and for how long. */
  cacheSize?: number;
  cacheMs?: number;
  /** An answer without results is kept shorter: the address may be added or PDOK fixed. */
  emptyCacheMs?: number;
};

/** The fields the app uses, so answers stay small. */
export const PDOK_FIELDS = [
  'id',
  'type',
  'weergavenaam',
  'straatnaam',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'huis_nlt',
  'postcode',
  'woonplaatsnaam',
  'gemeentenaam',
  'gemeentecode',
  'wijkcode',
  'wijknaam',
  'buurtcode',
  'buurtnaam',
  'centroide_ll',
  'score',
].join(',');

export class PdokLocatieserver {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly intervalMs: number;
  private readonly cacheSize: number;
  private readonly cacheMs: number;
  private readonly emptyCacheMs: number;
  private readonly cache = new Map<string, { at: number; value: PdokResponse }>();
  private nextSlot = 0;

  constructor(options: PdokOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 1500;
    this.retries = options.retries ?? 1;
    this.backoffMs = options.backoffMs ?? 200;
    this.intervalMs = 1000 / (options.perSecond ?? 10);
    this.cacheSize = options.cacheSize ?? 1000;
    this.cacheMs = options.cacheMs ?? 24 * 60 * 60 * 1000;
    this.emptyCacheMs = options.emptyCacheMs ?? 5 * 60 * 1000;
  }

  /** Classic geocoding: `q` free text, `fq` filters (field:value). */
  free(params: { q: string; fq?: string[]; rows?: number }): Promise<PdokResponse> {
    return this.request('free', {
      q: params.q,
      fq: params.fq ?? [],
      fl: PDOK_FIELDS,
      rows: String(params.rows ?? 10),
    });
  }

  /** Suggestions while typing: small documents (id, type, weergavenaam). */
  suggest(params: { q: string; fq?: string[]; rows?: number }): Promise<PdokResponse> {
    return this.request('suggest', {
      q: params.q,
      fq: params.fq ?? [],
      rows: String(params.rows ?? 7),
    });
  }

  /** All fields of one object, by the id a suggestion gave. */
  lookup(id: string): Promise<PdokResponse> {
    return this.request('lookup', { id, fl: PDOK_FIELDS });
  }

  /** The URL of a request, as sent (tests check the query the adapter builds). */
  url(endpoint: string, params: Record<string, string | string[]>): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
    }
    return `${this.baseUrl}/${endpoint}?${search.toString()}`;
  }

  private async request(
    endpoint: 'free' | 'suggest' | 'lookup',
    params: Record<string, string | string[]>,
  ): Promise<PdokResponse> {
    const url = this.url(endpoint, params);
    const cached = this.cache.get(url);
    const keep = cached?.value.response.docs.length === 0 ? this.emptyCacheMs : this.cacheMs;
    if (cached && Date.now() - cached.at < keep) {
      // Most recently used last, so the oldest is dropped first.
      this.cache.delete(url);
      this.cache.set(url, cached);
      return cached.value;
    }
    let lastError: PdokUnavailableError | undefined;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(this.backoffMs * 2 ** (attempt - 1));
      try {
        const value = await this.attempt(url);
        this.remember(url, value);
        return value;
      } catch (error) {
        if (!(error instanceof PdokUnavailableError)) throw error;
        lastError = error;
        // A broken answer or a 4xx will not improve by asking again.
        if (error.reason === 'invalid') break;
      }
    }
    throw lastError ?? new PdokUnavailableError('PDOK did not answer', 'network');
  }

  private async attempt(url: string): Promise<PdokResponse> {
    await this.waitForSlot();
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timeout = error instanceof Error && error.name === 'TimeoutError';
      throw new PdokUnavailableError(
        timeout ? `PDOK did not answer within ${this.timeoutMs} ms` : 'PDOK could not be reached',
        timeout ? 'timeout' : 'network',
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new PdokUnavailableError(
        `PDOK answered ${response.status}`,
        response.status >= 500 || response.status === 429 ? 'http' : 'invalid',
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(await response.text());
    } catch (error) {
      const timeout = error instanceof Error && error.name === 'TimeoutError';
      if (timeout) throw new PdokUnavailableError('PDOK answer too slow', 'timeout');
      throw new PdokUnavailableError('PDOK answered with broken JSON', 'invalid');
    }
    if (!isPdokResponse(body)) {
      throw new PdokUnavailableError('PDOK answer has an unknown shape', 'invalid');
    }
    return body;
  }

  private remember(url: string, value: PdokResponse) {
    this.cache.set(url, { at: Date.now(), value });
    while (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  /** Spaces requests out so that no more than `perSecond` start in any second. */
  private async waitForSlot() {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.intervalMs;
    if (slot > now) await sleep(slot - now);
  }
}

function isPdokResponse(body: unknown): body is PdokResponse {
  if (typeof body !== 'object' || body === null) return false;
  const response = (body as { response?: unknown }).response;
  if (typeof response !== 'object' || response === null) return false;
  const docs = (response as { docs?: unknown }).docs;
  return (
    Array.isArray(docs) &&
    docs.every((doc) => typeof doc === 'object' && doc !== null && typeof doc.id === 'string')
  );
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `POINT(lon lat)` (WGS84) → coordinates, or undefined. */
export function parsePoint(
  wkt: string | undefined,
): { latitude: number; longitude: number } | undefined {
  const match = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/.exec(wkt?.trim() ?? '');
  if (!match) return undefined;
  const longitude = Number(match[1]);
  const latitude = Number(match[2]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  return { latitude, longitude };
}

let shared: { baseUrl: string; client: PdokLocatieserver } | undefined;

/** The process's adapter (one cache and one rate limit), for the configured base URL. */
export function getPdok(baseUrl: string): PdokLocatieserver {
  if (shared?.baseUrl !== baseUrl) shared = { baseUrl, client: new PdokLocatieserver({ baseUrl }) };
  return shared.client;
}
