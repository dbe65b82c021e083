// The words the text candidate source looks for (db/queries/matching.ts): beside the distance walk,
// which preselects the likely categories nearest first, the candidate stage takes the nearest
// listings of any category whose full-text vector holds one of the source's telling words, so a
// partner filed under another category (the bindery lending its folder under equipment, for the
// print shop's need under capacity) still reaches the ranking. Broad words (transport, staff,
// machine) and filler words are left out: they would fill the source's few text candidates with
// the nearest listings that merely mention them.
import { tokenize, wordConcepts } from './normalize';
import { conceptWeight, isFormConcept, thesaurus } from './thesaurus';

/** At most this many words per source: a tsquery of a few ORed lexemes stays cheap to test. */
export const TEXT_QUERY_WORDS = 4;
/** Words shorter than this say too little (and their stems match too much). */
const MIN_LENGTH = 4;
/** A word all of whose concepts weigh less than this is broad. */
const BROAD_WEIGHT = 0.65;
/** Up to this length a word is taken as an inflection of the thesaurus term it starts with
 * ("maskine", "machines"); a longer one is a compound that says more ("falsemaskine"). */
const MAX_PLAIN_LENGTH = 9;

const WORD = /[\p{L}\p{N}]+/gu;

// Whether a word is telling depends on the word, its language and the (process-wide) thesaurus
// only: a full refresh asks it for the same few thousand words tens of thousands of times.
const tellingMemo = new Map<string, boolean>();
const TELLING_MEMO_SIZE = 50_000;

function telling(raw: string, language: string): boolean {
  const key = `${language}|${raw}`;
  let hit = tellingMemo.get(key);
  if (hit === undefined) {
    hit = tellingUncached(raw, language);
    if (tellingMemo.size >= TELLING_MEMO_SIZE) tellingMemo.clear();
    tellingMemo.set(key, hit);
  }
  return hit;
}

function tellingUncached(raw: string, language: string): boolean {
  if (/^\p{N}+$/u.test(raw)) return false;
  // Acronyms and model names in capitals (PLC, CNC, S7) are short and telling.
  if (raw.length < MIN_LENGTH && !(raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw))) return false;
  const [folded] = tokenize(raw, language);
  if (!folded) return false;
  // A word that is itself a broad thesaurus term (transport, staff, machine) is left out; a
  // compound that only contains one ("falsemaskine") says more than its part and stays.
  const th = thesaurus();
  const view = th.view(language);
  const exact = view.exact.get(folded) ?? view.terms.get(folded);
  const concepts = exact?.length ? exact : folded.length <= MAX_PLAIN_LENGTH ? wordConcepts(folded, th, language) : [];
  if (!concepts.length) return true;
  return concepts.some((c) => !isFormConcept(c) && conceptWeight(c) >= BROAD_WEIGHT);
}

/** The source's telling words, lower case, letters and digits only (safe inside a tsquery): the
 * title's first, then the description's longest. */
export function textQueryWords(title: string, description: string, language: string): string[] {
  const seen = new Set<string>();
  const pick = (text: string) =>
    (text.match(WORD) ?? []).filter((w) => telling(w, language) && !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase())).map((w) => w.toLowerCase());
  const fromTitle = pick(title);
  const fromDescription = pick(description).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return [...fromTitle, ...fromDescription].slice(0, TEXT_QUERY_WORDS);
}

/** At most this many thesaurus terms per concept, and in all. */
const TERMS_PER_CONCEPT = 2;
export const CONCEPT_QUERY_TERMS = 4;

/**
 * The one-word terms, in every language, of the specific concepts the source names: the text
 * source then also finds a partner that says the same thing in another language or in a compound
 * the source does not use ("kylmätilaa" finds "kylmävarasto", "tørres" finds "tørrekammer").
 * Broad concepts and forms of cooperation are left out, like broad words.
 */
export function conceptQueryTerms(concepts: readonly string[]): string[] {
  const th = thesaurus();
  const out = new Set<string>();
  for (const id of concepts) {
    const group = th.groups.get(id);
    if (!group || group.form || conceptWeight(id, th) < BROAD_WEIGHT) continue;
    let n = 0;
    for (const raw of group.terms) {
      const term = raw
        .replace(/^[a-z]{2}:/, '')
        .replace(/\$$/, '')
        .toLowerCase();
      if (term.length < MIN_LENGTH || !/^[\p{L}\p{N}]+$/u.test(term) || out.has(term)) continue;
      out.add(term);
      if (++n >= TERMS_PER_CONCEPT || out.size >= CONCEPT_QUERY_TERMS) break;
    }
    if (out.size >= CONCEPT_QUERY_TERMS) break;
  }
  return [...out];
}
