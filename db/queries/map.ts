// SQL for the area map: what lies in a bounding box, as points or as per-cell counts, and the lines
// between matched listings. Who may see what is NOT decided here: the DAL (lib/dal/map.ts) passes
// listingVisibleSql/listingActiveSql and companyVisibleSql in as `where` / `visible`.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cellsPerWorld, type BBox } from '@/lib/map/grid';
import { queryRows, type Db, type Tx } from '../client';
import { companies, listings, listingThemes, matches, themes } from '../schema';
import { companySectorSql, positionDistanceSql, withinKmSql, type GeoPoint } from './listings';

type Column = typeof listings.lat | typeof listings.lng | typeof companies.lat | typeof companies.lng | SQL;
interface LatLngColumns {
  lat: Column;
  lng: Column;
}

/**
 * In the box: a range on lat with lng tested in the same btree (listings_map_idx, companies_map_idx,
 * migration 0004_map). Unlike the GiST earth index used for distances, a btree on plain columns has
 * statistics, so the planner knows a street view holds a few rows and a region view most of them.
 */
export function inBBoxSql(cols: LatLngColumns, b: BBox): SQL {
  return sql`(${cols.lat} between ${b.south}::float8 and ${b.north}::float8
    and ${cols.lng} between ${b.west}::float8 and ${b.east}::float8)`;
}

/**
 * Runs the map's reads in one transaction with PostgreSQL's JIT compiler off. The visibility
 * condition's sub-select makes the planner over-estimate a region view's cost (~370,000 for a
 * 35 ms query), which switches JIT on and adds 15–270 ms of compilation to every request
 * (measured with scripts/bench-map.ts). PGlite has no JIT; the setting is harmless there.
 */
export async function withoutJit<T>(db: Db, run: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return run(tx);
  });
}

/** Grid cell of a row at a zoom: the SQL twin of cellOf() in lib/map/grid.ts (Web Mercator). */
function cellSql(cols: LatLngColumns, zoom: number) {
  const n = cellsPerWorld(zoom);
  return {
    x: sql`floor((${cols.lng} + 180) / 360 * ${n}::float8)::int`,
    y: sql`floor((0.5 - ln((1 + sin(radians(${cols.lat}))) / (1 - sin(radians(${cols.lat})))) / (4 * pi())) * ${n}::float8)::int`,
  };
}

// ---------------------------------------------------------------- listing filters

export interface ListingMapFilters {
  kind?: 'offer' | 'need' | undefined;
  category?: string | undefined;
  /** NACE prefixes of the firm (lib/listings/sectors.sectorPrefixes). */
  sectorPrefixes?: string[] | undefined;
  themeRef?: string | undefined;
  /** Within km of origin; rows where `precise` does not hold are measured from their coarse cell. */
  within?: { origin: GeoPoint; km: number; precise: SQL } | undefined;
}

/**
 * The filters as conditions on `listings` alone (the firm's sector through a sub-select), so the
 * same SQL works in the aggregate, the points query and the sub-select of the lines query.
 */
export function listingFilterSql(f: ListingMapFilters): SQL[] {
  const out: SQL[] = [];
  if (f.kind) out.push(sql`${listings.kind} = ${f.kind}`);
  if (f.category) out.push(sql`${listings.category} = ${f.category}`);
  if (f.sectorPrefixes) {
    out.push(sql`exists (select 1 from ${companies} where ${companies.id} = ${listings.companyId} and ${companySectorSql(f.sectorPrefixes)})`);
  }
  if (f.themeRef) {
    out.push(sql`exists (select 1 from ${listingThemes} join ${themes} on ${themes.id} = ${listingThemes.themeId}
      where ${listingThemes.listingId} = ${listings.id} and ${themes.ref} = ${f.themeRef})`);
  }
  if (f.within) out.push(withinKmSql(f.within.origin, f.within.km, f.within.precise));
  return out;
}

// ---------------------------------------------------------------- aggregates

export interface CellRow {
  x: number;
  y: number;
  n: number;
  offers: number;
  lat: number;
  lng: number;
  south: number;
  west: number;
  north: number;
  east: number;
}

