// The drawn map of the server-side PDF: wijk outlines and numbered markers as one SVG (vector,
// no tiles: the server fetches nothing), sized for an A4 page. Pure: the PDF module places it.

export type Ring = [number, number][];

export type MapOutline = {
  code: string;
  name: string;
  /** Polygons, each a list of rings of [lon, lat]; the first ring is the outside. */
  polygons: Ring[][];
  /** A wijk of the plan: filled and named. */
  highlight: boolean;
};

export type MapMarker = { number: number; latitude: number; longitude: number };

const COLOR = {
  land: '#f5f7f9',
  outline: '#8796a5',
  planFill: '#fbe3ed',
  planOutline: '#9b3d6b',
  label: '#5b2340',
  marker: '#3b0a24',
  frame: '#9b3d6b',
} as const;

type Box = { minX: number; minY: number; maxX: number; maxY: number };

function emptyBox(): Box {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

function extend(box: Box, lon: number, lat: number) {
  box.minX = Math.min(box.minX, lon);
  box.maxX = Math.max(box.maxX, lon);
  box.minY = Math.min(box.minY, lat);
  box.maxY = Math.max(box.maxY, lat);
}

function round(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An SVG of `width` × `height` points. The view fits the plan's wijken and all markers (or only
 * the markers when no wijk is highlighted), with a margin; other outlines are drawn for context.
 */
export function drawPlacesMap(input: {
  outlines: MapOutline[];
  markers: MapMarker[];
  width: number;
  height: number;
}): string {
  const { width, height } = input;
  const view = emptyBox();
  for (const outline of input.outlines.filter((o) => o.highlight)) {
    for (const polygon of outline.polygons)
      for (const [lon, lat] of polygon[0] ?? []) extend(view, lon, lat);
  }
  for (const m of input.markers) extend(view, m.longitude, m.latitude);
  if (!Number.isFinite(view.minX)) {
    // Nothing to show: a neutral area around the middle of the Netherlands.
    extend(view, 5.0, 52.0);
    extend(view, 5.3, 52.2);
  }
  // Equirectangular with the longitude scaled at this latitude: true to shape at city scale.
  const midLat = (view.minY + view.maxY) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const minSpan = 0.004; // about 400 m: a single place does not fill the page
  let spanX = Math.max((view.maxX - view.minX) * kx, minSpan);
  let spanY = Math.max(view.maxY - view.minY, minSpan);
  const margin = 28;
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  spanX = width / scale;
  spanY = height / scale;
  const centreX = ((view.minX + view.maxX) / 2) * kx;
  const centreY = (view.minY + view.maxY) / 2;
  const x = (lon: number) => (lon * kx - centreX) * scale + width / 2;
  const y = (lat: number) => height / 2 - (lat - centreY) * scale;

  const path = (polygons: Ring[][]) =>
    polygons
      .flatMap((polygon) =>
        polygon.map(
          (ring) => `M${ring.map(([lon, lat]) => `${round(x(lon))} ${round(y(lat))}`).join('L')}Z`,
        ),
      )
      .join('');

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><clipPath id="frame"><rect x="0" y="0" width="100%" height="100%"/></clipPath></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${COLOR.land}"/>`,
    '<g clip-path="url(#frame)">',
  ];
  for (const outline of input.outlines.filter((o) => !o.highlight)) {
    parts.push(
      `<path d="${path(outline.polygons)}" fill="none" stroke="${COLOR.outline}" stroke-width="0.8" fill-rule="evenodd"/>`,
    );
  }
  for (const outline of input.outlines.filter((o) => o.highlight)) {
    parts.push(
      `<path d="${path(outline.polygons)}" fill="${COLOR.planFill}" stroke="${COLOR.planOutline}" stroke-width="1.6" fill-rule="evenodd"/>`,
    );
  }
  for (const outline of input.outlines.filter((o) => o.highlight)) {
    const box = emptyBox();
    for (const polygon of outline.polygons)
      for (const [lon, lat] of polygon[0] ?? []) extend(box, lon, lat);
    parts.push(
      `<text x="${round(x((box.minX + box.maxX) / 2))}" y="${round(y(box.maxY) + 14)}" font-family="Roboto" font-size="9" fill="${COLOR.label}" text-anchor="middle">${escapeXml(outline.name)}</text>`,
    );
  }
  for (const m of input.markers) {
    const cx = round(x(m.longitude));
    const cy = round(y(m.latitude));
    parts.push(
      `<circle cx="${cx}" cy="${cy}" r="8.5" fill="${COLOR.marker}" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text x="${cx}" y="${round(y(m.latitude) + 3.3)}" font-family="Roboto" font-weight="bold" font-size="9" fill="#ffffff" text-anchor="middle">${m.number}</text>`,
    );
  }
  parts.push(
    '</g>',
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="${COLOR.frame}" stroke-width="1"/>`,
    '</svg>',
  );
  return parts.join('');
}
