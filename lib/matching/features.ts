// Text features in a compact form for ranking: every concept and stem is interned once as a number,
// and a text's weighted features become two sorted typed arrays. Scoring two texts is then a merge
// of sorted arrays (no hash lookups, no allocation), and a cached analysis is a handful of objects
// instead of hundreds of Map and Set entries. That matters for memory and for pauses: the analyses
// of the candidates' texts are kept between rankings (rank.ts), and the garbage collector copies
// every object that survives; with Maps of strings it paused for 5–14 ms every few rankings.
import type { AnalyzedText } from './normalize';

// Interned feature names. Grows with the vocabulary the engine meets (concept ids, stems and
// five-letter skeletons of words): tens of thousands of short strings, not one per listing.
const idsByName = new Map<string, number>();
const names: string[] = [];

export function featureId(name: string): number {
  let id = idsByName.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    idsByName.set(name, id);
  }
  return id;
}

export const featureName = (id: number): string => names[id] ?? '';

/** Weighted features sorted by id, with their Euclidean norm. */
export interface FeatureVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
}

export function toVector(m: ReadonlyMap<string, number>): FeatureVector {
  // Insertion sort straight into the typed arrays: a text has a few dozen features.
  const ids = new Int32Array(m.size);
  const weights = new Float64Array(m.size);
  let n = 0;
  let sq = 0;
  m.forEach((w, k) => {
    const id = featureId(k);
    let i = n++;
    while (i > 0 && ids[i - 1]! > id) {
      ids[i] = ids[i - 1]!;
      weights[i] = weights[i - 1]!;
      i--;
    }
    ids[i] = id;
    weights[i] = w;
    sq += w * w;
  });
  return { ids, weights, norm: Math.sqrt(sq) };
}

/** Cosine of two weighted feature vectors (0 when either is empty). With `factors` (one per
 * feature of `a`, in its order), each shared feature's contribution is scaled by its factor while
 * the norms stay: shared evidence that says little (specificity.ts) counts less, and a text does
 * not gain by having its broad features discounted. */
export function vectorCosine(a: FeatureVector, b: FeatureVector, factors?: Float64Array): number {
  const { ids: ai, weights: aw } = a;
  const { ids: bi, weights: bw } = b;
  if (!ai.length || !bi.length) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      dot += aw[i]! * bw[j++]! * (factors ? factors[i]! : 1);
      i++;
    } else if (x < y) i++;
    else j++;
  }
  return dot ? dot / (a.norm * b.norm) : 0;
}

/** Features of both, strongest shared weight first (then by name). */
export function sharedFeatures(a: FeatureVector, b: FeatureVector): string[] {
  const shared: [string, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) shared.push([featureName(x), Math.min(a.weights[i++]!, b.weights[j++]!)]);
    else if (x < y) i++;
    else j++;
  }
  return shared.sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0])).map(([k]) => k);
}

/** What ranking needs of an analysed text. */
export interface CompactText {
  /** Concepts the text names itself (AnalyzedText.concepts). */
  readonly concepts: readonly string[];
  readonly conceptVector: FeatureVector;
  readonly stemVector: FeatureVector;
  /** Lexical (WordNet) keys of the words the thesaurus does not know. */
  readonly lexVector: FeatureVector;
}

/** The compact form of an analysed text. Not cached on the analysis (a WeakMap of analyses makes
 * every young-generation collection walk its entries): callers keep the result. */
export function compactText(t: AnalyzedText | CompactText): CompactText {
  if ('conceptVector' in t) return t;
  return { concepts: [...t.concepts], conceptVector: toVector(t.conceptWeights), stemVector: toVector(t.stemWeights), lexVector: toVector(t.lexWeights) };
}
