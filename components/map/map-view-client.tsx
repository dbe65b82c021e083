'use client';
// The Leaflet map itself; loaded only in the browser (next/dynamic, ssr: false) because Leaflet
// touches `window` on import. Everything is drawn on one canvas (canvas-layers.ts); the tiles are
// decoration: when they cannot load (no network, blocked tile server) the markers still draw on
// the plain background and a note says so.
import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useLocale } from 'next-intl';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { Circle, MapContainer, Popup, TileLayer, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import { clampLat, clampLng, MAX_ZOOM, MIN_ZOOM, type BBox } from '@/lib/map/grid';
import { DataLayer } from './data-layer';
import { PopupContent } from './popup-content';
import { AREA } from './symbols';
import type { MapArea, MapCommand, MapSelection, MapViewport, Received } from './types';

export interface MapViewProps {
  tiles: { url: string; attribution: string };
  initial: { center: { lat: number; lng: number }; zoom: number } | { bounds: BBox };
  areas: MapArea[];
  listings: Received | null;
  companies: Received | null;
  showLines: boolean;
  selected: MapSelection | null;
  onSelect: (selection: MapSelection) => void;
  /** A popup closed: clears the selection if it is still this one. */
  onClosed: (key: string) => void;
  onView: (view: MapViewport) => void;
  command: MapCommand | null;
  onTileError: () => void;
  hidden: boolean;
  label: string;
  hintId: string;
}

const toBounds = (b: BBox) => L.latLngBounds([b.south, b.west], [b.north, b.east]);

function viewportOf(map: L.Map): MapViewport {
  const b = map.getBounds();
  const c = map.getCenter();
  return {
    bbox: { west: clampLng(b.getWest()), south: clampLat(b.getSouth()), east: clampLng(b.getEast()), north: clampLat(b.getNorth()) },
    zoom: map.getZoom(),
    center: { lat: c.lat, lng: clampLng(c.lng) },
  };
}

/** Reports the view once ready and after every pan or zoom; labels the container for assistive tech. */
function ViewReporter({ onView, hidden, label, hintId }: Pick<MapViewProps, 'onView' | 'hidden' | 'label' | 'hintId'>) {
  const map = useMapEvents({ moveend: () => onView(viewportOf(map)) });
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-describedby', hintId);
    el.setAttribute('role', 'region');
  }, [map, label, hintId]);
  useEffect(() => {
    map.whenReady(() => onView(viewportOf(map)));
    // Only once: later views come from moveend.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    // A map laid out while hidden has a stale size; measure again when shown.
    if (!hidden) map.invalidateSize();
  }, [map, hidden]);
  return null;
}

function Commander({ command, onSelect }: { command: MapCommand | null; onSelect: (s: MapSelection) => void }) {
  const map = useMap();
  useEffect(() => {
    if (!command) return;
    map.invalidateSize();
    if (command.bounds) map.fitBounds(toBounds(command.bounds), { padding: [32, 32], maxZoom: MAX_ZOOM, animate: false });
    else if (command.center) map.setView([command.center.lat, command.center.lng], command.zoom ?? map.getZoom(), { animate: false });
    if (command.select) onSelect(command.select);
    // One command, one run (commands are new objects with a new id).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command?.id]);
  return null;
}

function SelectionPopup({ selected, onClosed }: { selected: MapSelection; onClosed: (key: string) => void }) {
  const map = useMap();
  // Stable for this selection: react-leaflet re-opens the popup whenever `position` changes.
  const position = useMemo<[number, number]>(() => [selected.lat, selected.lng], [selected.lat, selected.lng]);
  // Leaflet closes a popup on Escape only while the map itself has focus; with focus on a link in
  // the popup (opened from the list) Escape must work too, and focus returns to the map.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    map.closePopup();
    map.getContainer().focus();
  };
  return (
    <Popup position={position} eventHandlers={{ remove: () => onClosed(selected.key) }} minWidth={220} maxWidth={300} autoPanPadding={[16, 16]}>
      <div onKeyDown={onKeyDown}>
        <PopupContent selected={selected} />
      </div>
    </Popup>
  );
}

export default function MapView(props: MapViewProps) {
  const locale = useLocale();
  // One canvas for every vector layer. A larger hit tolerance on touch screens: a fingertip is
  // ~44 px, a marker 16.
  const renderer = useMemo(
    () => L.canvas({ padding: 0.3, tolerance: typeof window !== 'undefined' && window.matchMedia('(pointer: coarse)').matches ? 14 : 5 }),
    [],
  );
  const start = 'bounds' in props.initial ? { bounds: toBounds(props.initial.bounds) } : { center: props.initial.center, zoom: props.initial.zoom };
  return (
    <MapContainer
      {...start}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      renderer={renderer}
      preferCanvas
      className="h-full w-full"
      zoomSnap={1}
      boundsOptions={{ padding: [8, 8] }}
      zoomControl={false}
    >
      {/* Bottom right, by the thumb on a phone, and away from popups, which open above a marker. */}
      <ZoomControl position="bottomright" />
      <TileLayer url={props.tiles.url} attribution={props.tiles.attribution} maxZoom={MAX_ZOOM} eventHandlers={{ tileerror: props.onTileError }} />
      {props.areas.map((a) => (
        <Circle
          key={a.ref}
          center={[a.center.lat, a.center.lng]}
          radius={a.radiusKm * 1000}
          interactive={false}
          pathOptions={{ color: AREA.color, weight: 1.5, dashArray: '6 5', fillColor: AREA.fill, fillOpacity: 0.06 }}
        />
      ))}
      <ViewReporter onView={props.onView} hidden={props.hidden} label={props.label} hintId={props.hintId} />
      <DataLayer
        renderer={renderer}
        listings={props.listings}
        companies={props.companies}
        showLines={props.showLines}
        onSelect={props.onSelect}
        locale={locale}
      />
      <Commander command={props.command} onSelect={props.onSelect} />
      {props.selected ? <SelectionPopup key={props.selected.key} selected={props.selected} onClosed={props.onClosed} /> : null}
    </MapContainer>
  );
}
