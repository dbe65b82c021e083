// Coarse positions: what a visitor (and anyone outside a firm's networks) learns about where a
// firm is. A firm's map point is its street address or near it; the public gets the centre of the
// grid cell it lies in — about 550 × 500 m in Denmark (0.005° of latitude, 0.008° of longitude) —
// instead. Deterministic on purpose: the same firm always lands on the same centre, so asking again
// and averaging the answers teaches nothing (random noise would average away). The SQL twin is
// coarseDegreesSql in db/queries/listings.ts; lib/policy decides who gets which.
import type { BBox, LatLng } from './grid';

export const COARSE_LAT_STEP = 0.005;
export const COARSE_LNG_STEP = 0.008;

const snap = (v: number, step: number) => Number(((Math.floor(v / step) + 0.5) * step).toFixed(6));

/** The centre of the grid cell the position lies in. */
export function coarsePoint(p: LatLng): LatLng {
  return { lat: snap(p.lat, COARSE_LAT_STEP), lng: snap(p.lng, COARSE_LNG_STEP) };
}

/** A box grown outwards to cell boundaries. Filtering exact positions by such a box gives the
 * same answer as filtering their cells, so a visitor cannot narrow a firm down by shrinking the
 * map's box around it. */
export function snapBBoxOut(b: BBox): BBox {
  const down = (v: number, step: number) => Number((Math.floor(v / step) * step).toFixed(6));
  const up = (v: number, step: number) => Number((Math.ceil(v / step) * step).toFixed(6));
  return {
    south: Math.max(-90, down(b.south, COARSE_LAT_STEP)),
    west: Math.max(-180, down(b.west, COARSE_LNG_STEP)),
    north: Math.min(90, up(b.north, COARSE_LAT_STEP)),
    east: Math.min(180, up(b.east, COARSE_LNG_STEP)),
  };
}

/** Half a cell's diagonal in metres, at most (near the equator): how far a cell centre can be from
 * a position in its cell. Distance filters on cell centres widen their index box by this much. */
export const COARSE_MAX_OFFSET_M = 600;
