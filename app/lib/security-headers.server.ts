import { randomBytes } from 'node:crypto';
import type { Config } from './config.server.ts';

/** A fresh value for every page: only scripts carrying it may run. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The content security policy of a page. Scripts only from this app or with the page's nonce
 * (React Router's inline hydration scripts); images also from the base-map tile server. Inline
 * styles stay allowed: a print footer and the map library set them, and a style cannot run code.
 */
export function contentSecurityPolicy(
  config: Pick<Config, 'pdokTilesUrl'>,
  options: { nonce: string; development?: boolean },
): string {
  const tiles = originOf(config.pdokTilesUrl);
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    // Vite's development server reloads through a web socket.
    `connect-src 'self'${options.development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** The policy of pages that are not React pages (the small error pages of server.js). */
export const PLAIN_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers for every answer, pages and files alike. */
export function baseSecurityHeaders(config: Pick<Config, 'baseUrl'>): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()',
  };
  // Only an HTTPS address may tell the browser to come back over HTTPS alone.
  if (config.baseUrl.startsWith('https://')) {
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}

function originOf(template: string): string | undefined {
  try {
    // The template holds {z}/{x}/{y}; only its origin matters.
    return new URL(template.replace(/[{}]/g, '')).origin;
  } catch {
    return undefined;
  }
}
