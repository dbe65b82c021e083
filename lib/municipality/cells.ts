// The areas of the municipality's map (pure; no database).
//
// An area is a postcode area: the unit in which a municipal officer thinks and talks ("the firms
// in Regstrup"), which a firm's address always has, and which never cuts one industrial estate in
// two the way a fixed grid line can. Its position is the postcode's representative point, never a
// firm's own location.
//
// Every area shown must stand for at least MIN_FIRMS member firms. A smaller postcode area is
// merged into the nearest shown area within MERGE_RADIUS_KM (its name is added to that area's
// name), otherwise into "the rest of the area" (shown in the tables, not on the map). If the rest
// would itself stand for 1–2 firms, its postcode areas are merged into their nearest shown area at
// any distance, and, failing that, the smallest shown area joins the rest. (How many of an area's
// firms have open offers or needs is a separate question, answered per count in aggregate.ts.)
import { MIN_FIRMS } from './protect';

export const MERGE_RADIUS_KM = 10;
export const REST_KEY = '~rest';

export interface UnitPoint {
  key: string;
  lat: number;
  lng: number;
}

export interface FirmUnit {
  firmId: string;
  /** The firm's postcode area, null when it has none (or one without a known point). */
  unit: string | null;
}

export interface PlannedCell {
  /** The key of the area's main postcode area (the one with most firms). */
  key: string;
  /** Postcode areas in the cell: the main one first, merged ones after it. */
  units: string[];
  lat: number;
  lng: number;
  firmIds: string[];
}

export interface CellPlan {
  cells: PlannedCell[];
  /** Firms in postcode areas too small and too far to merge (and firms without a known area). */
  rest: { units: string[]; firmIds: string[] } | null;
  /** Firm → its cell's key, or REST_KEY. */
  cellOf: Map<string, string>;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Group {
  units: string[];
  point: UnitPoint | null;
  firmIds: string[];
  /** A shown area that had to join the rest: it stays there (so that the loop below ends). */
  pinned?: boolean;
}

/** Groups firms into publishable areas of at least MIN_FIRMS firms each. */
export function planCells(input: { firms: FirmUnit[]; units: UnitPoint[]; mergeRadiusKm?: number }): CellPlan {
  const radius = input.mergeRadiusKm ?? MERGE_RADIUS_KM;
  const points = new Map(input.units.map((u) => [u.key, u]));
  const ok = (firmIds: string[]) => firmIds.length >= MIN_FIRMS;

  const byUnit = new Map<string, Group>();
  const rest: Group = { units: [], point: null, firmIds: [] };
  for (const f of input.firms) {
    const point = f.unit ? points.get(f.unit) : undefined;
    if (!f.unit || !point) {
      rest.firmIds.push(f.firmId);
      continue;
    }
    let g = byUnit.get(f.unit);
    if (!g) byUnit.set(f.unit, (g = { units: [f.unit], point, firmIds: [] }));
    g.firmIds.push(f.firmId);
  }
  // Largest first; ties by key, so the same data always gives the same areas.
  const order = (a: Group, b: Group) => b.firmIds.length - a.firmIds.length || a.units[0]!.localeCompare(b.units[0]!);
  const groups = [...byUnit.values()].sort(order);
  const shown = groups.filter((g) => ok(g.firmIds));
  const small = groups.filter((g) => !ok(g.firmIds));

  /** Merges g into the nearest shown cell (within maxKm) that stays publishable with it. */
  const mergeIntoNearest = (g: Group, maxKm: number): boolean => {
    if (!g.point) return false;
    const candidates = shown
      .map((s) => ({ s, d: distanceKm(g.point!, s.point!) }))
      .filter((x) => x.d <= maxKm)
      .sort((x, y) => x.d - y.d || x.s.units[0]!.localeCompare(y.s.units[0]!));
    for (const { s } of candidates) {
      const merged = [...s.firmIds, ...g.firmIds];
      if (ok(merged)) {
        s.units.push(...g.units);
        s.firmIds = merged;
        return true;
      }
    }
    return false;
  };

  const restUnits: Group[] = [];
  for (const g of small) if (!mergeIntoNearest(g, radius)) restUnits.push(g);

  const restFirms = () => [...rest.firmIds, ...restUnits.flatMap((g) => g.firmIds)];
  while (restFirms().length > 0 && !ok(restFirms())) {
    // Rest too small: first try to place its postcode areas in their nearest areas, at any distance …
    const movable = restUnits.findIndex((g) => !g.pinned && mergeIntoNearest(g, Infinity));
    if (movable !== -1) {
      restUnits.splice(movable, 1);
      continue;
    }
    // … then let the smallest shown area join the rest (it is no longer shown on its own).
    const smallest = [...shown].sort((a, b) => order(b, a))[0];
    if (!smallest) break; // the whole network is the rest; the caller checks the network itself
    shown.splice(shown.indexOf(smallest), 1);
    smallest.pinned = true;
    restUnits.push(smallest);
  }

  const cellOf = new Map<string, string>();
  const cells: PlannedCell[] = shown.sort(order).map((s) => {
    const key = s.units[0]!;
    for (const f of s.firmIds) cellOf.set(f, key);
    return { key, units: s.units, lat: s.point!.lat, lng: s.point!.lng, firmIds: s.firmIds };
  });
  const firmIds = restFirms();
  for (const f of firmIds) cellOf.set(f, REST_KEY);
  const units = restUnits.flatMap((g) => g.units).sort();
  return { cells, rest: firmIds.length ? { units, firmIds } : null, cellOf };
}
