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
import { clampLat, clampLng, MAX_ZOOM, MIN_ZOOM, TILE_SIZE, type BBox } from '@/lib/map/grid';
import { ClusterMarker, ShapeMarker } from './canvas-layers';
import { clusterRadius, compactCount, LINE, type ClusterCounts } from './symbols';
import type { MapCluster, MapCompanyPoint, MapListingPoint, MapSelection, Received } from './types';

/** Everything at one position (a firm's address holds the firm and all its listings). */
interface Spot {
  lat: number;
  lng: number;
  listings: number[];
  companies: number[];
}

/** A spot that holds more than one thing lists at most this many in its popup. */
const GROUP_LIMIT = 40;
/** Cluster radius in px: markers closer than this merge. Slightly below the server's cell (64 px). */
const CLUSTER_RADIUS = 56;
/** Clustering stops here; above it spots are drawn one by one (75 m apart at zoom 16 look
 * separate at 17). Fewer levels make load() cheaper: every level re-clusters every point. */
const CLUSTER_MAX_ZOOM = 16;

const NO_LISTINGS: MapListingPoint[] = [];
const NO_COMPANIES: MapCompanyPoint[] = [];

/** Items at exactly the same position become one spot: they can never be told apart by zooming,
 * so they are one marker (a count when several) whose popup lists them. */
function spotsOf(listings: MapListingPoint[], companies: MapCompanyPoint[]): Spot[] {
  const byPosition = new Map<string, Spot>();
  const at = (lat: number, lng: number) => {
    const key = `${lat},${lng}`;
    let spot = byPosition.get(key);
    if (!spot) byPosition.set(key, (spot = { lat, lng, listings: [], companies: [] }));
    return spot;
  };
  listings.forEach((p, i) => at(p.lat, p.lng).listings.push(i));
  companies.forEach((p, i) => at(p.lat, p.lng).companies.push(i));
  return [...byPosition.values()];
}

function buildIndex(spots: Spot[], listings: MapListingPoint[]) {
  const counts = (s: Spot): ClusterCounts => {
    let offers = 0;
    for (const i of s.listings) if (listings[i]!.kind === 'offer') offers++;
    return { offers, needs: s.listings.length - offers, companies: s.companies.length };
  };
  const index = new Supercluster<{ s: number }, ClusterCounts>({
    radius: CLUSTER_RADIUS,
    // supercluster's pixels are of 512-px (Mapbox) tiles by default; Leaflet's tiles are 256 px, so
    // without this every radius would be half as wide on screen as intended.
    extent: TILE_SIZE,
    // Levels below the map's minimum zoom are never shown.
    minZoom: MIN_ZOOM,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => counts(spots[p.s]!),
    reduce: (acc, p) => {
      acc.offers += p.offers;
      acc.needs += p.needs;
      acc.companies += p.companies;
    },
  });
  return index.load(spots.map((spot, s) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [spot.lng, spot.lat] }, properties: { s } })));
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
  const { spots, index } = useMemo(() => {
    const spots = spotsOf(listingPoints, companyPoints);
    return { spots, index: buildIndex(spots, listingPoints) };
  }, [listingPoints, companyPoints]);

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
          .on('click', (e: L.LeafletMouseEvent) =>
            onSelect({ key: `line:${line.from.ref}:${line.to.ref}`, type: 'line', line, lat: e.latlng.lat, lng: e.latlng.lng }),
          )
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

    const openGroup = (key: string, lat: number, lng: number, members: Spot[]) => {
      const ls = members.flatMap((m) => m.listings);
      const cs = members.flatMap((m) => m.companies);
      const shownCompanies = cs.slice(0, GROUP_LIMIT);
      const shownListings = ls.slice(0, GROUP_LIMIT - shownCompanies.length);
      onSelect({
        key,
        type: 'group',
        lat,
        lng,
        companies: shownCompanies.map((i) => companyPoints[i]!),
        listings: shownListings.map((i) => listingPoints[i]!),
        more: ls.length + cs.length - shownListings.length - shownCompanies.length,
      });
    };

    for (const f of index.getClusters(bbox, zoom)) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties;
      if ('cluster' in props && props.cluster) {
        const id = props.cluster_id;
        const total = props.offers + props.needs + props.companies;
        new ClusterMarker([lat, lng], clusterRadius(total), props, compactCount(total, locale), renderer)
          .on('click', () => map.setView([lat, lng], Math.min(MAX_ZOOM, Math.max(map.getZoom() + 1, index.getClusterExpansionZoom(id)))))
          .addTo(group);
        continue;
      }
      const spot = spots[(props as { s: number }).s]!;
      if (spot.listings.length + spot.companies.length > 1) {
        const counts = { offers: spot.listings.filter((i) => listingPoints[i]!.kind === 'offer').length, needs: 0, companies: spot.companies.length };
        counts.needs = spot.listings.length - counts.offers;
        const total = spot.listings.length + spot.companies.length;
        new ClusterMarker([lat, lng], clusterRadius(total), counts, compactCount(total, locale), renderer)
          .on('click', () => openGroup(`spot:${lat}:${lng}:${total}`, lat, lng, [spot]))
          .addTo(group);
      } else if (spot.listings.length) {
        const item = listingPoints[spot.listings[0]!]!;
        new ShapeMarker([lat, lng], item.kind, item.isOwn, renderer)
          .on('click', () => onSelect({ key: `l:${item.ref}`, type: 'listing', item, lat, lng }))
          .addTo(group);
      } else {
        const item = companyPoints[spot.companies[0]!]!;
        new ShapeMarker([lat, lng], 'company', item.isOwn, renderer)
          .on('click', () => onSelect({ key: `c:${item.ref}`, type: 'company', item, lat, lng }))
          .addTo(group);
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
    // Not cancelled when the effect runs again before the frame: the draw did happen.
    requestAnimationFrame(() => {
      const ms = performance.now() - start;
      performance.measure(name, { start, duration: ms });
      map.getContainer().dataset[name === 'iv-map-render' ? 'renderMs' : 'redrawMs'] = ms.toFixed(1);
    });
    // onSelect is stable (useCallback in the explorer).
  }, [map, group, renderer, index, spots, listings, companies, listingPoints, companyPoints, showLines, moves, locale, onSelect]);

  return null;
}
