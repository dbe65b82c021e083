// What a search word means beyond its spelling (issue 18): the thin adapter between search and the
// language understanding the matching engine already has. For one word it finds
//  - synonyms and other languages' words: the thesaurus concepts the word names (lib/matching:
//    compounds split, inflections tolerated) and the terms of those concepts and of their narrower
//    ones ("vognmand" → fragt, kørsel, kuljetus, haulage…; "plastik" → sprøjtestøb…, muovi…);
//  - categories whose name (da/en/fi) has the word or names the same concept ("transport",
//    "logistiikka" → the logistics category);
//  - NACE trades whose name (da/en/fi) has the word ("plastprodukter", "vejgodstransport");
//  - places: a town named in the word ("København", "Storkøbenhavn", "Copenhagen") becomes the
//    grid cells within PLACE_RADIUS_KM of it and the names of the towns there.
// The database side is listings.search_document (migration 0015): categories, NACE codes and grid
// cells are literal lexemes there, written exactly as lexemes() returns them here.
import 'server-only';
import type { Country, ListingCategory } from '@/db/schema';
import { LISTING_CATEGORIES } from '@/db/schema';
import { postcodesFor, type PostcodePlace } from '@/lib/geo/postcodes';
import { splitCompound } from '@/lib/matching/normalize';
import { foldTerm, parseTerm, thesaurus } from '@/lib/matching/thesaurus';
import { naceEntries } from '@/lib/nace';
import daListings from '@/messages/da/listings.json';
import enListings from '@/messages/en/listings.json';
import fiListings from '@/messages/fi/listings.json';
import { normalizeText } from './normalize';

/** Synonym terms per search word, at most (the word's own concepts first, then narrower ones). */
export const MAX_SYNONYMS = 60;
/** A word matching more NACE codes than this (after folding codes into their group/division) is
 * too general to say anything about a trade ("fremstilling", "services"). */
export const MAX_NACE = 24;
/** "Near" a place: its grid cells and towns within this distance of it. */
export const PLACE_RADIUS_KM = 15;
/** Town names searched for near a place, nearest first. */
const MAX_PLACE_NAMES = 40;

export interface TermExpansion {
  /** Words that stand for the same thing, searched as prefixes of their stems in every language. */
  prefixes: string[];
  /** Whole words searched in every language (short thesaurus terms, town names). */
  words: string[];
  /** Literal lexemes of listings.search_document: "cat logistics", "nace 49.41", "geo 556 62". */
  lexemes: string[];
}

const LETTERS = /^[\p{L}\p{N}]+$/u;
const FILLER = new Set(['og', 'and', 'ja', 'samt', 'andre', 'anden', 'andet', 'other', 'muut', 'muiden', 'muu', 'af', 'of', 'the', 'for', 'til']);

// ---- categories ----

let categoryIndex: { category: ListingCategory; word: string; concepts: string[] }[] | undefined;

