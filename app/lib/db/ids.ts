// Web Crypto rather than node:crypto: pages import BIN_DAYS from here, and a browser bundle
// must not pull in a Node module.
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Timestamps are stored as ISO 8601 text in UTC; shown in Europe/Amsterdam (see lib/dates.ts). */
export function nowIso(): string {
  return new Date().toISOString();
}

/** How long something stays in the bin before it is removed for good. */
export const BIN_DAYS = 30;

export function binCutoffIso(now = new Date()): string {
  return new Date(now.getTime() - BIN_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