async function cells(db: Tx, from: SQL, cols: LatLngColumns, offerSql: SQL, where: SQL, zoom: number): Promise<CellRow[]> {
  const cell = cellSql(cols, zoom);
  // The planner cannot estimate how many cells a view has (it guesses one per row) and so sorts
  // tens of thousands of rows to group them; a few hundred groups fit a hash table. Sorting is
  // discouraged for this statement only (set local, then back on, inside withoutJit's transaction).
  await db.execute(sql`set local enable_sort = off`);
  const rows = await queryRows<Record<keyof CellRow, number | string>>(
    db,
    sql`select x, y, count(*)::int as n, count(*) filter (where is_offer)::int as offers,
          avg(lat) as lat, avg(lng) as lng, min(lat) as south, min(lng) as west, max(lat) as north, max(lng) as east
        from (select ${cell.x} as x, ${cell.y} as y, ${cols.lat} as lat, ${cols.lng} as lng, ${offerSql} as is_offer
              from ${from} where ${where}) c
        group by x, y`,
  );
  await db.execute(sql`set local enable_sort = on`);
  // PostgreSQL returns numeric/float8 aggregates as strings through node-postgres.
  return rows.map((r) => ({
    x: Number(r.x),
    y: Number(r.y),
    n: Number(r.n),
    offers: Number(r.offers),
    lat: Number(r.lat),
    lng: Number(r.lng),
    south: Number(r.south),
    west: Number(r.west),
    north: Number(r.north),
    east: Number(r.east),
  }));
}

/** Visible listings in the view counted per grid cell, with offers apart (needs = n − offers). */
export function listingCells(db: Tx, params: { where: SQL; zoom: number }) {
  return cells(db, sql`${listings}`, listings, sql`${listings.kind} = 'offer'`, params.where, params.zoom);
}

/** Visible firms in the view counted per grid cell (offers is always 0). */
export function companyCells(db: Tx, params: { where: SQL; zoom: number }) {
  return cells(db, sql`${companies}`, companies, sql`false`, params.where, params.zoom);
}

// ---------------------------------------------------------------- points

/** Listings as map points with their firm's public name (when `companyVisible` holds), newest first.
 * `precise` (lib/policy positionPreciseSql) says per row whether the reader may know the exact
 * position; the distance is measured from what they may know. */
export function selectListingPoints(db: Db | Tx, params: { where: SQL; companyVisible: SQL; precise: SQL; origin: GeoPoint | null; limit: number }) {
  return db
    .select({
      ref: listings.ref,
      companyId: listings.companyId,
      kind: listings.kind,
      category: listings.category,
      title: listings.title,
      lat: sql<number>`${listings.lat}`,
      lng: sql<number>`${listings.lng}`,
      companyRef: sql<string | null>`case when ${params.companyVisible} then ${companies.ref} end`,
      companyName: sql<string | null>`case when ${params.companyVisible} then ${companies.name} end`,
      companyCity: sql<string | null>`case when ${params.companyVisible} then ${companies.city} end`,
      precise: sql<boolean>`(${params.precise})`.mapWith(Boolean),
      distanceMetres: params.origin ? positionDistanceSql(params.origin, listings, params.precise) : sql<number | null>`null::float8`,
    })
    .from(listings)
    .innerJoin(companies, eq(companies.id, listings.companyId))
    .where(params.where)
    .orderBy(desc(listings.createdAt), listings.id)
    .limit(params.limit);
}

/** Within `km` of `origin`, for firms (companies_earth_idx); firms where `precise` does not hold are
 * measured from their coarse cell. */
export function companyWithinKmSql(origin: GeoPoint, km: number, precise: SQL): SQL {
  return withinKmSql(origin, km, precise, companies);
}

/** Firms as map points: public name, town, first NACE code (never street or contact details), and
 * whether the reader may know the exact position (`precise`). */
export function selectCompanyPoints(db: Db | Tx, params: { where: SQL; precise: SQL; origin: GeoPoint | null; limit: number }) {
  const o = params.origin;
  return db
    .select({
      id: companies.id,
      ref: companies.ref,
      name: companies.name,
      city: companies.city,
      nace: sql<string | null>`${companies.nace}[1]`,
      lat: sql<number>`${companies.lat}`,
      lng: sql<number>`${companies.lng}`,
      precise: sql<boolean>`(${params.precise})`.mapWith(Boolean),
      distanceMetres: o ? positionDistanceSql(o, companies, params.precise) : sql<number | null>`null::float8`,
    })
    .from(companies)
    .where(params.where)
    .orderBy(companies.name, companies.id)
    .limit(params.limit);
}

