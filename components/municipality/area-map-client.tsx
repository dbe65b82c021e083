'use client';
// The area map: one circle per postcode area at the postcode's point, sized by its open listings.
// Labels stay on the map (permanent tooltips) so that it reads even when the background tiles
// cannot be loaded. Everything shown here is also in the Areas table (the accessible version).
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { CircleMarker, MapContainer, Popup, TileLayer, Tooltip, useMap } from 'react-leaflet';

export interface MapCell {
  key: string;
  lat: number;
  lng: number;
  /** Short label on the map ("Regstrup · 7"). */
  label: string;
  /** Popup: a heading and lines of counts, already formatted. */
  title: string;
  lines: string[];
  /** Published open listings in the area: the circle's size. */
  size: number;
}

export interface AreaMapProps {
  cells: MapCell[];
  tiles: { url: string; attribution: string };
}

const radius = (size: number, max: number) => 10 + 22 * Math.sqrt(size / Math.max(1, max));
const FIT = { padding: [40, 40] as [number, number], maxZoom: 12 };

/** Keeps every area in view when the map's width changes (a phone turned, a window resized). */
function FitOnResize({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap();
  useEffect(() => {
    let width = map.getContainer().clientWidth;
    const observer = new ResizeObserver(() => {
      const now = map.getContainer().clientWidth;
      if (now === width) return;
      width = now;
      map.invalidateSize();
      map.fitBounds(bounds, FIT);
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, bounds]);
  return null;
}

export function AreaMapClient({ cells, tiles }: AreaMapProps) {
  const max = Math.max(0, ...cells.map((c) => c.size));
  const bounds = useMemo(() => L.latLngBounds(cells.map((c) => [c.lat, c.lng] as [number, number])), [cells]);
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={FIT}
      maxZoom={14}
      scrollWheelZoom={false}
      // On a phone one finger scrolls the page, not the map (two fingers still zoom).
      dragging={!L.Browser.mobile}
      className="h-80 w-full rounded-lg border border-slate-200 bg-slate-100 sm:h-[28rem]"
    >
      <TileLayer url={tiles.url} attribution={tiles.attribution} />
      <FitOnResize bounds={bounds} />
      {cells.map((c) => (
        <CircleMarker
          key={c.key}
          center={[c.lat, c.lng]}
          radius={radius(c.size, max)}
          pathOptions={{ color: '#115e59', weight: 2, fillColor: '#0f766e', fillOpacity: 0.35 }}
        >
          <Tooltip permanent direction="center" className="municipality-map-label">
            {c.label}
          </Tooltip>
          <Popup>
            <p className="m-0 font-semibold">{c.title}</p>
            <ul className="m-0 mt-1 list-none p-0">
              {c.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Popup>
        </CircleMarker>
      ))}
    </MapContainer>
  );
}
