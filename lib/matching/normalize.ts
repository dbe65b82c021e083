// Text → concepts and stems, for comparing two listings written in Danish, Finnish or English.
// Folding reuses the search's normalizeText (æ→ae, ø→o, å→a, ä→a, ö→o: the same on both sides, so
// "stål" and "stal" meet, and Finnish ä/ö words still differ from each other by their other
// letters). Compound words are split against the thesaurus vocabulary, because Danish and Finnish
// write "pulverlakeringsanlæg" and "ruiskuvalukone" where English writes two words.
import { normalizeText } from '@/lib/search/normalize';
import { thesaurus, type Thesaurus } from './thesaurus';

// Filler words per language; "el" is not one (it is electricity in Danish), "it" is in English.
const STOPWORDS: Record<string, Set<string>> = {
  da: new Set('af at de den der det du en er et for fra har i med og om os pa sig som til vi eller kan ved ud ind vores jeres hos nogle noget meget mere efter over under alle'.split(' ')),
  en: new Set('a an and are as at be by can for from have in is it of on or our the to we with you your some any per'.split(' ')),
  fi: new Set('ja on tai se me ei kun jos etta myos meilla meille olla voi tarvitaan haetaan'.split(' ')),
};
const ANY_STOPWORDS = new Set([...(STOPWORDS.da ?? []), ...(STOPWORDS.fi ?? [])].filter((w) => !['on', 'se'].includes(w)));

// Light suffix stripping (folded spelling, so Finnish -ssä is -ssa). Longest first; a stem keeps
// at least 3 letters. Good enough to make token overlap inflection-tolerant; concept lookup does
// not depend on it (thesaurus terms match by prefix).
const SUFFIXES: Record<string, string[]> = {
  da: ['erne', 'ernes', 'ene', 'ende', 'ning', 'ing', 'ers', 'ets', 'ens', 'er', 'en', 'et', 'es', 'e', 's'],
  fi: ['ksen', 'kset', 'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'iin', 'ien', 'ita', 'na', 'in', 'en', 'n', 't', 'a'],
  en: ['ings', 'ing', 'ers', 'ed', 'es', 'er', 's'],
};

export function stem(word: string, language: string): string {
  const list = SUFFIXES[language] ?? SUFFIXES.da ?? [];
  for (const suffix of list) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Folded words of a text without filler words (of its own language, and Danish/Finnish ones
 * when the language is unknown). */
export function tokenize(text: string, language = 'da'): string[] {
  const stop = STOPWORDS[language] ?? ANY_STOPWORDS;
  const words = normalizeText(text.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !stop.has(w) && (w.length >= 2 || /^\p{N}+$/u.test(w)));
}

/** Letters after a known stem that are read as an inflection ("svejs|ning", "muovi|sta"). */
const MAX_TAIL = 5;
/** Stems shorter than this only count as whole words ("el", "it", "tig"). */
const MIN_PREFIX_STEM = 4;

interface Split {
  unknown: number;
  /** Letters inside recognised stems: a longer known part beats an inflection tail. */
  covered: number;
  parts: { stem: string; start: number; end: number }[];
}

/**
 * Splits a folded word into vocabulary stems with the fewest unrecognised letters: "plastemner" →
 * plast + emner, "pulverlakeringsanlaeg" → pulverlakering + (s) + anlaeg. A linking s/e between
 * parts and a short inflection tail after the last part are free.
 */
export function splitCompound(word: string, th: Thesaurus = thesaurus()): Split {
  const n = word.length;
  const memo = new Map<number, Split>();
  const best = (i: number): Split => {
    if (i >= n) return { unknown: 0, covered: 0, parts: [] };
    const hit = memo.get(i);
    if (hit) return hit;
    let result: Split = { unknown: Infinity, covered: 0, parts: [] };
    const consider = (s: Split) => {
      const better = s.unknown - result.unknown || result.covered - s.covered || s.parts.length - result.parts.length;
      if (better < 0) result = s;
    };
    for (const s of th.stemsByPrefix.get(word.slice(i, i + 2)) ?? []) {
      if (!word.startsWith(s, i)) continue;
      if (s.length < MIN_PREFIX_STEM && !(i === 0 && n === s.length)) continue;
      const j = i + s.length;
      const part = { stem: s, start: i, end: j };
      const rest = best(j);
      consider({ unknown: rest.unknown, covered: rest.covered + s.length, parts: [part, ...rest.parts] });
      if (j < n - 1 && (word[j] === 's' || word[j] === 'e')) {
        const linked = best(j + 1);
        consider({ unknown: linked.unknown, covered: linked.covered + s.length, parts: [part, ...linked.parts] });
      }
      if (n - j <= MAX_TAIL) consider({ unknown: 0, covered: s.length, parts: [part] });
    }
    const skip = best(i + 1);
    consider({ unknown: skip.unknown + 1, covered: skip.covered, parts: skip.parts });
    memo.set(i, result);
    return result;
  };
  return best(0);
}

const conceptCache = new Map<string, string[]>();

/** Concept ids a single folded word stands for (cached: vocabularies repeat). */
export function wordConcepts(word: string, th: Thesaurus = thesaurus()): string[] {
  const useCache = th === thesaurus();
  const cached = useCache ? conceptCache.get(word) : undefined;
  if (cached) return cached;
  const split = splitCompound(word, th);
  // A clean split (≤ 2 unknown letters, none before the first part) counts every part. Otherwise only a stem that starts the
  // word (inflection, unknown ending) or ends it (the head of a compound with an unknown first
  // part, e.g. "kunststofsvejsning"): a stem buried inside an unknown word ("stal" in
  // "installere") is a coincidence, not a concept.
  const parts = split.unknown <= 2 && split.parts[0]?.start === 0
    ? split.parts
    : split.parts.filter((p) => (p.start === 0 && p.stem.length >= MIN_PREFIX_STEM) || (p.stem.length >= 5 && word.length - p.end <= MAX_TAIL));
  const ids = [...new Set(parts.flatMap((p) => th.terms.get(p.stem) ?? []))];
  if (useCache && conceptCache.size < 50_000) conceptCache.set(word, ids);
  return ids;
}

export interface AnalyzedText {
  concepts: Set<string>;
  stems: Set<string>;
}

/** Concepts (across languages) and stems (within a language) of a listing's text. */
export function analyzeText(text: string, language = 'da', th: Thesaurus = thesaurus()): AnalyzedText {
  const words = tokenize(text, language);
  const concepts = new Set<string>();
  for (const w of words) for (const c of wordConcepts(w, th)) concepts.add(c);
  // Two-word terms ("powder coating", "sheet metal"): look the joined pair up as one word and
  // keep only stems that reach into the second word.
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] ?? '';
    const joined = a + (words[i + 1] ?? '');
    for (const s of th.stemsByPrefix.get(joined.slice(0, 2)) ?? []) {
      if (s.length > a.length && joined.startsWith(s) && joined.length - s.length <= MAX_TAIL) {
        for (const c of th.terms.get(s) ?? []) concepts.add(c);
        break;
      }
    }
  }
  return { concepts, stems: new Set(words.map((w) => stem(w, language))) };
}
