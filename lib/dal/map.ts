import 'server-only';
// The area map's data: what the viewer may see in a view, shaped for drawing. One function serves
// the page's requests and GET /api/v1/map, so the map can never show more than the listings page.
//
// Rules decided here:
// - Listings: listingVisibleSql(viewer) and listingActiveSql() on every row, in the counts of a
//   server cluster too (a hidden listing must not even be counted).
// - Firm name on a listing's marker only when the firm itself is visible (companyVisibleSql).
// - Companies layer: firms per companyVisibleSql, at their public location (lat/lng of the
//   profile; never the street, which is a contact detail).
// - Positions (points, clusters, lines, distances, the box and the km filter): exact only where the
//   viewer may know them (positionPreciseSql: own firms, firms of the viewer's networks, admins);
//   else the centre of a coarse grid cell (lib/map/coarse.ts). Clusters are always drawn on that
//   grid, and the box is grown to cell edges, so no view narrows a firm down below a cell.
// - Lines: the viewer's own firms' active listings ↔ their 'pair' matches that the viewer may see
//   and that are active; both ends pass the same filters, so a line always joins two markers.
import { getDb, type Tx } from '@/db/client';
import {
  companyCells,
  countListingsOf,
  listingCells,
  mapCompanyWhereSql,
  mapListingsInBBoxSql,
  mapListingWhereSql,
  selectCompanyPoints,
  selectListingPoints,
  selectMatchLines,
  withoutJit,
  type CellRow,
} from '@/db/queries/map';
import type { GeoPoint } from '@/db/queries/listings';
import { selectNetworkAreas } from '@/db/queries/networks';
import { selectThemeOptions } from '@/db/queries/themes';
import type { ListingCategory, ListingKind } from '@/db/schema';
import { coarsePoint, snapBBoxOut } from '@/lib/map/coarse';
import { aggregateAtZoom, POINTS_CAP, pointsLimitAtZoom, round5, type BBox, type LatLng } from '@/lib/map/grid';
import { sectorPrefixes } from '@/lib/listings/sectors';
import type { MapQuery } from '@/lib/validations/map';
import { companyVisibleSql } from '@/lib/policy/companies';
import { firmPositionPreciseSql, listingActiveSql, listingVisibleSql, ownFirmListingSql, positionPreciseSql } from '@/lib/policy/listings';
import { resolveNear, viewerOrigin } from './listings';
import type { Viewer } from '@/lib/policy/viewer';

/** Lines are for orientation, not a report: the best few hundred are plenty on one screen. */
export const MAX_LINES = 200;

export interface MapListingPoint {
  ref: string;
  kind: ListingKind;
  category: ListingCategory;
  title: string;
  lat: number;
  lng: number;
  /** Null when the firm is not visible to the viewer (e.g. not yet approved in any network). */
  company: { ref: string; name: string; city: string | null } | null;
  distanceKm: number | null;
  isOwn: boolean;
}

export interface MapCompanyPoint {
  ref: string;
  name: string;
  city: string | null;
  nace: string | null;
  lat: number;
  lng: number;
  /** Its listings the viewer may see that pass the filters. */
  listings: number;
  distanceKm: number | null;
  isOwn: boolean;
}

/** A server-side cluster: every row of a grid cell, drawn at their average position. */
export interface MapCluster {
  lat: number;
  lng: number;
  count: number;
  offers: number;
  needs: number;
  /** The rows' extent, to zoom to on click. */
  bounds: BBox;
}

export interface MapLine {
  from: { ref: string; title: string; lat: number; lng: number };
  to: { ref: string; title: string; kind: ListingKind; lat: number; lng: number };
  score: number;
}

interface MapDataBase {
  zoom: number;
  bbox: BBox;
  /** 'clusters' when, below POINTS_ZOOM, the view held more rows than pointsLimitAtZoom. */
  mode: 'points' | 'clusters';
  /** Rows in view (at least this many when truncated). */
  total: number;
  /** At street level with more than POINTS_CAP rows: only the newest POINTS_CAP are in points. */
  truncated: boolean;
  clusters: MapCluster[];
  /** Where distances are measured from. */
  distanceFrom: 'point' | 'company' | null;
}

export type MapData =
  | (MapDataBase & { layer: 'listings'; points: MapListingPoint[]; lines: MapLine[] })
  | (MapDataBase & { layer: 'companies'; points: MapCompanyPoint[]; lines: [] });

