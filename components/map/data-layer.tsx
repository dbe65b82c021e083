'use client';
// Draws a response on the map. Points are clustered in the browser with supercluster (a KD-tree
// per zoom level: re-clustering after a pan or zoom is a lookup, not a recomputation); per-cell
// counts the server already aggregated are drawn as they are. After every draw the time it took is
// recorded as a performance measure ('iv-map-render' from a response's arrival, 'iv-map-redraw'
// from the end of a pan/zoom) so the figures can be measured in a real browser (tests/e2e/map.spec.ts).
import L from 'leaflet';
import Supercluster from 'supercluster';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { clampLat, clampLng, MAX_ZOOM, type BBox } from '@/lib/map/grid';
import { ClusterMarker, ShapeMarker } from './canvas-layers';
import { clusterRadius, compactCount, LINE, type ClusterCounts } from './symbols';
import type { MapCluster, MapCompanyPoint, MapListingPoint, MapSelection, Received } from './types';

interface PointProps {
  /** 'l' listing, 'c' company; `i` indexes the response's points. */
  k: 'l' | 'c';
  i: number;
}

/** A spot that cannot be split by zooming (one address) lists at most this many in its popup. */
const GROUP_LIMIT = 40;
/** Cluster radius in px: markers closer than this merge. Slightly below the server's cell (64 px). */
const CLUSTER_RADIUS = 56;

const NO_LISTINGS: MapListingPoint[] = [];
const NO_COMPANIES: MapCompanyPoint[] = [];

function buildIndex(listings: MapListingPoint[], companies: MapCompanyPoint[]) {
  const features: Supercluster.PointFeature<PointProps>[] = [];
  listings.forEach((p, i) => features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lng, p.lat] }, properties: { k: 'l', i } }));
  companies.forEach((p, i) => features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lng, p.lat] }, properties: { k: 'c', i } }));
  // maxZoom = the map's: markers at one address stay a cluster at every zoom, and its popup lists them.
  const index = new Supercluster<PointProps, ClusterCounts>({
    radius: CLUSTER_RADIUS,
    maxZoom: MAX_ZOOM,
    map: (p) => (p.k === 'c' ? { offers: 0, needs: 0, companies: 1 } : listings[p.i]!.kind === 'offer' ? { offers: 1, needs: 0, companies: 0 } : { offers: 0, needs: 1, companies: 0 }),
    reduce: (acc, p) => {
      acc.offers += p.offers;
      acc.needs += p.needs;
      acc.companies += p.companies;
    },
  });
  return index.load(features);
}

const toBounds = (b: BBox) => L.latLngBounds([b.south, b.west], [b.north, b.east]);

