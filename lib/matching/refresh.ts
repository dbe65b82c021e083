import 'server-only';
// `matches:refresh` (and the nightly job): recompute every open listing's suggestions. Ranking one
// listing at a time costs a source and a candidate query each (~100,000 round trips for an area of
// 100,000 listings); a full refresh instead works through the area one grid cell at a time: it
// reads the cell's sources and every open listing within reach of them (the cell widened by twice
// the largest network radius) in two queries, picks each source's candidates in memory by the
// same rules and order as the candidate query (selectMatchCandidates: compatible kind and category,
// another firm's, visible to the source's firm, within twice its radius, nearest first, at most
// MAX_CANDIDATES), ranks them with the same rank(), and writes each batch while the next cell is
// computed. Memory is bounded by the densest cell's neighbourhood, not by the area's size. Listings
// without a location are ranked one by one (matchListing). Both paths store the same suggestions
// (tests/integration/matching-refresh.test.ts).
import type { Db } from '@/db/client';
import {
  CELL_LAT,
  CELL_LNG,
  MAX_CANDIDATES,
  selectTextCandidateIds,
  deleteInactiveMatches,
  selectAreaListings,
  selectCellSources,
  selectRefreshCells,
  selectUnlocatedListingIds,
  storeMatchBatch,
  type AreaListing,
  type MatchSource,
  type NearRow,
  type StoredMatchInput,
} from '@/db/queries/matching';
import { LISTING_CATEGORIES } from '@/db/schema';
import { listingActiveSql, listingVisibleTo } from '@/lib/policy/listings';
import { firmAudience } from '@/lib/policy/viewer';
import { candidateParams, isActive, matchListing, STORED_PAIRS, storedRows } from './engine';
import { networkLearning, rankLearned } from './learning';
import { candidateFilters } from './pair-rules';
import { DEFAULT_RADIUS_KM } from './rank';
import type { MatchListing } from './types';

export interface RefreshSummary {
  listings: number;
  matches: number;
  ms: number;
}

/** PostgreSQL's earth (earthdistance's earth(), metres) and its point/distance functions, so that
 * distances, the radius cut and the nearest-first order are those of the candidate query. */
const EARTH_M = 6378168;
const RAD = Math.PI / 180;
function earthPoint(lat: number, lng: number): [number, number, number] {
  const cl = Math.cos(lat * RAD);
  return [EARTH_M * cl * Math.cos(lng * RAD), EARTH_M * cl * Math.sin(lng * RAD), EARTH_M * Math.sin(lat * RAD)];
}
/** earth_distance: the great-circle distance (metres) for a straight-line (chord) distance. */
const chordToMetres = (chord: number) => (chord >= 2 * EARTH_M ? Math.PI * EARTH_M : 2 * EARTH_M * Math.asin(chord / (2 * EARTH_M)));

interface Located {
  listing: AreaListing;
  point: [number, number, number];
}

/** A fine grid over an area's candidates, per kind and category, for a nearest-first search. */
const FINE_LAT = 0.05; // ~5.6 km
const FINE_LNG = 0.1; // ~6.4 km at 55° N, ~3.8 km at 70° N
const fineKey = (y: number, x: number) => y * 8000 + x;
type AreaIndex = Map<string, Map<number, Located[]>>;

function indexArea(area: AreaListing[]): AreaIndex {
  const index: AreaIndex = new Map();
  for (const l of area) {
    if (l.lat == null || l.lng == null) continue;
    const kc = `${l.kind}|${l.category}`;
    let cells = index.get(kc);
    if (!cells) index.set(kc, (cells = new Map<number, Located[]>()));
    const k = fineKey(Math.floor(l.lat / FINE_LAT), Math.floor((l.lng + 360) / FINE_LNG));
    let cell = cells.get(k);
    if (!cell) cells.set(k, (cell = []));
    cell.push({ listing: l, point: earthPoint(l.lat, l.lng) });
  }
  return index;
}

/** The straight-line (chord) distance of a great-circle distance, squared: comparing squared
 * chords orders points as earth_distance does, without a square root or an arcsine per point. */
