// The words the text candidate source looks for (db/queries/matching.ts): beside the distance walk,
// which preselects the likely categories nearest first, the candidate stage takes the nearest
// listings of any category whose full-text vector holds one of the source's telling words, so a
// partner filed under another category (the bindery lending its folder under equipment, for the
// print shop's need under capacity) still reaches the ranking. Broad words (transport, staff,
// machine) and filler words are left out: they would fill the source's few text candidates with
// the nearest listings that merely mention them.
import { tokenize, wordConcepts } from './normalize';
import { completeWord, foldWord, isHeadword, lexicalKeys, type LexLang } from './lexicon';
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

/** At most this many compound parts per source. */
export const COMPOUND_PART_TERMS = 2;
/** Only words at least this long are split: shorter ones are rarely compounds of two telling words. */
const MIN_COMPOUND = 9;
const MIN_PART = 4;

/**
 * The parts of the source's long Danish or Finnish compounds, split where both sides are headwords
 * of the language's dictionary ("tørrekammer" → tørre + kammer, "laserkaiverrin" → laser +
 * kaiverrin): the full-text index holds a compound as one word, so a partner that writes the same
 * thing in another compound or in plain words ("skal tørres", "kylmätila" for "kylmävarasto") shares
 * none of the source's words, but often one of their parts. Broad and filler parts are left out, like
 * broad words; title first, at most COMPOUND_PART_TERMS, none the source's words already hold.
 */
export function compoundPartTerms(title: string, description: string, language: string, have: readonly string[] = []): string[] {
  if (language !== 'da' && language !== 'fi') return [];
  const out: string[] = [];
  const taken = new Set(have);
  for (const raw of [...(title.match(WORD) ?? []), ...(description.match(WORD) ?? [])]) {
    const word = raw.toLowerCase();
    if (word.length < MIN_COMPOUND || /\p{N}/u.test(word)) continue;
    for (const part of splitAtHeadwords(word, language)) {
      if (taken.has(part) || !telling(part, language)) continue;
      taken.add(part);
      out.push(part);
      if (out.length >= COMPOUND_PART_TERMS) return out;
    }
  }
  return out;
}

/** A word split into a dictionary headword and a word the dictionary knows (as written, inflected or
 * by its stem), the longest head first; [] when it is none. A Danish modifier may end in a linking -s- or -e- the headword lacks ("tørre|kammer"). */
function splitAtHeadwords(word: string, lang: 'da' | 'fi'): string[] {
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(i);
    // The head may be inflected or known by its stem only ("kammer", "varastossa").
    if (!isHeadword(head, lang) && !lexicalKeys(head, lang).length) continue;
    const mod = word.slice(0, i);
    if (isHeadword(mod, lang) || (lang === 'da' && /[se]$/.test(mod) && mod.length > MIN_PART && isHeadword(mod.slice(0, -1), lang))) return [mod, head];
  }
  return [];
}

/** At most this many thesaurus terms per concept, and in all. */
const TERMS_PER_CONCEPT = 2;
export const CONCEPT_QUERY_TERMS = 4;

const LEX_LANGS: readonly LexLang[] = ['da', 'fi', 'en'];

/**
 * The language a thesaurus term is written in, as far as it can be told: its tag ("fi:kone"), its
 * letters (æ, ø, å are Danish; ä, ö Finnish), else the one resource (FreeDict da/fi, WordNet) that
 * knows it as a headword. Null when none or several do ("laser", "logo"): such a term is as likely
 * to be written in the source's language as in another.
 */
export function termLanguage(raw: string): LexLang | null {
  const tag = /^([a-z]{2})(?:\|[a-z]{2})*:/.exec(raw)?.[1];
  if (tag === 'da' || tag === 'fi' || tag === 'en') return tag;
  const body = raw
    .replace(/^[a-z|]+:/, '')
    .replace(/\$$/, '')
    .toLowerCase();
  if (/[æøå]/.test(body)) return 'da';
  if (/[äö]/.test(body)) return 'fi';
  const known = LEX_LANGS.filter((l) => isHeadword(body, l));
  return known.length === 1 ? known[0]! : null;
}

/** A completion adds at most this many letters: a longer one is another word ("kirjail" → "kirjailija"). */
const MAX_COMPLETION = 3;

/**
 * A Danish or Finnish prefix term as the whole word the dictionary knows ("kylmävarast" →
 * "kylmävarasto", "laserleikk" → "laserleikkaus" is too far and stays): the full-text index holds
 * whole (stemmed) words, so a prefix fragment would match nothing. The term's own letters are kept
 * (the index is not folded: "kylmä", not "kylma"); only the dictionary's ending is added.
 */
