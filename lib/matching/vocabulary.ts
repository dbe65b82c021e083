// A network's own words, taught by its facilitator (/facilitator/vocabulary): "these words mean the
// same" (a synonym group) and "this word means nothing here" (a stop word). Applied to the texts
// before they are analysed: a stop word is dropped, and every word of a synonym group is read as
// the group's first word the thesaurus understands (else its first word), so two listings that say
// the same thing in the network's words share it, and a word the thesaurus does not know can lead to
// a concept it does. Rewriting the text (not the thesaurus) keeps the analysis caches of rank.ts
// correct: they are keyed by the text. Pure.
import { tokenize, wordConcepts } from './normalize';
import { foldTerm } from './thesaurus';

export interface NetworkVocabulary {
  synonyms: string[][];
  stopWords: string[];
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Whether the engine understands a word without help (a thesaurus concept). */
export const knownWord = (word: string, language = '*') => wordConcepts(foldTerm(word), undefined, language).length > 0;

export type TextRewriter = (text: string) => string;

/** The rewrite for a network's vocabulary, or undefined when it teaches nothing. */
export function vocabularyRewriter(vocab: NetworkVocabulary | undefined, isKnown: (w: string) => boolean = knownWord): TextRewriter | undefined {
  if (!vocab || (!vocab.synonyms.length && !vocab.stopWords.length)) return undefined;
  const stop = new Set(vocab.stopWords.map((w) => w.toLowerCase()));
  const to = new Map<string, string>();
  for (const group of vocab.synonyms) {
    const words = group.map((w) => w.toLowerCase());
    const canonical = words.find((w) => isKnown(w)) ?? words[0];
    if (!canonical) continue;
    for (const w of words) if (w !== canonical && !to.has(w)) to.set(w, canonical);
  }
  const one = (w: string): string | undefined => {
    const lower = w.toLowerCase();
    return stop.has(lower) ? '' : to.get(lower);
  };
  // A taught word may be hyphenated ("e-handel"); otherwise each part of a hyphenated word is
  // looked at ("Simatic-anlæg" is about Simatic).
  return (text) =>
    text.replace(
      WORD,
      (w) =>
        one(w) ??
        (w.includes('-')
          ? w
              .split('-')
              .map((p) => one(p) ?? p)
              .join('-')
          : w),
    );
}

/** The vocabularies of several networks (a firm in two networks ranks with both). */
export function mergeVocabularies(list: readonly (NetworkVocabulary | undefined)[]): NetworkVocabulary {
  return { synonyms: list.flatMap((v) => v?.synonyms ?? []), stopWords: [...new Set(list.flatMap((v) => v?.stopWords ?? []))] };
}

export interface UnknownWord {
  word: string;
  /** In how many listings it occurs. */
  count: number;
}

/** Frequent words of a network's listings the engine does not understand: no thesaurus concept, not
 * a filler word, not already taught. Counted once per listing. */
export function unknownWords(
  texts: readonly { title: string; description: string; language: string }[],
  vocab: NetworkVocabulary,
  opts: { limit?: number; minCount?: number; isKnown?: (w: string, language: string) => boolean; isFiller?: (w: string, language: string) => boolean } = {},
): UnknownWord[] {
  const taught = new Set([...vocab.stopWords, ...vocab.synonyms.flat()].map((w) => w.toLowerCase()));
  const isKnown = opts.isKnown ?? knownWord;
  const isFiller = opts.isFiller ?? ((w: string, language: string) => tokenize(w, language).length === 0);
  const counts = new Map<string, number>();
  const verdict = new Map<string, boolean>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const m of `${t.title} ${t.description}`.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (w.length < 3 || /^\d/.test(w) || taught.has(w) || seen.has(w)) continue;
      seen.add(w);
      const key = `${t.language}|${w}`;
      let unknown = verdict.get(key);
      if (unknown === undefined) verdict.set(key, (unknown = !isFiller(w, t.language) && !isKnown(w, t.language)));
      if (unknown) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, c]) => c >= (opts.minCount ?? 2))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, opts.limit ?? 30)
    .map(([word, count]) => ({ word, count }));
}
