import { describe, expect, it } from 'vitest';
import { pagePath } from './session.server';

describe('pagePath', () => {
  it('gives the page address for React Router data requests', () => {
    expect(
      pagePath(new URL('http://x/plannen/p1/overzichtskaart.data?toevoegen=buiten&_routes=a,b')),
    ).toBe('/plannen/p1/overzichtskaart?toevoegen=buiten');
    expect(pagePath(new URL('http://x/_root.data'))).toBe('/');
    expect(pagePath(new URL('http://x/plannen/p1/stap/3.data?index'))).toBe('/plannen/p1/stap/3');
  });

  it('leaves ordinary page addresses alone', () => {
    expect(pagePath(new URL('http://x/plannen/p1?wijzig=a'))).toBe('/plannen/p1?wijzig=a');
  });
});
