// Pure geometry of the area map, shared by the server (aggregation in SQL, db/queries/map.ts) and
// the browser (clustering, caching of fetched views). No imports: it runs anywhere.
//
// Positions are snapped in Web Mercator "world" coordinates (0–1 across, the projection of Leaflet
// and of the tiles), not in degrees, so a server cluster covers a square of the same size on screen
// at every latitude: 0.1° of longitude is 6.3 km in Regstrup but 4.6 km in Oulu.

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface LatLng {
  lat: number;
  lng: number;
}

export const TILE_SIZE = 256;
/** A server cluster stands for the rows of a square of this many screen pixels: about the size of
 * a cluster symbol, and close to supercluster's default radius (60 px) used once points are sent. */
export const CELL_PX = 64;
/** At most this many points are sent; more in view → the server aggregates (or says `truncated`). */
export const POINTS_CAP = 2000;
/** From this zoom on (streets and buildings) the server always sends points, capped. Below it a
 * view with more than POINTS_CAP rows is sent as per-cell counts: a region view of 100,000
 * listings ships a few hundred cells, never 100,000 points. */
export const POINTS_ZOOM = 14;
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 18;

/** Web Mercator stops at ±85.05°; nothing in this product is near it, but the maths must not break. */
const MAX_LAT = 85.05112878;

export const clampLat = (lat: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
export const clampLng = (lng: number) => Math.max(-180, Math.min(180, lng));

/** 0 at 180° W, 1 at 180° E. */
export function mercatorX(lng: number): number {
  return (clampLng(lng) + 180) / 360;
}

/** 0 at the top of the world, 1 at the bottom (Leaflet's y grows southwards). */
export function mercatorY(lat: number): number {
  const s = Math.sin((clampLat(lat) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** How many grid cells span the world's width at this zoom (4 at zoom 0, doubling per level). */
export function cellsPerWorld(zoom: number): number {
  return (2 ** Math.round(zoom) * TILE_SIZE) / CELL_PX;
}

/** The grid cell of a position at a zoom; the SQL in db/queries/map.ts computes the same. */
export function cellOf(p: LatLng, zoom: number): { x: number; y: number } {
  const n = cellsPerWorld(zoom);
  return { x: Math.floor(mercatorX(p.lng) * n), y: Math.floor(mercatorY(p.lat) * n) };
}

/** Kilometres covered by one cell's width at a latitude (for people, and for tests' sanity). */
export function cellWidthKm(zoom: number, lat: number): number {
  return (40_075 * Math.cos((lat * Math.PI) / 180)) / cellsPerWorld(zoom);
}

/** What the server sends for a view: points from POINTS_ZOOM, otherwise cells unless few rows. */
export function aggregateAtZoom(zoom: number): boolean {
  return zoom < POINTS_ZOOM;
}

/**
 * Below POINTS_ZOOM, the most rows still sent as points. Zoomed out, a thousand points would be
 * drawn as a few dozen clusters anyway: cells are as useful there, a fraction of the bytes on a
 * phone, and cheaper to read (no titles, no firm names).
 */
export function pointsLimitAtZoom(zoom: number): number {
  if (zoom >= POINTS_ZOOM) return POINTS_CAP;
  return zoom >= 10 ? 1000 : 500;
}

/** The box grown by `fraction` of its size on every side (fetch a little more than the view so a
 * small pan needs no new request), clamped to the world. */
export function padBBox(b: BBox, fraction: number): BBox {
  const dx = (b.east - b.west) * fraction;
  const dy = (b.north - b.south) * fraction;
  return { west: clampLng(b.west - dx), south: clampLat(b.south - dy), east: clampLng(b.east + dx), north: clampLat(b.north + dy) };
}

export function containsBBox(outer: BBox, inner: BBox): boolean {
  return inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south && inner.north <= outer.north;
}

/** A box around a circle (a network's centre and radius), for the map's first view. */
export function bboxAroundCircle(center: LatLng, radiusKm: number): BBox {
  const dLat = radiusKm / 111.32;
  const dLng = radiusKm / (111.32 * Math.max(0.01, Math.cos((center.lat * Math.PI) / 180)));
  return { west: clampLng(center.lng - dLng), south: clampLat(center.lat - dLat), east: clampLng(center.lng + dLng), north: clampLat(center.lat + dLat) };
}

export function unionBBox(boxes: BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => ({
    west: Math.min(a.west, b.west),
    south: Math.min(a.south, b.south),
    east: Math.max(a.east, b.east),
    north: Math.max(a.north, b.north),
  }));
}

/** `w,s,e,n` with 5 decimals (about a metre): the form of the API's bbox parameter. */
export function formatBBox(b: BBox): string {
  return [b.west, b.south, b.east, b.north].map((v) => round5(v)).join(',');
}

export const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** Inverse of mercatorY. */
export function latFromMercatorY(y: number): number {
  const n = Math.PI - 2 * Math.PI * y;
  return (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
}

/** The box a map of widthPx × heightPx shows around `center` at `zoom` (as Leaflet would report it). */
export function bboxForView(center: LatLng, zoom: number, widthPx: number, heightPx: number): BBox {
  const worldPx = 2 ** zoom * TILE_SIZE;
  const cx = mercatorX(center.lng) * worldPx;
  const cy = mercatorY(center.lat) * worldPx;
  return {
    west: clampLng(((cx - widthPx / 2) / worldPx) * 360 - 180),
    east: clampLng(((cx + widthPx / 2) / worldPx) * 360 - 180),
    north: clampLat(latFromMercatorY((cy - heightPx / 2) / worldPx)),
    south: clampLat(latFromMercatorY((cy + heightPx / 2) / worldPx)),
  };
}

export const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type Compass = (typeof COMPASS)[number];

/** Where `to` lies seen from `from`: distance in km (equirectangular, fine within a region) and
 * the nearest of eight compass directions. Lets the list say where an area is without a map. */
export function directionTo(from: LatLng, to: LatLng): { km: number; direction: Compass } {
  const dy = (to.lat - from.lat) * 111.32;
  const dx = (to.lng - from.lng) * 111.32 * Math.cos((((from.lat + to.lat) / 2) * Math.PI) / 180);
  const degrees = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
  return { km: Math.hypot(dx, dy), direction: COMPASS[Math.round(degrees / 45) % 8]! };
}