/** Per firm, how many of its listings pass `listingWhere` (the viewer's visible, active, filtered).
 * A separate grouped query: drizzle leaves column names unqualified in the select list of a
 * one-table query, which would make a correlated sub-select there compare listings with itself. */
export async function countListingsOf(db: Db | Tx, params: { companyIds: string[]; listingWhere: SQL }): Promise<Map<string, number>> {
  if (params.companyIds.length === 0) return new Map();
  const rows = await db
    .select({ companyId: listings.companyId, n: sql<number>`count(*)::int` })
    .from(listings)
    .where(and(inArray(listings.companyId, params.companyIds), params.listingWhere))
    .groupBy(listings.companyId);
  return new Map(rows.map((r) => [r.companyId, Number(r.n)]));
}

/** The firm has at least one listing passing `listingWhere` (kind/category/theme filters on firms). */
export function companyHasListingSql(listingWhere: SQL): SQL {
  return sql`exists (select 1 from ${listings} where ${listings.companyId} = ${companies.id} and ${listingWhere})`;
}

// ---------------------------------------------------------------- lines between matched pairs

const own = alias(listings, 'own');

/**
 * Pair matches of the viewer's own listings: `otherWhere` applies to the matched listing (the
 * outer `listings`), `ownWhere` to the viewer's listing through a sub-select over `listings`, so
 * both sides go through the same visibility/activity/filter SQL. Best scores first.
 */
export function selectMatchLines(db: Db | Tx, params: { ownWhere: SQL; otherWhere: SQL; otherPrecise: SQL; limit: number }) {
  return db
    .select({
      fromRef: own.ref,
      fromTitle: own.title,
      fromLat: sql<number>`${own.lat}`,
      fromLng: sql<number>`${own.lng}`,
      toRef: listings.ref,
      toTitle: listings.title,
      toKind: listings.kind,
      toLat: sql<number>`${listings.lat}`,
      toLng: sql<number>`${listings.lng}`,
      toPrecise: sql<boolean>`(${params.otherPrecise})`.mapWith(Boolean),
      score: matches.score,
    })
    .from(matches)
    .innerJoin(listings, eq(listings.id, matches.otherListingId))
    .innerJoin(own, eq(own.id, matches.listingId))
    .where(
      and(
        eq(matches.type, 'pair'),
        sql`${matches.listingId} in (select ${listings.id} from ${listings} where ${params.ownWhere})`,
        params.otherWhere,
        sql`${own.lat} is not null and ${own.lng} is not null and ${listings.lat} is not null and ${listings.lng} is not null`,
      ),
    )
    .orderBy(desc(matches.score), listings.ref)
    .limit(params.limit);
}

// ---------------------------------------------------------------- a view's conditions

/** `rules` (lib/policy: visibility or ownership, activity) and the map's listing filters; nothing
 * at all when the place asked for is unknown (rather than silently dropping the distance filter). */
export function mapListingWhereSql(params: { rules: SQL[]; filters: ListingMapFilters; unknownPlace: boolean }): SQL {
  const filters = listingFilterSql(params.filters);
  if (params.unknownPlace) filters.push(sql`false`);
  return and(...params.rules, ...filters)!;
}

/** `listingWhere` (mapListingWhereSql) for listings in the box. */
export function mapListingsInBBoxSql(params: { listingWhere: SQL; bbox: BBox }): SQL {
  return and(params.listingWhere, inBBoxSql(listings, params.bbox))!;
}

/** The companies layer: firms that pass `visible` (lib/policy/companies) in the box, in the sector,
 * within km; with `hasListing`, only firms with a listing that passes it. */
export function mapCompanyWhereSql(params: {
  visible: SQL;
  bbox: BBox;
  sectorPrefixes?: string[];
  /** Within km of origin; firms where `precise` does not hold are measured from their coarse cell. */
  within?: { origin: GeoPoint; km: number; precise: SQL };
  unknownPlace: boolean;
  hasListing?: SQL;
}): SQL {
  const conditions: SQL[] = [params.visible, inBBoxSql(companies, params.bbox)];
  if (params.sectorPrefixes) conditions.push(companySectorSql(params.sectorPrefixes));
  if (params.within) conditions.push(companyWithinKmSql(params.within.origin, params.within.km, params.within.precise));
  if (params.unknownPlace) conditions.push(sql`false`);
  if (params.hasListing) conditions.push(companyHasListingSql(params.hasListing));
  return and(...conditions)!;
}
