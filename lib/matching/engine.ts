import 'server-only';
// The matching engine against the database: for one listing, preselect a bounded set of candidates
// in SQL (db/queries/matching.ts) as seen by the listing's own firm, rank them (rank.ts), and store
// the result. Used by the job worker (a listing changed), `matches:refresh`, the CLI and the
// benchmark: one code path.
import type { Db } from '@/db/client';
import {
  replaceStoredMatches,
  selectMatchCandidates,
  selectMatchSource,
  deleteStoredMatches,
  type MatchSource,
  type StoredMatchInput,
} from '@/db/queries/matching';
import { LISTING_CATEGORIES, type UiLocale } from '@/db/schema';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import { firmAudience } from '@/lib/policy/viewer';
import { candidateRowCache } from './candidate-cache';
import { networkLearning, rankLearned } from './learning';
import { candidateFilters } from './pair-rules';
import { analyzeListing, DEFAULT_RADIUS_KM, type RankResult } from './rank';
import { compoundPartTerms, conceptQueryTerms, textQueryWords } from './text-candidates';
import type { MatchListing } from './types';

/** Pairs kept per listing: the UI shows a handful, the API at most this many. */
export const STORED_PAIRS = 30;

export interface MatchRun {
  source: MatchListing;
  result: RankResult;
  candidates: number;
}

/** Open, unexpired and not past its window: a listing that gets suggestions. */
export const isActive = (l: MatchListing, now: Date) =>
  l.status === 'open' && (l.expiresAt == null || new Date(l.expiresAt) > now) && (!l.availableUntil || l.availableUntil >= now.toISOString().slice(0, 10));

/** The candidate stage's parameters for a source: what its firm may see, open now, of the kinds
 * and categories that pair with it, within twice its network's radius; and for the text candidate
 * source, the other kind in any category that shares one of its telling words. */
export function candidateParams(source: MatchSource, now: Date) {
  return {
    source,
    filters: candidateFilters(source, LISTING_CATEGORIES),
    visible: listingVisibleSql(firmAudience(source.companyId, source.networkIds)),
    active: listingActiveSql(now),
    // Beyond twice the radius the geography component is 0: nobody drives that far for it.
    maxKm: 2 * (source.radiusKm ?? DEFAULT_RADIUS_KM),
    today: now.toISOString().slice(0, 10),
    text: {
      kind: source.kind === 'offer' ? ('need' as const) : ('offer' as const),
      words: textCandidateWords(source),
    },
  };
}

/** The words the text candidate source looks for: the source's telling words, then its specific
 * concepts' terms in its own language first, and parts of its long compounds (text-candidates.ts). */
function textCandidateWords(source: MatchSource): string[] {
  const words = textQueryWords(source.title, source.description, source.language);
  const concepts = conceptQueryTerms(analyzeListing(source).concepts, source.language, words);
  return [...new Set([...words, ...concepts, ...compoundPartTerms(source.title, source.description, source.language, [...words, ...concepts])])];
}

/** This process's candidate rows between rankings (candidate-cache.ts). */
const candidateRows = candidateRowCache();

/** Rank the suggestions for one listing now; null when it does not exist or is not open. */
export async function matchListing(db: Db, listingId: string, opts: { now?: Date; top?: number; locale?: UiLocale } = {}): Promise<MatchRun | null> {
  const now = opts.now ?? new Date();
  const source = await selectMatchSource(db, listingId);
  if (!source || !isActive(source, now)) return null;
  const radiusKm = source.radiusKm ?? DEFAULT_RADIUS_KM;
  const candidates = await selectMatchCandidates(db, candidateParams(source, now), candidateRows);
  const learning = await networkLearning(db);
  const result = rankLearned(learning, source, candidates, { now, radiusKm, top: opts.top ?? STORED_PAIRS, locale: opts.locale ?? 'da' });
  return { source, result, candidates: candidates.length };
}

/** The rows stored for a ranking: the pairs, then each group keyed by its first partner. A pooling
 * group stands in for its members' pooling pairs (one suggestion to team up, not one per firm);
 * bundles do not replace pairs (each offer may still be worth a talk on its own). */
export function storedRows(result: RankResult): StoredMatchInput[] {
  const groups: StoredMatchInput[] = [];
  const keys = new Set<string>();
  for (const g of [...result.pooling, ...result.bundles]) {
    const first = g.listings[0];
    if (!first || keys.has(`${g.type}|${first.id}`)) continue;
    keys.add(`${g.type}|${first.id}`);
    groups.push({ otherListingId: first.id, type: g.type, groupListingIds: g.listings.map((l) => l.id), score: g.score, components: {}, reasons: g.reasons });
  }
  const pooled = new Set(result.pooling.flatMap((g) => g.listings.map((l) => l.id)));
  const pairs: StoredMatchInput[] = result.matches
    .filter((m) => !keys.has(`${m.type}|${m.listing.id}`) && !(m.type === 'pooling' && pooled.has(m.listing.id)))
    .map((m) => ({ otherListingId: m.listing.id, type: m.type, groupListingIds: [], score: m.score, components: { ...m.components }, reasons: m.reasons }));
  return [...pairs, ...groups];
}

/** Recompute and store one listing's suggestions. Returns the listings newly suggested as pairs
 * and every listing now suggested (whose own suggestions may change too). */
export async function refreshListing(db: Db, listingId: string, now = new Date()): Promise<{ newPairs: string[]; partners: string[] }> {
  const run = await matchListing(db, listingId, { now });
  if (!run) {
    await deleteStoredMatches(db, listingId);
    return { newPairs: [], partners: [] };
  }
  const rows = storedRows(run.result);
  const newPairs = await replaceStoredMatches(db, listingId, rows, now);
  const partners = [...new Set(rows.flatMap((r) => [r.otherListingId, ...r.groupListingIds]))];
  return { newPairs, partners };
}