const km = (metres: number | null | undefined) => (metres === null || metres === undefined ? null : Math.round(Number(metres) / 100) / 10);

/** A position as the viewer may know it: exact (to 5 decimals) or its coarse cell's centre. */
const position = (p: LatLng, precise: boolean): LatLng => (precise ? { lat: round5(p.lat), lng: round5(p.lng) } : coarsePoint(p));

/** A cluster on the coarse grid: its centre and its extent (grown to cell edges) would otherwise
 * give away the exact spot of a lone or outermost firm. */
function toCluster(c: CellRow, listingsLayer: boolean): MapCluster {
  return {
    ...coarsePoint({ lat: c.lat, lng: c.lng }),
    count: c.n,
    offers: listingsLayer ? c.offers : 0,
    needs: listingsLayer ? c.n - c.offers : 0,
    bounds: snapBBoxOut({ west: c.west, south: c.south, east: c.east, north: c.north }),
  };
}

/** The map's data for one layer of a view (see the rules at the top of this file). */
export async function getMapData(viewer: Viewer | null, query: MapQuery): Promise<MapData> {
  const point = resolveNear(query.near);
  const origin: GeoPoint | null = point ?? (await viewerOrigin(viewer));
  return withoutJit(getDb(), (tx) => readMapData(tx, viewer, query, point, origin));
}

async function readMapData(db: Tx, viewer: Viewer | null, query: MapQuery, point: GeoPoint | null, origin: GeoPoint | null): Promise<MapData> {
  const base = { zoom: query.zoom, bbox: query.bbox, distanceFrom: point ? ('point' as const) : origin ? ('company' as const) : null };
  // An unknown postcode matches nothing rather than silently dropping the distance filter.
  const nearUnknown = !!query.near && !point;
  const within = query.km && origin ? { origin, km: query.km, precise: positionPreciseSql(viewer) } : undefined;
  // Grown to cell edges: filtering exact positions by it equals filtering their coarse cells.
  const bbox = snapBBoxOut(query.bbox);
  const filters = {
    kind: query.kind,
    category: query.category,
    sectorPrefixes: query.sector ? sectorPrefixes(query.sector) : undefined,
    themeRef: query.theme,
    within,
  };
  const listingWhere = mapListingWhereSql({ rules: [listingVisibleSql(viewer), listingActiveSql()], filters, unknownPlace: nearUnknown });
  const isOwn = (companyId: string) => !!viewer?.companyIds.includes(companyId);

  if (query.layer === 'companies') {
    const companyPrecise = firmPositionPreciseSql(viewer);
    const where = mapCompanyWhereSql({
      visible: companyVisibleSql(viewer),
      bbox,
      sectorPrefixes: query.sector ? sectorPrefixes(query.sector) : undefined,
      within: within ? { ...within, precise: companyPrecise } : undefined,
      unknownPlace: nearUnknown,
      hasListing: query.kind || query.category || query.theme ? listingWhere : undefined,
    });
    const { mode, total, truncated, rows, cells } = await pointsOrCells(
      query.zoom,
      () => companyCells(db, { where, zoom: query.zoom }),
      (limit) => selectCompanyPoints(db, { where, precise: companyPrecise, origin, limit }),
    );
    const counts = await countListingsOf(db, { companyIds: rows.map((r) => r.id), listingWhere });
    return {
      ...base,
      layer: 'companies',
      mode,
      total,
      truncated,
      clusters: cells.map((c) => toCluster(c, false)),
      points: rows.map((r) => ({
        ref: r.ref,
        name: r.name,
        city: r.city,
        nace: r.nace,
        ...position(r, r.precise),
        listings: counts.get(r.id) ?? 0,
        distanceKm: km(r.distanceMetres),
        isOwn: isOwn(r.id),
      })),
      lines: [],
    };
  }

  const where = mapListingsInBBoxSql({ listingWhere, bbox });
  const precise = positionPreciseSql(viewer);
  const companyVisible = companyVisibleSql(viewer);
  // One connection (the transaction): the reads run one after the other.
  const { mode, total, truncated, rows, cells } = await pointsOrCells(
    query.zoom,
    () => listingCells(db, { where, zoom: query.zoom }),
    (limit) => selectListingPoints(db, { where, companyVisible, precise, origin, limit }),
  );
  const lines = viewer?.companyIds.length
    ? await selectMatchLines(db, {
        ownWhere: mapListingWhereSql({ rules: [ownFirmListingSql(viewer), listingActiveSql()], filters, unknownPlace: nearUnknown }),
        otherWhere: listingWhere,
        otherPrecise: precise,
        limit: MAX_LINES,
      })
    : [];
  return {
    ...base,
    layer: 'listings',
    mode,
    total,
    truncated,
    clusters: cells.map((c) => toCluster(c, true)),
    points: rows.map((r) => ({
      ref: r.ref,
      kind: r.kind,
      category: r.category,
      title: r.title,
      ...position(r, r.precise),
      company: r.companyRef && r.companyName ? { ref: r.companyRef, name: r.companyName, city: r.companyCity } : null,
      distanceKm: km(r.distanceMetres),
      isOwn: isOwn(r.companyId),
    })),
    lines: lines.map((l) => ({
      from: { ref: l.fromRef, title: l.fromTitle, lat: round5(l.fromLat), lng: round5(l.fromLng) },
      to: { ref: l.toRef, title: l.toTitle, kind: l.toKind, ...position({ lat: l.toLat, lng: l.toLng }, l.toPrecise) },
      score: Math.round(l.score * 100) / 100,
    })),
  };
}

