// The score of a candidate for a source listing: named components, each 0–1 and tested on its
// own, combined with documented weights (WEIGHTS). Neutral values (0.5) stand for "unknown" so a
// listing without a window, quantity or NACE code is neither rewarded nor punished.
import { compactText, sharedFeatures, toVector, vectorCosine, type CompactText } from './features';
import type { AnalyzedText } from './normalize';
import type { Specificity } from './specificity';
import { CROSS_CATEGORY_PRIOR } from './pair-rules';
import { comparableQuantities } from './units';

export { categoryScore } from './pair-rules';
export { sectorScore, sectorMatch } from './sectors';

export const NEUTRAL = 0.5;

/** Cosine of two weighted feature sets (0 when either is empty). */
export const weightedCosine = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number => vectorCosine(toVector(a), toVector(b));

/** How much shared words add to shared concepts (words meet only within one language). */
const STEM_SHARE = 0.5;
/** How much shared lexical keys (WordNet senses of words the thesaurus does not know, lexicon.ts)
 * add: less than shared words, because a dictionary's senses are many and some are wrong. */
export const LEX_SHARE = 0.4;
/** A lexical cosine below this is a coincidence of broad senses, not shared meaning: it adds
 * nothing (and so does not by itself let a pair across categories through). */
export const LEX_MIN_COSINE = 0.12;

/**
 * Text relevance across languages. Shared thesaurus concepts are the main evidence: a weighted
 * cosine, where specific concepts (powder coating) count more than broad ones (machines, staff),
 * broader ancestors count half (a turning need meets a milling shop on "machining"), and the title
 * more than the description. Shared words and word beginnings (names, words the thesaurus does not
 * know; mostly within one language) add to it but never subtract: two texts in different
 * languages that share every concept score as high as two in the same language. Texts without
 * concepts on one side fall back on words alone. Words the thesaurus does not know also meet
 * through the lexicon's WordNet keys (across languages and synonyms), weaker than shared words. With `specificity` (of x's features among the
 * listings nearby, specificity.ts), shared features that many listings carry count less.
 */
export function textScore(x: AnalyzedText | CompactText, y: AnalyzedText | CompactText, specificity?: Specificity): { score: number; shared: string[] } {
  const a = compactText(x);
  const b = compactText(y);
  const c = vectorCosine(a.conceptVector, b.conceptVector, specificity?.concept);
  const s = vectorCosine(a.stemVector, b.stemVector, specificity?.stem);
  // Within one language the same word gives the same senses: shared lexical keys then restate the
  // shared words and would count them twice (favouring candidates in the source's language). Only
  // what the senses show beyond the shared words counts: synonyms and translations.
  const lc = vectorCosine(a.lexVector, b.lexVector, specificity?.lex) - s;
  const l = lc >= LEX_MIN_COSINE ? lc : 0;
  let score =
    a.conceptVector.ids.length && b.conceptVector.ids.length ? 1 - (1 - c) * (1 - STEM_SHARE * s) * (1 - LEX_SHARE * l) : 1 - (1 - s) * (1 - LEX_SHARE * l);
  if (namesOtherAlternative(a.concepts, b.concepts)) score *= ALTERNATIVE_FACTOR;
  const shared = c ? sharedFeatures(a.conceptVector, b.conceptVector) : [];
  return { score: Math.min(1, Math.round(score * 1e6) / 1e6), shared };
}

/** Concepts that exclude each other as what a listing is about: a need for a French-speaking
 * export assistant is not met by a German speaker, though both are about export and languages. */
export const ALTERNATIVES: readonly (readonly string[])[] = [
  ['german', 'english-language', 'french', 'swedish', 'norwegian', 'finnish-language', 'danish-language'],
];
/** What is left of the text score when the two name different alternatives and none in common. */
export const ALTERNATIVE_FACTOR = 0.7;

function namesOtherAlternative(a: readonly string[], b: readonly string[]): boolean {
  for (const family of ALTERNATIVES) {
    const inA = a.filter((c) => family.includes(c));
    if (!inA.length) continue;
    const inB = b.filter((c) => family.includes(c));
    if (inB.length && !inB.some((c) => inA.includes(c))) return true;
  }
  return false;
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
  text: 0.5,
  category: 0.15,
  geo: 0.15,
  sector: 0.06,
  window: 0.06,
  quantity: 0.04,
  freshness: 0.04,
};

/** Below this text score a candidate is only partly about the source; at 0 its score is cut to
 * TEXT_FLOOR of what proximity, sector and timing alone would give it. */
export const TEXT_FULL = 0.3;
/** The text score a pair of categories that are not listed as compatible needs at least. */
export const UNLISTED_MIN_TEXT = 0.15;
export const TEXT_FLOOR = 0.3;

/** From this text score on, the texts alone say the two belong together and the category prior no
 * longer counts against them: the firm just filed it elsewhere (a bindery's folder under
 * equipment, a print shop's need under capacity). */
export const EVIDENCE_TEXT = 0.7;

/**
 * The category component once the texts are read: the prior (1 same category, the listed weight,
 * CROSS_CATEGORY_PRIOR otherwise) lifted towards 1 as the text score rises from TEXT_FULL to
 * EVIDENCE_TEXT. Category is a prior, not a verdict: weak text leaves it as it is (and the gates in
 * combine() still apply to the prior), strong text overrides it.
 */
export function categoryWithEvidence(prior: number, text: number): number {
  if (prior > CROSS_CATEGORY_PRIOR || prior <= 0) return prior;
  const lift = Math.min(1, Math.max(0, (text - TEXT_FULL) / (EVIDENCE_TEXT - TEXT_FULL)));
  return prior + (1 - prior) * lift;
}

/** The final score, 0–1. A candidate of an incompatible category scores 0; one that shares little
 * or nothing with the source's text is damped, so that proximity, sector and timing alone never
 * lift it above a candidate that is about the same thing. */
const WEIGHT_KEYS = Object.keys(WEIGHTS) as (keyof Components)[];

export function combine(c: Components): number {
  if (c.category <= 0) return 0;
  // Across categories only shared words say the two belong together: a haulier's free truck space
  // and a joint electricity purchase are compatible categories with nothing else in common. Across
  // categories nobody listed as compatible, the texts must clearly fit.
  if (c.category < 1 && c.text <= 0) return 0;
  if (c.category <= CROSS_CATEGORY_PRIOR && c.text < UNLISTED_MIN_TEXT) return 0;
  let sum = 0;
  for (const k of WEIGHT_KEYS) sum += WEIGHTS[k] * Math.min(1, Math.max(0, k === 'category' ? categoryWithEvidence(c.category, c.text) : c[k]));
  const relevance = TEXT_FLOOR + (1 - TEXT_FLOOR) * Math.min(1, Math.max(0, c.text) / TEXT_FULL);
  return Math.round(sum * relevance * 1000) / 1000;
}
