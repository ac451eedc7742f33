import { describe, expect, it } from 'vitest';
import { buildDemoPlan } from '~/features/export/demo-plan';
import { drawPlacesMap, type Ring } from './pdf-map';
import { outlinesForPlan } from './wijk-outlines.server';

function inside(ring: Ring, lon: number, lat: number): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[j] as [number, number];
    if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) result = !result;
  }
  return result;
}

describe('the drawn map', () => {
  const outlines = outlinesForPlan({ municipalityCode: 'GM0344', wijkCodes: ['WK034403'] });

  it('has the wijken of Utrecht, Overvecht highlighted; none for a municipality not bundled', () => {
    expect(outlines.map((o) => o.code)).toHaveLength(10);
    expect(outlines.filter((o) => o.highlight).map((o) => o.name)).toEqual(['Overvecht']);
    expect(outlinesForPlan({ municipalityCode: 'GM0363', wijkCodes: ['WK036301'] })).toEqual([]);
  });

  it('puts every place of the demo inside the outline of Overvecht', () => {
    const overvecht = outlines.find((o) => o.code === 'WK034403');
    const ring = overvecht?.polygons[0]?.[0] ?? [];
    for (const place of buildDemoPlan('2027-05-10').places ?? []) {
      expect(inside(ring, place.longitude ?? 0, place.latitude ?? 0), place.name).toBe(true);
    }
  });

  it('draws a numbered marker per place inside the frame, and escapes names', () => {
    const svg = drawPlacesMap({
      outlines: [{ ...outlines[2], name: 'A & <B>', highlight: true } as never],
      markers: [
        { number: 1, latitude: 52.12, longitude: 5.11 },
        { number: 2, latitude: 52.11, longitude: 5.13 },
      ],
      width: 500,
      height: 400,
    });
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)];
    expect(circles).toHaveLength(2);
    for (const [, cx, cy] of circles) {
      expect(Number(cx)).toBeGreaterThan(0);
      expect(Number(cx)).toBeLessThan(500);
      expect(Number(cy)).toBeGreaterThan(0);
      expect(Number(cy)).toBeLessThan(400);
    }
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>2</text>');
    expect(svg).toContain('A &#38; &#60;B&#62;');
    // North is up: the place further north is higher on the page.
    expect(Number(circles[0]?.[2])).toBeLessThan(Number(circles[1]?.[2]));
  });
});
