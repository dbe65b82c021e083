// Learning from a network's users, bounded and explainable. What members did with earlier
// suggestions — "not relevant" dismissals, declined and accepted introductions, recorded results —
// is counted per pair of listing categories within a network (db/queries/feedback.ts: counts only,
// never another firm's text), and a candidate of a category pair its network has turned down again
// and again sinks a little; one it has turned into deals rises a little. Never more than
// MIN_FACTOR..MAX_FACTOR: feedback reorders close calls, it never buries a strong fit or lifts a
// poor one, and one firm's clicks cannot move the whole network's ranking (SMOOTHING). Pure, so it
// runs the same in a request, a job and a test.
import type { ListingCategory, ListingKind } from '@/db/schema';

export interface FeedbackCounts {
  dismissed: number;
  declined: number;
  accepted: number;
  results: number;
}

/** Counts per network, then per category pair (pairKey). */
export type NetworkFeedback = Map<string, Map<string, FeedbackCounts>>;

export const MIN_FACTOR = 0.8;
export const MAX_FACTOR = 1.1;
/** Evidence that counts as if this many neutral signals were already there: one dismissal moves a
 * pair by ~3 %, ten by ~13 %. */
export const SMOOTHING = 6;
/** A recorded result is worth more than an accepted introduction; a decline less than a "not
 * relevant" (a firm can decline a good fit because it is busy). */
const WEIGHTS = { dismissed: 1, declined: 0.5, accepted: 1, results: 2 } as const;
/** Below this change the reason is not shown: it would explain nothing. */
const REASON_THRESHOLD = 0.02;

export type FeedbackReasonKey = 'feedbackUp' | 'feedbackDown';

export interface FeedbackAdjustment {
  factor: number;
  reason: { key: FeedbackReasonKey; values: { count: number } } | null;
}

/** An unordered pair of kind/category: "need/logistics ↔ offer/equipment" is one pair whichever
 * side is the source. */
export function pairKey(a: { kind: ListingKind; category: ListingCategory }, b: { kind: ListingKind; category: ListingCategory }): string {
  const x = `${a.kind}/${a.category}`;
  const y = `${b.kind}/${b.category}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

const NONE: FeedbackAdjustment = { factor: 1, reason: null };

/** The multiplier for counts, and the reason to show when it says something. */
export function feedbackFactor(c: FeedbackCounts | undefined): FeedbackAdjustment {
  if (!c) return NONE;
  const negative = WEIGHTS.dismissed * c.dismissed + WEIGHTS.declined * c.declined;
  const positive = WEIGHTS.accepted * c.accepted + WEIGHTS.results * c.results;
  if (negative + positive <= 0) return NONE;
  // In (-1, 1): the balance of evidence, damped while there is little of it.
  const net = (positive - negative) / (positive + negative + SMOOTHING);
  const raw = net >= 0 ? 1 + net * (MAX_FACTOR - 1) : 1 + net * (1 - MIN_FACTOR);
  const factor = Math.round(Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, raw)) * 1000) / 1000;
  if (Math.abs(factor - 1) < REASON_THRESHOLD) return { factor, reason: null };
  return factor > 1
    ? { factor, reason: { key: 'feedbackUp', values: { count: c.accepted + c.results } } }
    : { factor, reason: { key: 'feedbackDown', values: { count: c.dismissed + c.declined } } };
}

/** The counts a source sees: those of the networks its firm belongs to, summed. Signals of other
 * networks never reach it. */
export function countsFor(feedback: NetworkFeedback, networkIds: readonly string[], key: string): FeedbackCounts | undefined {
  let sum: FeedbackCounts | undefined;
  for (const n of networkIds) {
    const c = feedback.get(n)?.get(key);
    if (!c) continue;
    sum ??= { dismissed: 0, declined: 0, accepted: 0, results: 0 };
    sum.dismissed += c.dismissed;
    sum.declined += c.declined;
    sum.accepted += c.accepted;
    sum.results += c.results;
  }
  return sum;
}

/** The adjuster rank() applies to each candidate of a source (RankOptions.feedback). */
export type FeedbackAdjuster = (candidate: { kind: ListingKind; category: ListingCategory }) => FeedbackAdjustment;

export function feedbackAdjuster(
  feedback: NetworkFeedback,
  source: { kind: ListingKind; category: ListingCategory; networkIds: readonly string[] },
): FeedbackAdjuster | undefined {
  if (!source.networkIds.some((n) => feedback.has(n))) return undefined;
  const memo = new Map<string, FeedbackAdjustment>();
  return (candidate) => {
    const key = pairKey(source, candidate);
    let a = memo.get(key);
    if (!a) memo.set(key, (a = feedbackFactor(countsFor(feedback, source.networkIds, key))));
    return a;
  };
}

/** Rows of the aggregate query into the per-network map. */
export function toNetworkFeedback(rows: readonly ({ networkId: string; key: string } & FeedbackCounts)[]): NetworkFeedback {
  const out: NetworkFeedback = new Map();
  for (const r of rows) {
    let m = out.get(r.networkId);
    if (!m) out.set(r.networkId, (m = new Map<string, FeedbackCounts>()));
    const prev = m.get(r.key) ?? { dismissed: 0, declined: 0, accepted: 0, results: 0 };
    m.set(r.key, {
      dismissed: prev.dismissed + r.dismissed,
      declined: prev.declined + r.declined,
      accepted: prev.accepted + r.accepted,
      results: prev.results + r.results,
    });
  }
  return out;
}

/** Scale each scored candidate by its feedback factor (in place; scores stay ≤ 1), and return the
 * function that adds the feedback reason to a match once its other reasons are worded. */
export function applyFeedback<
  M extends { listing: { kind: ListingKind; category: ListingCategory }; score: number; reasons: { key: string; values?: Record<string, string | number> }[] },
>(scored: M[], adjust: FeedbackAdjuster | undefined): (m: M) => M {
  if (!adjust) return (m) => m;
  const reasons = new WeakMap<M, NonNullable<FeedbackAdjustment['reason']>>();
  for (const m of scored) {
    const a = adjust(m.listing);
    if (a.factor !== 1) m.score = Math.round(Math.min(1, m.score * a.factor) * 1000) / 1000;
    if (a.reason) reasons.set(m, a.reason);
  }
  return (m) => {
    const r = reasons.get(m);
    if (r && !m.reasons.some((x) => x.key === r.key)) m.reasons.push(r);
    return m;
  };
}

/** The query's rows (db/queries/feedback.ts) as the per-network map. */
export function feedbackFromRows(
  rows: readonly ({ networkId: string; aKind: ListingKind; aCategory: ListingCategory; bKind: ListingKind; bCategory: ListingCategory } & FeedbackCounts)[],
): NetworkFeedback {
  return toNetworkFeedback(rows.map((r) => ({ ...r, key: pairKey({ kind: r.aKind, category: r.aCategory }, { kind: r.bKind, category: r.bCategory }) })));
}