function wholeWord(term: string, lang: string): string {
  if ((lang !== 'da' && lang !== 'fi') || isHeadword(term, lang)) return term;
  const folded = foldWord(term);
  const full = completeWord(term, lang);
  const tail = full?.slice(folded.length) ?? '';
  return tail.length > 0 && tail.length <= MAX_COMPLETION ? term + tail : term;
}

interface ConceptTerm {
  term: string;
  /** 0 the source's language, 1 no telling language, 2 another language. */
  rank: number;
}

const termMemo = new Map<string, ConceptTerm[]>();

/**
 * A concept's one-word search terms for a source in `language`, best first: terms of the source's
 * own language (the partner nearby most likely writes in it), then terms of no telling language,
 * then the other languages' (English first). Within each, the thesaurus's order; the concept's first
 * term that is not known to be another language's leads. A term that another term of the
 * concept begins with and that no dictionary knows is a prefix fragment ("kirjail" beside
 * "kirjailtu"): as a whole word in a full-text query it matches nothing, the longer term is taken.
 * A word in its own right stays ("flis" beside "flisfyr").
 */
export function conceptTermsFor(id: string, language: string): ConceptTerm[] {
  const key = `${language}|${id}`;
  const hit = termMemo.get(key);
  if (hit) return hit;
  const group = thesaurus().groups.get(id);
  const terms: (ConceptTerm & { lang: LexLang | null })[] = [];
  const bodies = (group?.terms ?? []).map((raw) => ({
    raw,
    term: raw
      .replace(/^[a-z]{2}(?:\|[a-z]{2})*:/, '')
      .replace(/\$$/, '')
      .toLowerCase(),
  }));
  for (const { raw, term } of bodies) {
    if (term.length < MIN_LENGTH || !/^[\p{L}\p{N}]+$/u.test(term) || terms.some((t) => t.term === term)) continue;
    if (
      !raw.endsWith('$') &&
      !LEX_LANGS.some((l) => isHeadword(term, l)) &&
      bodies.some((b) => b.term !== term && b.term.startsWith(term) && /^[\p{L}\p{N}]+$/u.test(b.term))
    )
      continue;
    const lang = termLanguage(raw);
    // Only a term of a known language is completed: "flis" is no fragment of "flise" (a tile).
    const full = raw.endsWith('$') || !lang ? term : wholeWord(term, lang);
    if (!terms.some((t) => t.term === full)) terms.push({ term: full, lang, rank: lang === language ? 0 : lang === null ? 1 : 2 });
  }
  const out = terms
    .map((t, i) => ({ ...t, i, en: t.lang === 'en' ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.en - b.en || a.i - b.i)
    .map(({ term, rank }) => ({ term, rank }));
  // The concept's first term (its most common word, as the thesaurus writes it) leads unless it is
  // known to be another language's: "flis" before "træflis", though only the latter shows æ.
  const head = terms.find((t) => t.rank < 2);
  const ordered = head ? [{ term: head.term, rank: head.rank }, ...out.filter((t) => t.term !== head.term)] : out;
  if (termMemo.size >= TELLING_MEMO_SIZE) termMemo.clear();
  termMemo.set(key, ordered);
  return ordered;
}

/**
 * The one-word terms of the specific concepts the source names, most specific concept first, each
 * concept's terms in the source's language first (conceptTermsFor): the text source then also finds
 * a partner that says the same thing in another compound or inflection than the source
 * ("kylmätilaa" finds "kylmävarastossa" through kylmiö/kylmätila, "stitched … embroidered" finds
 * "embroidery") or in another language. Broad concepts and forms of cooperation are left out, like
 * broad words; words the source's own telling words already hold are not repeated.
 */
export function conceptQueryTerms(concepts: readonly string[], language = 'da', have: readonly string[] = []): string[] {
  const th = thesaurus();
  const out = new Set<string>();
  const taken = new Set(have);
  const specific = concepts
    .map((id, i) => ({ id, i, group: th.groups.get(id) }))
    .filter((c) => c.group && !c.group.form && conceptWeight(c.id, th) >= BROAD_WEIGHT)
    .sort((a, b) => conceptWeight(b.id, th) - conceptWeight(a.id, th) || a.i - b.i)
    .map((c) => conceptTermsFor(c.id, language));
  // First each concept's terms in the source's own language (or none telling), then, while the
  // budget lasts, one term per concept in another language, English first (the second language of
  // both countries' networks).
  const passes: [(t: ConceptTerm) => boolean, number][] = [
    [(t) => t.rank < 2, TERMS_PER_CONCEPT],
    [(t) => t.rank === 2, 1],
  ];
  for (const [fits, perConcept] of passes) {
    for (const terms of specific) {
      let n = 0;
      for (const t of terms) {
        if (out.size >= CONCEPT_QUERY_TERMS) return [...out];
        if (n >= perConcept) break;
        if (!fits(t) || out.has(t.term) || taken.has(t.term)) continue;
        out.add(t.term);
        n++;
      }
    }
  }
  return [...out];
}
