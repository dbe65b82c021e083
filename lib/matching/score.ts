// The score of a candidate for a source listing: named components, each 0–1 and tested on its
// own, combined with documented weights (WEIGHTS). Neutral values (0.5) stand for "unknown" so a
// listing without a window, quantity or NACE code is neither rewarded nor punished.
import type { AnalyzedText } from './normalize';
import { comparableQuantities } from './units';

export { categoryScore } from './pair-rules';
export { sectorScore, sectorMatch } from './sectors';

export const NEUTRAL = 0.5;

/**
 * Text relevance across languages: shared thesaurus concepts (cosine of the concept sets, so one
 * shared concept out of two counts more than one out of ten) weigh 0.75, shared stems 0.25 (names
 * and words the thesaurus does not know; only meaningful within one language, hence the lower
 * weight). Texts with no concepts on one side fall back on stems alone.
 */
export function textScore(a: AnalyzedText, b: AnalyzedText): { score: number; shared: string[] } {
  const shared = [...a.concepts].filter((c) => b.concepts.has(c));
  const conceptCos = a.concepts.size && b.concepts.size ? shared.length / Math.sqrt(a.concepts.size * b.concepts.size) : 0;
  const sharedStems = [...a.stems].filter((s) => b.stems.has(s)).length;
  const stemCos = a.stems.size && b.stems.size ? sharedStems / Math.sqrt(a.stems.size * b.stems.size) : 0;
  const score = a.concepts.size && b.concepts.size ? 0.75 * conceptCos + 0.25 * stemCos : stemCos;
  return { score: Math.min(1, score), shared };
}

/** Distance decay relative to the network's radius: 1 next door, ½ at a quarter of the radius,
 * ~0.06 at the radius, 0 beyond twice the radius. Unknown distance is neutral. */
export function geoScore(distanceKm: number | null | undefined, radiusKm: number): number {
  if (distanceKm == null || !Number.isFinite(distanceKm)) return NEUTRAL;
  const d = Math.max(0, distanceKm);
  const r = Math.max(1, radiusKm);
  if (d > 2 * r) return 0;
  return 1 / (1 + (d / (r / 4)) ** 2);
}

const DAY = 86_400_000;
const toMs = (d: string | null | undefined, end: boolean) => (d ? Date.parse(`${d}T00:00:00Z`) + (end ? DAY : 0) : end ? Infinity : -Infinity);

interface Window {
  availableFrom?: string | null;
  availableUntil?: string | null;
}

/** Availability overlap: 0 when the windows do not meet, 1 when the shorter (bounded) window lies
 * within the other, the overlapping share of it in between. A listing without any window is
 * neutral; an open end counts as "from now on"/"until further notice". */
export function windowScore(a: Window, b: Window): number {
  const none = (w: Window) => !w.availableFrom && !w.availableUntil;
  if (none(a) || none(b)) return NEUTRAL + 0.2;
  const [a0, a1, b0, b1] = [toMs(a.availableFrom, false), toMs(a.availableUntil, true), toMs(b.availableFrom, false), toMs(b.availableUntil, true)];
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  if (overlap <= 0) return 0;
  const shorter = Math.min(a1 - a0, b1 - b0);
  return Number.isFinite(shorter) && Number.isFinite(overlap) ? Math.min(1, overlap / shorter) : 1;
}

/** The overlap of two windows as ISO dates (open ends stay null), or null when they do not meet. */
export function windowOverlap(a: Window, b: Window): { from: string | null; to: string | null } | null {
  if (windowScore(a, b) === 0) return null;
  const max = (x?: string | null, y?: string | null) => (x && y ? (x > y ? x : y) : x || y || null);
  const min = (x?: string | null, y?: string | null) => (x && y ? (x < y ? x : y) : x || y || null);
  return { from: max(a.availableFrom, b.availableFrom), to: min(a.availableUntil, b.availableUntil) };
}

interface Quantity {
  quantity?: number | null;
  unit?: string | null;
}

/** How much of the need an offer covers: 1 when it covers it all, down to 0.2 for a sliver (a
 * part can still join a bundle); a vast oversupply is slightly less apt (0.8). Incomparable or
 * missing quantities are neutral. For two needs (pooling) similar sizes fit best. */
export function quantityScore(offer: Quantity, need: Quantity, pooling = false): number {
  const q = comparableQuantities(offer, need);
  if (!q) return NEUTRAL;
  const [o, n] = q;
  if (pooling) return Math.min(o, n) / Math.max(o, n);
  const r = o / n;
  if (r >= 1) return r > 20 ? 0.8 : 1;
  return 0.2 + 0.8 * r;
}

/** Recently updated listings are more likely to be current: half-life of 60 days, never below 0.2. */
export function freshnessScore(updatedAt: Date | string, now: Date): number {
  const age = (now.getTime() - new Date(updatedAt).getTime()) / DAY;
  if (!Number.isFinite(age) || age <= 0) return 1;
  return Math.max(0.2, 0.5 ** (age / 60));
}

export interface Components {
  category: number;
  text: number;
  geo: number;
  sector: number;
  window: number;
  quantity: number;
  freshness: number;
}

/**
 * Weights (sum 1). Text is the strongest signal of "about the same thing"; category compatibility
 * next (it also gates: 0 means no match at all); proximity matters in a local network; sector
 * complementarity, timing, quantity and freshness refine the order among relevant candidates.
 */
export const WEIGHTS: Components = {
  text: 0.4,
  category: 0.2,
  geo: 0.15,
  sector: 0.08,
  window: 0.07,
  quantity: 0.05,
  freshness: 0.05,
};

/** The final score, 0–1. A candidate of an incompatible category or that shares nothing with the
 * source's text is damped: proximity alone does not make a match. */
export function combine(c: Components): number {
  if (c.category <= 0) return 0;
  let sum = 0;
  for (const k of Object.keys(WEIGHTS) as (keyof Components)[]) sum += WEIGHTS[k] * Math.min(1, Math.max(0, c[k]));
  const relevance = c.text > 0 ? 1 : 0.5;
  return Math.round(sum * relevance * 1000) / 1000;
}
