import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';

// The map of a plan's places: Leaflet on the PDOK BRT-Achtergrondkaart, one numbered marker per
// place with coordinates. The numbered list beside it (rendered by the page) carries the same
// information, so without JavaScript or without tiles nothing is lost; the map says why it is
// missing.

export type MapPlace = {
  id: string;
  number: number;
  name: string;
  category: string;
  address: string;
  wijkName: string | null;
  latitude: number;
  longitude: number;
};

type MapState = 'no-js' | 'loading' | 'ready' | 'tiles-failed';

let tilesSettled: Promise<void> = Promise.resolve();

/** Resolves once the map's first tiles loaded or failed, or after `timeoutMs`: then print. */
export function whenMapReady(timeoutMs: number): Promise<void> {
  return Promise.race([tilesSettled, new Promise<void>((r) => setTimeout(r, timeoutMs))]);
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function PlacesMap({ places, tilesUrl }: { places: MapPlace[]; tilesUrl: string }) {
  const element = useRef<HTMLElement>(null);
  const [state, setState] = useState<MapState>('no-js');
  const key = places.map((p) => `${p.number}:${p.latitude}:${p.longitude}`).join('|');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `places`
  useEffect(() => {
    let cancelled = false;
    let remove: (() => void) | undefined;
    let settle: () => void = () => {};
    tilesSettled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    setState('loading');
    import('leaflet')
      .then(({ default: L }) => {
        if (cancelled || !element.current) return;
        const map = L.map(element.current, { scrollWheelZoom: false });
        map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        // A phone's narrow map is wider on paper: let Leaflet fill the new size.
        const resize = () => map.invalidateSize();
        window.addEventListener('beforeprint', resize);
        remove = () => {
          window.removeEventListener('beforeprint', resize);
          map.remove();
        };
        let loaded = 0;
        const tiles = L.tileLayer(tilesUrl, {
          minZoom: 6,
          maxZoom: 19,
          attribution: 'Kaartgegevens © <a href="https://www.kadaster.nl">Kadaster</a>',
        });
        tiles.on('tileload', () => {
          loaded++;
        });
        tiles.on('load', () => {
          setState(loaded > 0 ? 'ready' : 'tiles-failed');
          settle();
        });
        tiles.on('tileerror', () => {
          if (loaded === 0) setState('tiles-failed');
        });
        tiles.addTo(map);
        const bounds = L.latLngBounds([]);
        for (const place of places) {
          const at = L.latLng(place.latitude, place.longitude);
          bounds.extend(at);
          L.marker(at, {
            title: `${place.number}. ${place.name}`,
            alt: `${place.number}. ${place.name}`,
            icon: L.divIcon({
              className: 'okaart-marker',
              html: `<span aria-hidden="true">${place.number}</span>`,
              iconSize: [28, 28],
              iconAnchor: [14, 14],
            }),
          })
            .bindPopup(
              `<strong>${place.number}. ${escapeHtml(place.name)}</strong><br>${escapeHtml(place.category)}${place.address ? `<br>${escapeHtml(place.address)}` : ''}`,
            )
            .addTo(map);
        }
        map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16 });
      })
      .catch(() => {
        setState('tiles-failed');
        settle();
      });
    return () => {
      cancelled = true;
      remove?.();
      settle();
    };
  }, [key, tilesUrl]);

  return (
    <div className="okaart-map__frame">
      <section
        ref={element}
        className="okaart-map__map"
        aria-label="Kaart met de plekken. De nummers staan ook in de lijst onder de kaart."
      />
      {state === 'no-js' ? (
        <p className="okaart-map__notice">
          De kaart heeft JavaScript nodig. Hieronder staan de plekken in een lijst, met hun nummer.
        </p>
      ) : null}
      {state === 'tiles-failed' ? (
        <p className="okaart-map__notice" role="status">
          De achtergrondkaart kon niet laden. Misschien is er geen internet, of is de kaartdienst
          van PDOK even niet bereikbaar. De nummers staan wel op de kaart, en hieronder in een
          lijst.
        </p>
      ) : null}
      <p className="okaart-map__credit">Kaartgegevens © Kadaster</p>
    </div>
  );
}