export function DataLayer({
  renderer,
  listings,
  companies,
  showLines,
  onSelect,
  locale,
}: {
  renderer: L.Canvas;
  listings: Received | null;
  companies: Received | null;
  showLines: boolean;
  onSelect: (s: MapSelection) => void;
  locale: string;
}) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);
  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  const listingPoints = listings?.data.layer === 'listings' ? listings.data.points : NO_LISTINGS;
  const companyPoints = companies?.data.layer === 'companies' ? companies.data.points : NO_COMPANIES;
  const index = useMemo(() => buildIndex(listingPoints, companyPoints), [listingPoints, companyPoints]);

  const [moves, setMoves] = useState(0);
  const movedAt = useRef(0);
  useMapEvents({
    moveend: () => {
      movedAt.current = performance.now();
      setMoves((m) => m + 1);
    },
  });
  const lastDrawn = useRef<{ listings: Received | null; companies: Received | null; moves: number }>({ listings: null, companies: null, moves: 0 });

  useEffect(() => {
    group.clearLayers();
    const zoom = map.getZoom();
    const b = map.getBounds().pad(0.2);
    const bbox: [number, number, number, number] = [clampLng(b.getWest()), clampLat(b.getSouth()), clampLng(b.getEast()), clampLat(b.getNorth())];

    // Lines first: markers are drawn (and hit-tested) above them.
    if (showLines && listings?.data.layer === 'listings') {
      for (const line of listings.data.lines) {
        L.polyline(
          [
            [line.from.lat, line.from.lng],
            [line.to.lat, line.to.lng],
          ],
          { renderer, color: LINE.color, weight: LINE.weight, dashArray: LINE.dash.join(' '), opacity: 0.9, bubblingMouseEvents: false },
        )
          .on('click', (e: L.LeafletMouseEvent) => onSelect({ key: `line:${line.from.ref}:${line.to.ref}`, type: 'line', line, lat: e.latlng.lat, lng: e.latlng.lng }))
          .addTo(group);
      }
    }

    // Server clusters: zoom into the rows' extent (at least one level) on click.
    const zoomInto = (c: MapCluster) => {
      const bounds = toBounds(c.bounds);
      const target = Math.min(MAX_ZOOM, Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds.pad(0.15))));
      map.setView(bounds.getCenter(), target);
    };
    const server: { c: MapCluster; counts: ClusterCounts }[] = [
      ...(listings?.data.mode === 'clusters' ? listings.data.clusters.map((c) => ({ c, counts: { offers: c.offers, needs: c.needs, companies: 0 } })) : []),
      ...(companies?.data.mode === 'clusters' ? companies.data.clusters.map((c) => ({ c, counts: { offers: 0, needs: 0, companies: c.count } })) : []),
    ];
    for (const { c, counts } of server) {
      new ClusterMarker([c.lat, c.lng], clusterRadius(c.count), counts, compactCount(c.count, locale), renderer).on('click', () => zoomInto(c)).addTo(group);
    }

    for (const f of index.getClusters(bbox, zoom)) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties;
      if ('cluster' in props && props.cluster) {
        const { cluster_id: id, point_count: count } = props;
        new ClusterMarker([lat, lng], clusterRadius(count), props, compactCount(count, locale), renderer)
          .on('click', () => {
            const expansion = index.getClusterExpansionZoom(id);
            if (map.getZoom() < MAX_ZOOM && expansion <= MAX_ZOOM) {
              map.setView([lat, lng], expansion);
              return;
            }
            // Same address (or closer than a few metres): zooming cannot split them, so list them.
            const leaves = index.getLeaves(id, GROUP_LIMIT).map((l) => l.properties);
            onSelect({
              key: `group:${lat}:${lng}:${count}`,
              type: 'group',
              lat,
              lng,
              listings: leaves.filter((l) => l.k === 'l').map((l) => listingPoints[l.i]!),
              companies: leaves.filter((l) => l.k === 'c').map((l) => companyPoints[l.i]!),
              more: count - leaves.length,
            });
          })
          .addTo(group);
      } else {
        const { k, i } = props as PointProps;
        if (k === 'l') {
          const item = listingPoints[i]!;
          new ShapeMarker([lat, lng], item.kind, item.isOwn, renderer).on('click', () => onSelect({ key: `l:${item.ref}`, type: 'listing', item, lat, lng })).addTo(group);
        } else {
          const item = companyPoints[i]!;
          new ShapeMarker([lat, lng], 'company', item.isOwn, renderer).on('click', () => onSelect({ key: `c:${item.ref}`, type: 'company', item, lat, lng })).addTo(group);
        }
      }
    }

    // Measure up to the frame in which Leaflet paints the canvas (its redraw frame was requested
    // first, so this callback runs after it).
    const fresh = [listings, companies].filter((r): r is Received => !!r && r !== lastDrawn.current.listings && r !== lastDrawn.current.companies);
    const moved = moves !== lastDrawn.current.moves;
    lastDrawn.current = { listings, companies, moves };
    if (!fresh.length && !moved) return;
    const name = fresh.length ? 'iv-map-render' : 'iv-map-redraw';
    const start = fresh.length ? Math.min(...fresh.map((r) => r.receivedAt)) : movedAt.current;
    const frame = requestAnimationFrame(() => {
      const ms = performance.now() - start;
      performance.measure(name, { start, duration: ms });
      map.getContainer().dataset[name === 'iv-map-render' ? 'renderMs' : 'redrawMs'] = ms.toFixed(1);
    });
    return () => cancelAnimationFrame(frame);
    // onSelect is stable (useCallback in the explorer).
  }, [map, group, renderer, index, listings, companies, listingPoints, companyPoints, showLines, moves, locale, onSelect]);

  return null;
}