/**
 * Below POINTS_ZOOM: count per cell first; a view with few enough rows (pointsLimitAtZoom) is then
 * sent as points (the browser clusters those itself), a fuller one as the cells. From POINTS_ZOOM on:
 * points straight away, at most POINTS_CAP (one more is read to know whether some were left out).
 */
async function pointsOrCells<R>(zoom: number, countCells: () => Promise<CellRow[]>, points: (limit: number) => Promise<R[]>) {
  if (aggregateAtZoom(zoom)) {
    const cells = await countCells();
    const total = cells.reduce((sum, c) => sum + c.n, 0);
    if (total > pointsLimitAtZoom(zoom)) return { mode: 'clusters' as const, total, truncated: false, rows: [] as R[], cells };
    const rows = total === 0 ? [] : await points(POINTS_CAP);
    return { mode: 'points' as const, total: rows.length, truncated: false, rows, cells: [] as CellRow[] };
  }
  const read = await points(POINTS_CAP + 1);
  const truncated = read.length > POINTS_CAP;
  const rows = truncated ? read.slice(0, POINTS_CAP) : read;
  return { mode: 'points' as const, total: read.length, truncated, rows, cells: [] as CellRow[] };
}

// ---------------------------------------------------------------- the page's frame

export interface MapArea {
  ref: string;
  name: string;
  center: { lat: number; lng: number };
  radiusKm: number;
}

/** The networks drawn as the area and framed by the first view: the viewer's own (as member,
 * facilitator or municipality), or every network for a visitor or a user without one. */
export async function mapAreas(viewer: Viewer | null): Promise<MapArea[]> {
  const mine = viewer ? [...new Set([...viewer.memberNetworkIds, ...viewer.facilitatorNetworkIds, ...viewer.municipalityNetworkIds])] : [];
  const rows = await selectNetworkAreas(getDb(), { networkIds: mine.length ? mine : 'all' });
  return rows.map((r) => ({ ref: r.ref, name: r.name, center: { lat: r.lat, lng: r.lng }, radiusKm: r.radiusKm }));
}

export interface MapThemeOption {
  value: string;
  label: string;
}

/**
 * Themes to filter by: the open themes of the viewer's networks (all for an admin). Theme boards are
 * for members, so a visitor gets none to pick from; a theme given in the URL still filters (only
 * visible listings are ever shown) and is offered under its ref so the form shows what is applied.
 */
export async function mapThemeOptions(viewer: Viewer | null, requested?: string): Promise<MapThemeOption[]> {
  const mine = viewer ? [...new Set([...viewer.memberNetworkIds, ...viewer.facilitatorNetworkIds, ...viewer.municipalityNetworkIds])] : [];
  // Open themes, and the one asked for even when archived (an old link still says what it shows).
  const rows =
    viewer && (viewer.isAdmin || mine.length) ? await selectThemeOptions(getDb(), { networkIds: viewer.isAdmin ? 'all' : mine, requestedRef: requested }) : [];
  const options = rows.map((r) => ({ value: r.ref, label: r.title }));
  if (requested && !options.some((o) => o.value === requested)) options.push({ value: requested, label: requested });
  return options;
}

/** Whether distances can be measured for this viewer without a `near` (a firm with a location). */
export async function mapHasOrigin(viewer: Viewer | null): Promise<boolean> {
  return !!(await viewerOrigin(viewer));
}