const metresToChord2 = (metres: number) => (2 * EARTH_M * Math.sin(Math.min(Math.PI / 2, metres / (2 * EARTH_M)))) ** 2;

/**
 * selectMatchCandidates in memory: the nearest compatible, visible listings of other firms within
 * `maxKm`, nearest first (ties by id), at most `limit`, each with its distance. Searches the fine
 * grid in square rings around the source and stops once no unvisited ring can hold anything nearer
 * than the `limit`-th found, like the candidate query's walk of the GiST index.
 */
export function nearestInArea(source: MatchSource, area: AreaIndex, opts: { maxKm: number; limit?: number }): MatchListing[] {
  if (source.lat == null || source.lng == null) return [];
  const limit = opts.limit ?? MAX_CANDIDATES;
  const [ox, oy, oz] = earthPoint(source.lat, source.lng);
  const maxChord2 = metresToChord2(opts.maxKm * 1000);
  const viewer = firmAudience(source.companyId, source.networkIds);
  const cellSets: Map<number, Located[]>[] = [];
  for (const f of candidateFilters(source, LISTING_CATEGORIES)) {
    for (const c of f.categories) {
      const cells = area.get(`${f.kind}|${c}`);
      if (cells) cellSets.push(cells);
    }
  }
  // The narrowest a fine cell gets within reach (cells narrow towards the pole), in metres, less 2 %
  // for great circles being shorter than parallels: every listing in a ring beyond r lies at least
  // r cells from the source.
  const widestLat = Math.min(89, Math.abs(source.lat) + opts.maxKm / 100 + 1);
  const cellM = Math.min(FINE_LAT, FINE_LNG * Math.cos(widestLat * RAD)) * RAD * EARTH_M * 0.98;
  const y0 = Math.floor(source.lat / FINE_LAT);
  const x0 = Math.floor((source.lng + 360) / FINE_LNG);
  const found: Located[] = [];
  const d2: number[] = [];
  let order: number[] = [];
  const byDistance = (a: number, b: number) => d2[a]! - d2[b]! || (found[a]!.listing.id < found[b]!.listing.id ? -1 : 1);
  for (let r = 0; ; r++) {
    for (const cells of cellSets) {
      for (let dy = -r; dy <= r; dy++) {
        const step = dy === -r || dy === r ? 1 : 2 * r;
        for (let dx = -r; dx <= r; dx += step) {
          const cell = cells.get(fineKey(y0 + dy, x0 + dx));
          if (!cell) continue;
          for (const c of cell) {
            if (c.listing.companyId === source.companyId) continue;
            const ex = c.point[0] - ox;
            const ey = c.point[1] - oy;
            const ez = c.point[2] - oz;
            const q = ex * ex + ey * ey + ez * ez;
            if (q > maxChord2 || !listingVisibleTo(viewer, c.listing)) continue;
            found.push(c);
            d2.push(q);
          }
        }
      }
    }
    const beyond = r * cellM;
    if (beyond > opts.maxKm * 1000) break;
    if (found.length >= limit) {
      order = found.map((_, i) => i).sort(byDistance);
      if (d2[order[limit - 1]!]! < metresToChord2(beyond)) break;
    }
  }
  if (order.length !== found.length) order = found.map((_, i) => i).sort(byDistance);
  return order.slice(0, limit).map((i) => ({ ...found[i]!.listing, distanceKm: chordToMetres(Math.sqrt(d2[i]!)) / 1000 }));
}

/** The lat/lng box around a grid cell that holds everything within `km` of any point in it. */
function reach(cell: { latIndex: number; lngIndex: number }, km: number) {
  const dLat = (km / ((EARTH_M / 1000) * RAD)) * 1.01;
  const south = cell.latIndex * CELL_LAT - dLat;
  const north = (cell.latIndex + 1) * CELL_LAT + dLat;
  const widest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)));
  const dLng = (dLat / Math.cos(widest * RAD)) * 1.01;
  return { south, north, west: cell.lngIndex * CELL_LNG - dLng, east: (cell.lngIndex + 1) * CELL_LNG + dLng };
}

