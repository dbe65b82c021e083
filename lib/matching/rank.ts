// Ranking for one source listing over a bounded set of candidates (the database layer preselects
// at most a few hundred by kind, category and distance): pairs, pooling groups and bundles, each
// with its score, components and reasons. Pure and synchronous, so it runs the same in a request,
// a job or a benchmark.
import { LRUCache } from 'lru-cache';
import type { UiLocale } from '@/db/schema';
import { ineligibleReasons } from './eligibility';
import { buildReasons, type Reason } from './explain';
import { applyFeedback, type FeedbackAdjuster } from './feedback';
import { compactText, type CompactText } from './features';
import { intentFactor, listingIntent, type ListingIntent } from './intent';
import { analyzeListingText } from './normalize';
import { BUNDLING_CATEGORIES, POOLING_CATEGORIES, categoryScore, pairTypesFor, type PairType } from './pair-rules';
import { combine, freshnessScore, geoScore, quantityScore, textScore, windowOverlap, windowScore, type Components } from './score';
import { sectorMatch } from './sectors';
import { specificity, type Specificity } from './specificity';
import { conceptWeight, isFormConcept } from './thesaurus';
import type { MatchListing } from './types';
import { comparableQuantities } from './units';

export interface RankOptions {
  now: Date;
  /** The network's radius: distance decays relative to it. */
  radiusKm?: number;
  top?: number;
  locale?: UiLocale;
  /** What the source's networks taught by their use of earlier suggestions (feedback.ts). */
  feedback?: FeedbackAdjuster;
}

export interface ScoredMatch {
  listing: MatchListing;
  type: PairType;
  score: number;
  components: Components;
  reasons: Reason[];
  /** Thesaurus concepts both texts are about. */
  sharedConcepts: string[];
}

export interface GroupMatch {
  type: 'pooling' | 'bundling';
  /** The partners (needs for pooling, offers for bundling), best first. */
  listings: MatchListing[];
  score: number;
  reasons: Reason[];
}

export interface RankResult {
  matches: ScoredMatch[];
  pooling: GroupMatch[];
  bundles: GroupMatch[];
}

export const DEFAULT_RADIUS_KM = 25;
/** Only this many best pairs are combined into bundles: 20 choose 3 = 1,140 combinations. */
export const BUNDLE_POOL = 20;
const MAX_BUNDLES = 3;
/** Needs must share this much text to be pooled (joint steel purchase, not steel + electricity). */
const POOLING_MIN_TEXT = 0.3;
const MAX_POOL_PARTNERS = 3;
/** What is left of a pooling partner's score when the need does not ask to share: another firm
 * that needs the same is worth knowing, but the firms that can deliver come first. */
export const POOLING_FACTOR = 0.6;
/** What a need is about, for pooling: its own concepts except the forms of cooperation (joint
 * purchase, consortium) and broad ones (staff, machines): sharing "joint purchase" alone does not
 * make a steel buyer and an electricity buyer a group. */
const POOLING_OBJECT_MIN_WEIGHT = 0.5;
const poolingObjects = (concepts: Iterable<string>) => [...concepts].filter((c) => !isFormConcept(c) && conceptWeight(c) >= POOLING_OBJECT_MIN_WEIGHT);

