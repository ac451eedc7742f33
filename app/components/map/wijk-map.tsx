// A Leaflet map with the PDOK BRT-Achtergrondkaart, wijk outlines coloured by a figure, and
// meeting places as markers. Leaflet needs a browser, so it loads only after the page has
// rendered; until then, and without JavaScript, the box explains why there is no map. The map
// adds to a table on the same page: everything it shows is also written there.
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import './wijk-map.css';

export type MapPlace = {
  id: string;
  name: string;
  categoryLabel: string;
  /** 1–3 for the plan's top 3, else null. */
  topRank: number | null;
  latitude: number;
  longitude: number;
};

export type MapLegendClass = { color: string; label: string };

export type WijkMapProps = {
  /** Title of the map for screen readers, e.g. "Kaart van de wijken van Utrecht". */
  label: string;
  tilesUrl: string;
  /** GeoJSON FeatureCollection with properties { code, name }. */
  outlinesUrl: string;
  /** wijk code → colour (from colourFor); wijken not in it are drawn without fill. */
  colors: Record<string, string>;
  /** wijk code → text for its tooltip (name and value). */
  tooltips: Record<string, string>;
  legendTitle: string;
  legend: MapLegendClass[];
  places: MapPlace[];
  /** Highlighted wijken (those of the plan) get a thick outline. */
  highlighted: string[];
};

/** Colour-blind-safe sequential scheme (ColorBrewer "YlGnBu", 5 classes), light = low. */
export const SEQUENTIAL_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const UNKNOWN_COLOR = '#d9d9d9';

/** Equal-count classes of the known values; the legend says the range of each class. */
export function classify(
  values: Record<string, number | null>,
  format: (value: number) => string,
): { colors: Record<string, string>; legend: MapLegendClass[] } {
  const known = Object.values(values)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const colors: Record<string, string> = {};
  const legend: MapLegendClass[] = [];
  if (known.length === 0) {
    for (const code of Object.keys(values)) colors[code] = UNKNOWN_COLOR;
    return { colors, legend: [{ color: UNKNOWN_COLOR, label: 'onbekend' }] };
  }
  const classes = Math.min(SEQUENTIAL_COLORS.length, new Set(known).size);
  const low = known[0] ?? 0;
  const high = known[known.length - 1] ?? 0;
  const breaks: number[] = [];
  for (let i = 1; i < classes; i += 1) {
    breaks.push(known[Math.floor((i * known.length) / classes)] ?? high);
  }
  const uniqueBreaks = [...new Set(breaks)].filter((b) => b > low);
  // Spread the classes over the whole scheme, so two classes are light and dark, not two lights.
  const count = uniqueBreaks.length + 1;
  const last = SEQUENTIAL_COLORS.length - 1;
  const palette = Array.from(
    { length: count },
    (_, i) =>
      SEQUENTIAL_COLORS[count === 1 ? 2 : Math.round((i * last) / (count - 1))] ?? UNKNOWN_COLOR,
  );
  const classOf = (value: number) => uniqueBreaks.filter((b) => value >= b).length;
  for (const [code, value] of Object.entries(values)) {
    colors[code] = value === null ? UNKNOWN_COLOR : (palette[classOf(value)] ?? UNKNOWN_COLOR);
  }
  const bounds = [low, ...uniqueBreaks, high];
  for (let i = 0; i < count; i += 1) {
    const from = bounds[i] ?? low;
    const to = bounds[i + 1] ?? high;
    legend.push({
      color: palette[i] ?? UNKNOWN_COLOR,
      label:
        i === count - 1
          ? `${format(from)} tot en met ${format(to)}`
          : `${format(from)} tot ${format(to)}`,
    });
  }
  if (Object.values(values).some((v) => v === null)) {
    legend.push({ color: UNKNOWN_COLOR, label: 'onbekend' });
  }
  return { colors, legend };
}

type Status = 'loading' | 'ready' | 'failed' | 'tiles-failed';

