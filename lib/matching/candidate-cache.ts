// Candidate rows kept between rankings (selectMatchCandidates's CandidateRowCache). The same
// listings are candidates for many sources nearby, so most of a ranking's candidates were read
// before: the candidate walk returns each one's version (updated_at), and only those not held here
// at that version are read from the table. A row's own fields are exact at its version; its firm's
// NACE codes are read with it, so an entry is trusted for a few minutes only (a firm that changes
// its sectors is seen within minutes; stored suggestions follow at the next recomputation anyway).
// Least recently used rows go first when it is full: bounded by the rows' estimated memory (their
// texts and a fixed overhead per row), not only by their count, so that a network of long texts
// cannot grow a worker's heap beyond CANDIDATE_CACHE_BYTES.
import { LRUCache } from 'lru-cache';
import type { CandidateRowCache } from '@/db/queries/matching';
import type { MatchListing } from './types';

export const CANDIDATE_CACHE_SIZE = 60_000;
export const CANDIDATE_CACHE_TTL_MS = 5 * 60_000;
/** ~1.5 KB a row of the benchmark's texts: 60,000 of them. */
export const CANDIDATE_CACHE_BYTES = 96 * 2 ** 20;
/** A row's objects, fields, uuids and dates besides its texts (V8, measured roughly). */
const ROW_OVERHEAD_BYTES = 700;

/** A row's estimated heap size: its strings at up to two bytes a character, and the rest. */
export const rowBytes = (row: MatchListing) =>
  ROW_OVERHEAD_BYTES + 2 * ((row.title?.length ?? 0) + (row.description?.length ?? 0) + (row.unit?.length ?? 0)) + 16 * (row.companyNace?.length ?? 0);

interface Entry {
  version: string;
  row: MatchListing;
}

export function candidateRowCache(
  opts: { size?: number; bytes?: number; ttlMs?: number; clock?: () => number } = {},
): CandidateRowCache & { readonly size: number; clear(): void } {
  const entries = new LRUCache<string, Entry>({
    max: opts.size ?? CANDIDATE_CACHE_SIZE,
    maxSize: opts.bytes ?? CANDIDATE_CACHE_BYTES,
    sizeCalculation: (e) => rowBytes(e.row),
    ttl: opts.ttlMs ?? CANDIDATE_CACHE_TTL_MS,
    ...(opts.clock ? { perf: { now: opts.clock }, ttlResolution: 0 } : {}),
  });
  return {
    get(id, version) {
      const e = entries.get(id);
      return e && e.version === version ? e.row : undefined;
    },
    set(id, version, row) {
      entries.set(id, { version, row });
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