export function distanceKm(a: Pick<MatchListing, 'lat' | 'lng'>, b: Pick<MatchListing, 'lat' | 'lng' | 'distanceKm'>): number | null {
  if (b.distanceKm != null) return b.distanceKm;
  if (a.lat == null || a.lng == null || b.lat == null || b.lng == null) return null;
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// The title counts more than the description (analyzeListingText): it says what the listing is
// about; the description adds detail. Analysing a text (tokens, stems, compounds, concepts) is the
// costly part of scoring, and the same listings are candidates for many sources: a full refresh
// analyses each text once, and a worker that has been running finds most candidates' texts here. A
// listing seen before is found by its id and its text compared; other texts by the text itself, so
// an edit is never served a stale analysis and many firms' identical texts share one analysis.
// Kept in the compact form (features.ts); least recently used go first. Bounded by their estimated
// memory as well as by count: with the lexical keys (lexicon.ts) an analysis is 2–4 KB rather than
// ~1 KB, and a cache sized by count alone grew a worker's heap by hundreds of MiB.
const ANALYSIS_CACHE_SIZE = 60_000;
/** Texts and their analyses (keyed by the text: identical texts of many firms share one). */
export const ANALYSIS_CACHE_BYTES = 128 * 2 ** 20;
/** Listings seen before, by id: their texts (to compare) and the analysis they keep alive. */
export const SEEN_CACHE_BYTES = 96 * 2 ** 20;
/** A listing's analysed text and what it wants to do (intent.ts). */
export type ListingAnalysis = CompactText & { readonly intent: ListingIntent };
const vectorBytes = (v: CompactText['conceptVector']) => 160 + 12 * v.ids.length;
/** An analysis's estimated heap size: its three typed-array vectors, its concepts, the intent. */
export const analysisBytes = (a: ListingAnalysis) =>
  400 + vectorBytes(a.conceptVector) + vectorBytes(a.stemVector) + vectorBytes(a.lexVector) + 16 * a.concepts.length;
/** A text's estimated heap size (up to two bytes a character). */
const textBytes = (...texts: string[]) => texts.reduce((sum, t) => sum + 2 * t.length, 0);
interface SeenListing {
  title: string;
  description: string;
  language: string;
  category: string;
  analysis: ListingAnalysis;
}
const newAnalysisCache = (bytes: number) =>
  new LRUCache<string, ListingAnalysis>({
    max: ANALYSIS_CACHE_SIZE / 2,
    maxSize: bytes,
    sizeCalculation: (a, key) => textBytes(key) + analysisBytes(a),
  });
const newSeenCache = (bytes: number) =>
  new LRUCache<string, SeenListing>({
    max: ANALYSIS_CACHE_SIZE,
    maxSize: bytes,
    // The analysis too: an entry keeps it alive after the text cache let it go (an analysis shared
    // by several listings is counted for each, so the budget is an upper bound).
    sizeCalculation: (s) => 200 + textBytes(s.title, s.description) + analysisBytes(s.analysis),
  });
let analysisCache = newAnalysisCache(ANALYSIS_CACHE_BYTES);
let seenListings = newSeenCache(SEEN_CACHE_BYTES);

/** Empties the analysis caches, with other byte budgets if given (tests). */
export function resetAnalysisCaches(budgets: { textBytes?: number; listingBytes?: number } = {}): void {
  analysisCache = newAnalysisCache(budgets.textBytes ?? ANALYSIS_CACHE_BYTES);
  seenListings = newSeenCache(budgets.listingBytes ?? SEEN_CACHE_BYTES);
}

/** What the analysis caches hold (tests, benchmarks). */
export const analysisCacheStats = () => ({
  texts: analysisCache.size,
  textBytes: analysisCache.calculatedSize,
  listings: seenListings.size,
  listingBytes: seenListings.calculatedSize,
});

export function analyzeListing(l: Pick<MatchListing, 'title' | 'description' | 'language' | 'category'> & { id?: string }): ListingAnalysis {
  const seen = l.id === undefined ? undefined : seenListings.get(l.id);
  if (seen && seen.title === l.title && seen.description === l.description && seen.language === l.language && seen.category === l.category)
    return seen.analysis;
  const key = `${l.language}\n${l.category}\n${l.title}\n${l.description}`;
  let hit = analysisCache.get(key);
  if (!hit) {
    hit = { ...compactText(analyzeListingText(l.title, l.description, l.language, l.category)), intent: listingIntent(l.title, l.description) };
    analysisCache.set(key, hit);
  }
  if (l.id !== undefined) seenListings.set(l.id, { title: l.title, description: l.description, language: l.language, category: l.category, analysis: hit });
  return hit;
}

type ExplainInput = Parameters<typeof buildReasons>[0];

/** Every component but category and text at its best (see scoreCandidate). */
const BEST_REST: Omit<Components, 'category' | 'text'> = { geo: 1, sector: 1, window: 1, quantity: 1, freshness: 1 };

/** Score one candidate, or null when a hard rule or the pair rules exclude it (or, unexplained, when it scores 0). Its reasons are
 * worded only when asked for (`explain`): a ranking words those of the few it returns, not of the
 * hundreds it scored. */
export function scoreCandidate(
  source: MatchListing,
  candidate: MatchListing,
  opts: RankOptions,
  texts: { source: ListingAnalysis; candidate?: ListingAnalysis; specificity?: Specificity } = { source: analyzeListing(source) },
  explain = true,
): ScoredMatch | null {
  if (ineligibleReasons(source, candidate, { now: opts.now, maxKm: 2 * (opts.radiusKm ?? DEFAULT_RADIUS_KM) }).length) return null;
  const types = pairTypesFor(source, candidate);
  const type = types[0];
  if (!type) return null;
  const pooling = type === 'pooling';
  const offer = source.kind === 'offer' ? source : candidate;
  const need = source.kind === 'offer' ? candidate : source;
  const candidateText = texts.candidate ?? analyzeListing(candidate);
  const text = textScore(texts.source, candidateText, texts.specificity);
  const category = categoryScore(source, candidate);
  // A ranking (no explanation asked) drops candidates that score 0. combine() gives 0 to a pair of
  // categories that needs shared text the two lack, whatever the other components: when it does
  // so even with every other component at its best, the rest need not be computed (most of the
  // distance walk's candidates of other categories end here).
  if (!explain && combine({ ...BEST_REST, category, text: text.score }) === 0) return null;
  const km = distanceKm(source, candidate);
  const sector = sectorMatch(source.companyNace, candidate.companyNace);
  const components: Components = {
    category,
    text: text.score,
    geo: geoScore(km, opts.radiusKm ?? DEFAULT_RADIUS_KM),
    sector: sector.score,
    window: windowScore(source, candidate),
    quantity: pooling ? quantityScore(source, candidate, true) : quantityScore(offer, need),
    freshness: freshnessScore(candidate.updatedAt, opts.now),
  };
  // What the texts say the two want to do: a course or a sale does not answer a need to rent, and
  // a firm that needs the same thing comes after those that can deliver it unless the need asks
  // to share.
  const needIntent = source.kind === 'need' ? texts.source.intent : candidateText.intent;
  const offerIntent = source.kind === 'offer' ? texts.source.intent : candidateText.intent;
  const factor = pooling ? (texts.source.intent.share ? 1 : POOLING_FACTOR) : intentFactor(needIntent, offerIntent, need.category);
  const score = Math.round(combine(components) * factor * 1000) / 1000;
  const m: Unexplained = { listing: candidate, type, score, components, reasons: [], sharedConcepts: text.shared };
  m[PENDING] = { distanceKm: km, sharedConcepts: text.shared, sector, source, offer, need, pooling };
  return explain ? explained(m, opts) : m;
}

// What a scored match's reasons are worded from, until they are (see scoreCandidate).
const PENDING = Symbol('pending explanation');
type Unexplained = ScoredMatch & {
  [PENDING]?: Pick<ExplainInput, 'distanceKm' | 'sharedConcepts' | 'sector'> & {
    source: MatchListing;
    offer: MatchListing;
    need: MatchListing;
    pooling: boolean;
  };
};

/** The match with its reasons worded (once). */
function explained(m: Unexplained, opts: RankOptions): ScoredMatch {
  const p = m[PENDING];
  if (!p) return m;
  delete m[PENDING];
  const q = p.pooling ? null : comparableQuantities(p.offer, p.need);
  m.reasons = buildReasons(
    {
      distanceKm: p.distanceKm,
      sharedConcepts: p.sharedConcepts,
      sector: p.sector,
      window: windowOverlap(p.source, m.listing),
      coverage: q ? q[0] / q[1] : null,
    },
    opts.locale ?? 'da',
  );
  return m;
}

const byScore = <T extends { score: number; listing?: MatchListing }>(a: T, b: T) =>
  b.score - a.score || (a.listing?.id ?? '').localeCompare(b.listing?.id ?? '');

export function rank(source: MatchListing, candidates: readonly MatchListing[], opts: RankOptions): RankResult {
  const sourceText = analyzeListing(source);
  const texts = candidates.map((c) => analyzeListing(c));
  // What is common around the source is measured on the distance walk's candidates (nearest
  // first, whatever their words), not on those found because they share the source's words.
  const spec = specificity(
    sourceText,
    texts.filter((_, i) => candidates[i]?.via !== 'text'),
  );
  const scored = candidates
    .map((c, i) => scoreCandidate(source, c, opts, { source: sourceText, candidate: texts[i], specificity: spec }, false))
    .filter((m): m is ScoredMatch => m !== null && m.score > 0);
  // The one place where a network's feedback enters the ranking: scores first, its reason later.
  const withFeedbackReason = applyFeedback(scored, opts.feedback);
  scored.sort(byScore);
  return {
    matches: scored.slice(0, opts.top ?? 20).map((m) => withFeedbackReason(explained(m, opts))),
    pooling: poolingGroups(source, sourceText, scored, opts),
    bundles: bundles(source, scored, opts),
  };
}

function poolingGroups(source: MatchListing, sourceText: ListingAnalysis, scored: ScoredMatch[], opts: RankOptions): GroupMatch[] {
  if (source.kind !== 'need' || !POOLING_CATEGORIES.has(source.category)) return [];
  const sourceObjects = poolingObjects(sourceText.concepts);
  const partners: ScoredMatch[] = [];
  for (const m of scored) {
    if (m.type !== 'pooling' || m.components.text < POOLING_MIN_TEXT) continue;
    // When both say *what* they need, they must need the same thing.
    const candidateObjects = poolingObjects(analyzeListing(m.listing).concepts);
    if (sourceObjects.length && candidateObjects.length && !candidateObjects.some((c) => sourceObjects.includes(c))) continue;
    // One need per firm: a group is a set of firms.
    if (partners.some((p) => p.listing.companyId === m.listing.companyId)) continue;
    partners.push(m);
    if (partners.length === MAX_POOL_PARTNERS) break;
  }
  if (!partners.length) return [];
  const score = partners.reduce((s, p) => s + p.score, 0) / partners.length;
  const first = partners[0] && explained(partners[0], opts);
  const reasons = [...(first?.reasons.filter((r) => r.key === 'sharedConcept') ?? []), ...buildReasons({ pooling: partners.length + 1 }, opts.locale ?? 'da')];
  return [{ type: 'pooling', listings: partners.map((p) => p.listing), score: Math.round(score * 1000) / 1000, reasons }];
}

function bundles(source: MatchListing, scored: ScoredMatch[], opts: RankOptions): GroupMatch[] {
  if (source.kind !== 'need' || !BUNDLING_CATEGORIES.has(source.category)) return [];
  // Offers that are about the need and fall short of it on their own (a full offer is a pair).
  const parts = scored
    .filter((m) => m.type === 'pair' && m.components.text > 0)
    .slice(0, BUNDLE_POOL)
    .flatMap((m) => {
      const q = comparableQuantities(m.listing, source);
      return q && q[0] < q[1] ? [{ m, amount: q[0], needed: q[1] }] : [];
    });
  const found: GroupMatch[] = [];
  const consider = (set: typeof parts) => {
    const needed = set[0]?.needed ?? Infinity;
    if (set.reduce((s, p) => s + p.amount, 0) < needed) return;
    if (new Set(set.map((p) => p.m.listing.companyId)).size < set.length) return;
    // Fewer partners are easier to coordinate: each extra partner costs 5 %.
    const score = (set.reduce((s, p) => s + p.m.score, 0) / set.length) * 0.95 ** (set.length - 2);
    const ordered = set.map((p) => explained(p.m, opts)).sort(byScore);
    const shared = [...new Set(ordered.flatMap((m) => m.reasons.filter((r) => r.key === 'sharedConcept')).map((r) => JSON.stringify(r)))]
      .slice(0, 2)
      .map((s) => JSON.parse(s) as Reason);
    found.push({
      type: 'bundling',
      listings: ordered.map((m) => m.listing),
      score: Math.round(score * 1000) / 1000,
      reasons: [...shared, ...buildReasons({ bundling: set.length }, opts.locale ?? 'da')],
    });
  };
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [a, b] = [parts[i], parts[j]];
      if (!a || !b) continue;
      consider([a, b]);
      for (let k = j + 1; k < parts.length; k++) {
        const c = parts[k];
        // A triple only when no two of it already cover the need (minimal bundles).
        if (c && a.amount + b.amount < a.needed && a.amount + c.amount < a.needed && b.amount + c.amount < a.needed) consider([a, b, c]);
      }
    }
  }
  return found.sort((x, y) => y.score - x.score || x.listings.length - y.listings.length).slice(0, MAX_BUNDLES);
}