export function WijkMap(props: WijkMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const { tilesUrl, outlinesUrl, colors, tooltips, places, highlighted } = props;
  const settings = JSON.stringify({ tilesUrl, outlinesUrl, colors, tooltips, places, highlighted });

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    const current = JSON.parse(settings) as Omit<WijkMapProps, 'label' | 'legend' | 'legendTitle'>;
    const draw = async () => {
      try {
        const L = await import('leaflet');
        const response = await fetch(current.outlinesUrl);
        if (!response.ok) throw new Error(`outlines ${response.status}`);
        const outlines = (await response.json()) as GeoJSON.FeatureCollection;
        if (cancelled || container.current === null) return;
        const map = L.map(container.current, { scrollWheelZoom: false, attributionControl: true });
        cleanup = () => map.remove();
        map.attributionControl.setPrefix(false);
        let tileErrors = 0;
        L.tileLayer(current.tilesUrl, {
          maxZoom: 19,
          minZoom: 6,
          attribution: 'Kaartgegevens © Kadaster',
        })
          .on('tileerror', () => {
            tileErrors += 1;
            if (tileErrors === 3) setStatus('tiles-failed');
          })
          .addTo(map);
        const chosen = new Set(current.highlighted);
        const layer = L.geoJSON(outlines, {
          attribution: 'Wijkgrenzen: Kadaster / CBS',
          style: (feature) => {
            const code = String(feature?.properties?.code ?? '');
            return {
              color: chosen.has(code) ? '#000000' : '#4d4d4d',
              weight: chosen.has(code) ? 3 : 1,
              fillColor: current.colors[code] ?? UNKNOWN_COLOR,
              fillOpacity: 0.7,
            };
          },
          onEachFeature: (feature, featureLayer) => {
            const code = String(feature.properties?.code ?? '');
            const text = current.tooltips[code] ?? String(feature.properties?.name ?? code);
            featureLayer.bindTooltip(text, { sticky: true });
          },
        }).addTo(map);
        const bounds = layer.getBounds();
        if (bounds.isValid()) map.fitBounds(bounds);
        else map.setView([52.1, 5.3], 8);
        for (const place of current.places) {
          const top = place.topRank !== null;
          const icon = L.divIcon({
            className: top ? 'wijk-map__marker wijk-map__marker--top' : 'wijk-map__marker',
            html: top ? String(place.topRank) : '',
            iconSize: top ? [28, 28] : [16, 16],
          });
          // Markers only show where places are: places of one street overlap, which makes them
          // too small to click or tab to (WCAG 2.5.8). The same places are listed per wijk on
          // the page, which is the equivalent the criterion allows.
          L.marker([place.latitude, place.longitude], {
            icon,
            interactive: false,
            keyboard: false,
          }).addTo(map);
        }
        setStatus((s) => (s === 'tiles-failed' ? s : 'ready'));
      } catch {
        if (!cancelled) setStatus('failed');
      }
    };
    void draw();
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [settings]);

  return (
    <figure className="wijk-map">
      {/* biome-ignore lint/a11y/useSemanticElements: Leaflet needs a div; the region names the map */}
      <div
        ref={container}
        className="wijk-map__canvas"
        role="region"
        aria-label={props.label}
        data-status={status}
      >
        {status === 'loading' || status === 'failed' ? (
          <p className="wijk-map__message">
            {status === 'failed'
              ? 'De kaart kon niet worden geladen. Alle cijfers staan in de tabel.'
              : 'De kaart wordt geladen. Zonder JavaScript is er geen kaart; alle cijfers staan in de tabel.'}
          </p>
        ) : null}
      </div>
      {status === 'tiles-failed' ? (
        <p className="wijk-map__message wijk-map__message--below" role="status">
          De achtergrondkaart laadt niet (geen verbinding met PDOK). De wijkgrenzen staan er wel.
        </p>
      ) : null}
      <figcaption className="wijk-map__legend">
        <p className="wijk-map__legend-title">{props.legendTitle}</p>
        <ul className="wijk-map__legend-list">
          {props.legend.map((entry) => (
            <li key={entry.label}>
              <span
                className="wijk-map__swatch"
                style={{ background: entry.color }}
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
        </ul>
        {places.length > 0 ? (
          <p className="wijk-map__legend-places">
            <span className="wijk-map__marker wijk-map__marker--legend" aria-hidden="true" />{' '}
            ontmoetingsplek
            <span
              className="wijk-map__marker wijk-map__marker--top wijk-map__marker--legend"
              aria-hidden="true"
            >
              1
            </span>{' '}
            top 3
          </p>
        ) : null}
        <p className="wijk-map__credit">
          Kaartgegevens © Kadaster. Wijkgrenzen: Kadaster / CBS, 2024.
        </p>
      </figcaption>
    </figure>
  );
}