/** Text candidate statements in flight ahead of the source being ranked (on PostgreSQL they run on
 * the nearest-first connections, at most three at once; PGlite queues them). */
const TEXT_AHEAD = 4;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function refreshAllMatches(db: Db, opts: { now?: Date; batchSize?: number; onProgress?: (done: number) => void } = {}): Promise<RefreshSummary> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const active = listingActiveSql(now);
  const batchSize = opts.batchSize ?? 1000;
  let listings = 0;
  let stored = 0;
  let batch: { listingId: string; rows: StoredMatchInput[] }[] = [];
  // One write in flight while the next cell is ranked (PostgreSQL writes on its own core).
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    batch = [];
    await writing;
    writing = storeMatchBatch(db, rows, now);
    // Handled here so that a failed write cannot crash the process before it is awaited (it is
    // rethrown by the next `await writing`).
    writing.catch(() => {});
  };
  const add = async (listingId: string, rows: StoredMatchInput[]) => {
    batch.push({ listingId, rows });
    listings++;
    stored += rows.length;
    if (batch.length >= batchSize) await flush();
    if (listings % 20 === 0) {
      opts.onProgress?.(listings);
      // A refresh running inside the app server must not hold up its requests.
      await yieldToEventLoop();
    }
  };

  // What every network taught (feedback counts, vocabulary), once: a few hundred rows at most.
  const learning = await networkLearning(db, { fresh: true });
  for (const cell of await selectRefreshCells(db, active)) {
    const sources = await selectCellSources(db, cell, active);
    if (!sources.length) continue;
    const maxKm = 2 * Math.max(...sources.map((s) => s.radiusKm ?? DEFAULT_RADIUS_KM));
    const areaListings = await selectAreaListings(db, reach(cell, maxKm), { active, today });
    const area = indexArea(areaListings);
    const areaById = new Map(areaListings.map((l) => [l.id, l]));
    // The text candidate source as ranking one listing runs it (the same statement): a full-text
    // test has no in-memory twin that would agree with PostgreSQL's stemmers word for word. The
    // statements of the next few sources are in flight while one is ranked, so PostgreSQL answers
    // them on its core while this one ranks, rather than a round trip per listing in series.
    const texts = new Map<number, Promise<NearRow[]>>();
    const textAhead = (i: number) => {
      for (let k = i; k < Math.min(sources.length, i + TEXT_AHEAD); k++) {
        if (texts.has(k) || !isActive(sources[k]!, now)) continue;
        const q = selectTextCandidateIds(db, candidateParams(sources[k]!, now));
        // Awaited in order below; handled here so a failure cannot crash the process first.
        q.catch(() => {});
        texts.set(k, q);
      }
    };
    for (const [i, source] of sources.entries()) {
      if (!isActive(source, now)) {
        await add(source.id, []);
        continue;
      }
      textAhead(i);
      const texted = texts.get(i)!;
      texts.delete(i);
      const radiusKm = source.radiusKm ?? DEFAULT_RADIUS_KM;
      const candidates = nearestInArea(source, area, { maxKm: 2 * radiusKm });
      const walked = new Set(candidates.map((c) => c.id));
      for (const t of await texted) {
        const l = walked.has(t.id) ? undefined : areaById.get(t.id);
        if (l) candidates.push({ ...l, distanceKm: Number(t.distance_km), via: 'text' });
      }
      await add(source.id, storedRows(rankLearned(learning, source, candidates, { now, radiusKm, top: STORED_PAIRS, locale: 'da' })));
    }
  }
  for (const id of await selectUnlocatedListingIds(db, active)) {
    const run = await matchListing(db, id, { now });
    await add(id, run ? storedRows(run.result) : []);
  }
  await flush();
  await writing;
  opts.onProgress?.(listings);
  // Listings that stopped being open since the last run, and rows of listings this run did not
  // reach (anything computed before `now`).
  await deleteInactiveMatches(db, { active, before: now });
  return { listings, matches: stored, ms: Math.round(performance.now() - started) };
}
