// How much a source listing's concepts and words say, measured on the listings around it: a
// concept that a third of the nearby listings name (transport, staff, premises, course, machine)
// says little about what a listing is about, one that few name (powder coating, a PLC brand) says a
// lot. The hand-written concept weights (thesaurus) know which concepts are broad in general; this
// knows which are common *here*, including words the thesaurus does not know and the concept a
// listing's category implies. Computed per ranking over the candidate sample, so it follows each
// area and network without a table to keep up to date.
import type { CompactText, FeatureVector } from './features';

/** Per feature of the source (concept vector and stem vector, in their order), a factor 0–1. */
export interface Specificity {
  concept: Float64Array;
  stem: Float64Array;
  /** Lexical keys (optional: absent, they count fully). */
  lex?: Float64Array;
}

/** A feature named by at most this share of the sample counts fully. */
export const SPECIFIC_SHARE = 0.12;
/** From this share on, a feature counts only BROAD_FACTOR. */
export const BROAD_SHARE = 0.35;
export const BROAD_FACTOR = 0.2;
/** A small sample says little about what is common: shares are taken of at least this many
 * listings, so a ranking of a handful of candidates is not discounted at all. */
export const MIN_SAMPLE = 40;

/** The factor of a feature that `df` of `n` sampled listings carry. Between the two shares the
 * factor falls linearly in the logarithm of the share (an IDF). */
export function specificityFactor(df: number, n: number): number {
  const share = df / Math.max(n, MIN_SAMPLE);
  if (share <= SPECIFIC_SHARE) return 1;
  if (share >= BROAD_SHARE) return BROAD_FACTOR;
  const t = Math.log(share / SPECIFIC_SHARE) / Math.log(BROAD_SHARE / SPECIFIC_SHARE);
  return 1 - t * (1 - BROAD_FACTOR);
}

/** How many vectors of `sample` hold each feature of `source`, in source order (a merge of sorted
 * id arrays per sampled text). */
function documentFrequencies(source: FeatureVector, sample: readonly FeatureVector[]): Uint32Array {
  const df = new Uint32Array(source.ids.length);
  const si = source.ids;
  for (const v of sample) {
    const vi = v.ids;
    let i = 0;
    let j = 0;
    while (i < si.length && j < vi.length) {
      const x = si[i]!;
      const y = vi[j]!;
      if (x === y) {
        df[i]!++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
  }
  return df;
}

/** The specificity of the source's features over a sample of listings nearby (the candidate
 * walk's: nearest first, not chosen for their words, so they show what is common in the area). */
export function specificity(source: CompactText, sample: readonly CompactText[]): Specificity {
  const n = sample.length;
  const factors = (v: FeatureVector, vs: FeatureVector[]) => Float64Array.from(documentFrequencies(v, vs), (df) => specificityFactor(df, n));
  return {
    concept: factors(
      source.conceptVector,
      sample.map((t) => t.conceptVector),
    ),
    stem: factors(
      source.stemVector,
      sample.map((t) => t.stemVector),
    ),
    lex: factors(
      source.lexVector,
      sample.map((t) => t.lexVector),
    ),
  };
}