function categoriesIndex() {
  if (categoryIndex) return categoryIndex;
  const labels = [daListings.categories, enListings.categories, fiListings.categories] as Record<string, string>[];
  categoryIndex = [];
  for (const category of LISTING_CATEGORIES) {
    for (const l of labels) {
      for (const raw of (l[category] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        const word = normalizeText(raw);
        if (word.length < 4 || FILLER.has(word)) continue;
        categoryIndex.push({ category, word, concepts: searchConcepts(foldTerm(raw)) });
      }
    }
  }
  return categoryIndex;
}

/** A search word and a name's word are the same word: equal, or one an inflection of the other
 * (a common start of at least 5 letters and at most 3 letters more: "transporten", "maskiner"). */
function sameWord(q: string, w: string): boolean {
  if (q === w) return true;
  const [short, long] = q.length <= w.length ? [q, w] : [w, q];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

// ---- NACE ----

let naceIndex: { code: string; words: string[] }[] | undefined;

function naceWordsIndex() {
  naceIndex ??= naceEntries()
    .filter((e) => e.level !== 'section')
    .map((e) => ({
      code: e.code,
      words: [
        ...new Set(
          [e.names.da, e.names.en, e.names.fi]
            .join(' ')
            .toLowerCase()
            .match(/[\p{L}\p{N}]+/gu)
            ?.map(normalizeText)
            .filter((w) => w.length >= 4 && !FILLER.has(w)) ?? [],
        ),
      ],
    }));
  return naceIndex;
}

/** A NACE name's word has the search word: the same word, a word it starts ("plast" →
 * plastprodukter), or the head of a compound ("transport" → vejgodstransport). */
function naceWordMatches(q: string, w: string): boolean {
  if (sameWord(q, w)) return true;
  if (q.length >= 5 && w.startsWith(q)) return true;
  return q.length >= 6 && w.length - q.length >= 3 && w.endsWith(q);
}

/** NACE codes (divisions "49", groups "49.4", classes "49.41") whose name has the word, each only
 * once: a class whose group or division matches too is left out. */
export function naceCodesFor(norm: string): string[] {
  if (norm.length < 4) return [];
  const hits = naceWordsIndex()
    .filter((e) => e.words.some((w) => naceWordMatches(norm, w)))
    .map((e) => e.code);
  const set = new Set(hits);
  const kept = hits.filter((c) => !(c.length > 2 && set.has(c.slice(0, 2))) && !(c.length > 4 && set.has(c.slice(0, 4))));
  return kept.length > MAX_NACE ? [] : kept;
}

// ---- places ----

const PLACE_ALIASES: Record<string, string> = {
  kbh: 'kobenhavn',
  cph: 'kobenhavn',
  copenhagen: 'kobenhavn',
  koopenhamina: 'kobenhavn',
  helsingfors: 'helsinki',
  abo: 'turku',
};

let placeIndex: Map<string, { country: Country; place: PostcodePlace }[]> | undefined;

function placesIndex() {
  if (placeIndex) return placeIndex;
  placeIndex = new Map();
  for (const country of ['DK', 'FI'] as const) {
    for (const place of postcodesFor(country)) {
      const first = normalizeText(townWord(place.name));
      if (first.length < 3) continue;
      const list = placeIndex.get(first) ?? [];
      list.push({ country, place });
      placeIndex.set(first, list);
    }
  }
  return placeIndex;
}

const KM_PER_DEGREE = 111.2;

/** Words that start town names without naming them ("Kongens Lyngby", "Kirke Hyllinge"). */
const NAME_PREFIXES = new Set(['kirke', 'kongens', 'store', 'lille', 'nørre', 'søndre', 'sønder', 'vester', 'øster', 'nr', 'st', 'ny', 'gl']);

/** The word that names a town: "København K" → københavn, "Kongens Lyngby" → lyngby. */
function townWord(name: string): string {
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.find((w) => !NAME_PREFIXES.has(w) && w.length >= 3) ?? words[0] ?? '';
}

/** The grid cell of a point as migration 0015's iv_geo_cell writes it. */
export const geoCell = (lat: number, lng: number) => `geo ${Math.floor(lat * 10)} ${Math.floor(lng * 5)}`;

function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const dLat = (a.lat - b.lat) * KM_PER_DEGREE;
  const dLng = (a.lng - b.lng) * KM_PER_DEGREE * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.sqrt(dLat * dLat + dLng * dLng);
}

/** The place a search word names (a town, "stor" + a town, a known other-language name), or null. */
export function placeFor(norm: string): { name: string; country: Country; lat: number; lng: number } | null {
  const idx = placesIndex();
  let key = PLACE_ALIASES[norm] ?? norm;
  if (!idx.has(key) && key.startsWith('stor') && idx.has(key.slice(4))) key = key.slice(4);
  const hits = idx.get(key);
  if (!hits?.length || key.length < 3) return null;
  const lat = hits.reduce((s, h) => s + h.place.lat, 0) / hits.length;
  const lng = hits.reduce((s, h) => s + h.place.lng, 0) / hits.length;
  const first = hits[0]!;
  return { name: townWord(first.place.name), country: first.country, lat, lng };
}

function placeExpansion(norm: string): { words: string[]; lexemes: string[] } {
  const place = placeFor(norm);
  if (!place) return { words: [], lexemes: [] };
  const r = PLACE_RADIUS_KM;
  const lexemes = new Set<string>();
  const dLat = r / KM_PER_DEGREE;
  const dLng = r / (KM_PER_DEGREE * Math.cos(place.lat * (Math.PI / 180)));
  for (let i = Math.floor((place.lat - dLat) * 10); i <= Math.floor((place.lat + dLat) * 10); i++) {
    for (let j = Math.floor((place.lng - dLng) * 5); j <= Math.floor((place.lng + dLng) * 5); j++) lexemes.add(`geo ${i} ${j}`);
  }
  const near = postcodesFor(place.country)
    .map((p) => ({ name: townWord(p.name), d: km(p, place) }))
    .filter((p) => p.d <= r)
    .sort((a, b) => a.d - b.d);
  const words = new Set<string>([place.name.toLowerCase(), `stor${place.name.toLowerCase()}`]);
  for (const p of near) {
    if (words.size >= MAX_PLACE_NAMES) break;
    words.add(p.name.toLowerCase());
  }
  return { words: [...words].filter((w) => LETTERS.test(w)), lexemes: [...lexemes] };
}

// ---- synonyms ----

/** The concepts a search word names, read more strictly than in a listing (lib/matching's
 * wordConcepts also takes a known word inside an unknown compound, "frem|stilling" → staff, or a
 * compound's parts, "stål|ramme" → steel: in a listing one word among many, in a search the whole
 * question, and a steel frame is not every steel thing): a whole known term, or one known term with
 * at most an inflection after it ("vognmanden", "plastik"). */
const MAX_ENDING = 3;

export function searchConcepts(folded: string): string[] {
  const view = thesaurus().view('*');
  const exact = view.exact.get(folded);
  if (exact) return exact;
  const split = splitCompound(folded, view);
  const only = split.parts[0];
  if (split.parts.length !== 1 || !only || only.start !== 0 || split.unknown > 0 || folded.length - only.end > MAX_ENDING) return [];
  return view.terms.get(only.stem) ?? [];
}

function synonymTerms(term: string): { prefixes: string[]; words: string[]; concepts: string[] } {
  const th = thesaurus();
  const concepts = searchConcepts(foldTerm(term));
  if (!concepts.length) return { prefixes: [], words: [], concepts };
  const narrower = [...th.groups.values()].filter((g) => th.ancestors.get(g.id)?.some(([a]) => concepts.includes(a))).map((g) => g.id);
  const prefixes = new Set<string>();
  const words = new Set<string>();
  for (const id of [...concepts, ...narrower]) {
    for (const raw of th.groups.get(id)?.terms ?? []) {
      if (prefixes.size + words.size >= MAX_SYNONYMS) break;
      const t = parseTerm(raw);
      if (t.langs) continue; // a false friend in some language: not safe for a search of every language
      const body = raw.trim().replace(/\$$/, '').toLowerCase();
      if (!LETTERS.test(body)) continue; // two-word and hyphenated terms
      (t.exact ? words : prefixes).add(body);
    }
  }
  return { prefixes: [...prefixes], words: [...words], concepts };
}

const cache = new Map<string, TermExpansion>();

/** Everything a search word (lower-case, as typed) also stands for. Cached per word. */
export function expandSearchTerm(term: string): TermExpansion {
  const hit = cache.get(term);
  if (hit) return hit;
  const norm = normalizeText(term);
  const lexemes = new Set<string>();
  const syn = norm.length >= 3 && !/^\p{N}+$/u.test(norm) ? synonymTerms(term) : { prefixes: [], words: [], concepts: [] };
  for (const c of categoriesIndex()) {
    if (sameWord(norm, c.word) || c.concepts.some((id) => syn.concepts.includes(id))) lexemes.add(`cat ${c.category}`);
  }
  for (const code of naceCodesFor(norm)) lexemes.add(`nace ${code}`);
  const place = placeExpansion(norm);
  for (const l of place.lexemes) lexemes.add(l);
  const out: TermExpansion = {
    prefixes: syn.prefixes.filter((p) => p !== term),
    words: [...new Set([...syn.words, ...place.words])].filter((w) => w !== term),
    lexemes: [...lexemes],
  };
  if (cache.size > 5_000) cache.clear();
  cache.set(term, out);
  return out;
}
