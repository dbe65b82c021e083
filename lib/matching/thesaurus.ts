// The domain thesaurus: concept groups of Danish, Finnish and English words that mean the same
// thing to a small industrial firm (lib/matching/concepts/*). Two listings that share a concept are
// about the same thing whatever language or inflection they are written in.
//
// Terms are written naturally (with æøå/äö) and folded once by the loader (foldTerm). A term
// matches a word that *starts* with it ("svejs" covers svejsning/svejser/svejse; "hitsau" covers
// hitsaus/hitsauksen), except:
//  - terms shorter than 4 letters, and terms ending in "$", match a whole word only ("el", "it",
//    "cnc", "hake$") because as prefixes they would match almost anything;
//  - "da:print", "fi|da:some" apply only to texts in those languages: false friends (Danish
//    "truck" is a forklift, English "truck" a lorry; Danish "some" is social media).
// When several terms fit a word, the longest known stem wins (compound splitting in normalize.ts),
// so adding "træning" to training stops "træ" (wood) from claiming it; NEUTRAL_WORDS are known
// words that mean nothing here but must not be read as a shorter concept ("automatisk" ≠ "auto").
//
// A group may name a `parent` (turning → machining → …): a listing about turning is also, more
// weakly, about machining, so a turning need meets a milling shop half-way. `weight` says how much
// sharing the concept means: 1 for a specific trade or thing; less for broad ones (machines, staff,
// premises) that many unrelated listings mention. `form` concepts name *how* firms cooperate (joint
// purchase, rental, consortium), not *what* about: pooling never groups needs on them alone.
import type { UiLocale } from '@/db/schema';
import { normalizeText } from '@/lib/search/normalize';
import { BUILD_TRANSPORT_GROUPS } from './concepts/build-transport';
import { FOOD_AGRI_GROUPS } from './concepts/food-agri';
import { MATERIAL_GROUPS } from './concepts/materials';
import { METAL_GROUPS } from './concepts/metal';
import { SERVICE_GROUPS } from './concepts/services';
import { COMPOUND_PARTS, NEUTRAL_WORDS } from './concepts/parts';
import type { ConceptGroup } from './concepts/group';

export type { ConceptGroup } from './concepts/group';
export { COMPOUND_PARTS, NEUTRAL_WORDS } from './concepts/parts';

export const CONCEPT_GROUPS: ConceptGroup[] = [...METAL_GROUPS, ...MATERIAL_GROUPS, ...FOOD_AGRI_GROUPS, ...SERVICE_GROUPS, ...BUILD_TRANSPORT_GROUPS];

/** The vocabulary as seen by texts of one language. */
export interface ThesaurusView {
  /** Folded prefix term → concept ids (a term can belong to several groups). */
  terms: Map<string, string[]>;
  /** Folded whole-word-only terms → concept ids. */
  exact: Map<string, string[]>;
  /** Every folded prefix stem (terms, compound parts, neutral words), longest first. */
  stems: string[];
  /** The same stems by their first STEM_KEY letters: splitting a word looks only at the few stems
   * that can start at each position. */
  stemsByPrefix: Map<string, string[]>;
}

export interface Thesaurus {
  groups: Map<string, ConceptGroup>;
  /** Concept id → its ancestors, nearest first, each with its depth (1 = parent). */
  ancestors: Map<string, [string, number][]>;
  views: Map<string, ThesaurusView>;
  /** Every proper beginning of a known term or stem: a word that is not one cannot start a
   * two-word term, so most word pairs are skipped without a lookup. */
  phraseStarts: Set<string>;
  /** The view for a language (texts in other languages see the untagged terms only). */
  view: (language: string) => ThesaurusView;
}

/** Folded form of a term or word: lower case, å as "aa" (so Danish "måling" and "maling" stay
 * apart), other accents folded like the search (æ→ae, ø→o, ä→a), spaces and hyphens removed so
 * "powder coat" also matches the compound "powdercoating". */
export const foldTerm = (t: string) => normalizeText(t.replace(/å/g, 'aa').replace(/Å/g, 'Aa')).replace(/[\s\-/]+/g, '');

/** Terms shorter than this only count as whole words. */
export const MIN_PREFIX_TERM = 4;
/** Stems are indexed by this many first letters (every prefix stem has at least MIN_PREFIX_TERM). */
export const STEM_KEY = 3;
export const VIEW_LANGUAGES = ['da', 'en', 'fi'] as const;

interface ParsedTerm {
  langs: string[] | null;
  folded: string;
  exact: boolean;
  /** Written with å: also register the plain-a spelling people type on foreign keyboards. */
  variant?: string;
}

export function parseTerm(raw: string): ParsedTerm {
  const m = /^([a-z]{2}(?:\|[a-z]{2})*):(.+)$/.exec(raw.trim());
  const langs = m ? (m[1] ?? '').split('|') : null;
  let body = (m ? (m[2] ?? '') : raw).trim();
  const exactMark = body.endsWith('$');
  if (exactMark) body = body.slice(0, -1);
  const folded = foldTerm(body);
  // Short plain spellings would collide with other words ("båd" → "bad"), so only from 5 letters.
  const plain = /å/i.test(body) ? normalizeText(body).replace(/[\s\-/]+/g, '') : undefined;
  return { langs, folded, exact: exactMark || folded.length < MIN_PREFIX_TERM, ...(plain && plain !== folded && plain.length >= 5 ? { variant: plain } : {}) };
}

/**
 * Stems a prefix term also needs to reach its inflected forms, where the inflection changes the
 * end of the word rather than adding to it: Finnish consonant gradation ("trukki" → trukin,
 * trukilla; "laatikko" → laatikon), i → e ("sorvi" → sorveja), -s → -ks- ("kuljetus" →
 * kuljetuksen, "teräs" → teräksen, "-nen" → -se- ("puinen" → puiset), and a dropped final e
 * ("machine" → machining, "maskine" → maskinbearbejdning, "montere" → montering). Only stems of
 * at least five letters: shorter ones would match unrelated words.
 */
export function inflectionStems(term: string): string[] {
  const out: string[] = [];
  const m = /^(.+)(kk|pp|tt)([aeiouy])$/.exec(term);
  if (m) {
    const graded = `${m[1]}${(m[2] ?? '').slice(1)}${m[3]}`;
    out.push(graded);
    if (graded.endsWith('i')) out.push(`${graded.slice(0, -1)}e`);
  }
  if (/[^aeiouy]i$/.test(term)) out.push(`${term.slice(0, -1)}e`);
  if (/[aeiouy]s$/.test(term)) out.push(`${term.slice(0, -1)}ks`);
  if (term.endsWith('nen')) out.push(`${term.slice(0, -3)}se`);
  if (term.endsWith('e')) out.push(term.slice(0, -1));
  return out.filter((v) => v.length >= 5 && v !== term);
}

interface ParsedGroupTerm extends ParsedTerm {
  id: string;
  inflections: string[];
}

function buildView(parsed: readonly ParsedGroupTerm[], language: string | null, parts: readonly string[], neutral: readonly string[]): ThesaurusView {
  const terms = new Map<string, string[]>();
  const exact = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  const variants: [string, string, boolean][] = [];
  for (const t of parsed) {
    if (t.langs && (!language || !t.langs.includes(language))) continue;
    add(t.exact ? exact : terms, t.folded, t.id);
    if (t.variant) variants.push([t.variant, t.id, t.exact || t.variant.length < MIN_PREFIX_TERM]);
    for (const v of t.inflections) variants.push([v, t.id, false]);
  }
  // Variants only where they do not already mean something else.
  for (const [v, id, isExact] of variants) if (!terms.has(v) && !exact.has(v)) add(isExact ? exact : terms, v, id);
  // A compound part that begins with a concept term ("maskiner" after "maskin") would hide that
  // concept behind a longer, meaningless stem: the term plus its tail already covers it.
  const coveredByTerm = (p: string) => {
    for (let n = Math.max(MIN_PREFIX_TERM, p.length - 5); n <= p.length; n++) if (terms.has(p.slice(0, n))) return true;
    return false;
  };
  const extra = [
    ...parts.map(foldTerm).filter((p) => p.length >= MIN_PREFIX_TERM && !coveredByTerm(p)),
    ...neutral.map(foldTerm).filter((p) => p.length >= MIN_PREFIX_TERM),
  ];
  const stems = [...new Set([...terms.keys(), ...extra])].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const stemsByPrefix = new Map<string, string[]>();
  for (const s of stems) {
    const key = s.slice(0, STEM_KEY);
    const list = stemsByPrefix.get(key);
    if (list) list.push(s);
    else stemsByPrefix.set(key, [s]);
  }
  return { terms, exact, stems, stemsByPrefix };
}

export function buildThesaurus(
  groups: readonly ConceptGroup[] = CONCEPT_GROUPS,
  parts: readonly string[] = COMPOUND_PARTS,
  neutral: readonly string[] = NEUTRAL_WORDS,
): Thesaurus {
  const byId = new Map(groups.map((gr) => [gr.id, gr]));
  const ancestors = new Map<string, [string, number][]>();
  const parentsOf = (gr?: ConceptGroup) => (gr?.parent === undefined ? [] : Array.isArray(gr.parent) ? gr.parent : [gr.parent]);
  for (const gr of groups) {
    // Breadth first, so the nearest ancestors come first (they count more).
    const chain: [string, number][] = [];
    let depth = 1;
    for (let queue = parentsOf(gr); queue.length; depth++) {
      const next: string[] = [];
      for (const p of queue) {
        if (p === gr.id || chain.some(([id]) => id === p) || !byId.has(p)) continue;
        chain.push([p, depth]);
        next.push(...parentsOf(byId.get(p)));
      }
      queue = next;
    }
    ancestors.set(gr.id, chain);
  }
  const parsed = groups.flatMap((gr) =>
    gr.terms.map((raw): ParsedGroupTerm => {
      const t = parseTerm(raw);
      return { ...t, id: gr.id, inflections: t.exact ? [] : inflectionStems(t.folded) };
    }),
  );
  const views = new Map<string, ThesaurusView>();
  for (const l of VIEW_LANGUAGES) views.set(l, buildView(parsed, l, parts, neutral));
  views.set('*', buildView(parsed, null, parts, neutral));
  const fallback = views.get('*') as ThesaurusView;
  const known = new Set<string>();
  for (const v of views.values()) {
    for (const t of v.stems) known.add(t);
    for (const t of v.exact.keys()) known.add(t);
  }
  const phraseStarts = new Set<string>();
  for (const t of known) for (let i = 2; i < t.length; i++) phraseStarts.add(t.slice(0, i));
  return { groups: byId, ancestors, views, phraseStarts, view: (language) => views.get(language) ?? fallback };
}

let defaultThesaurus: Thesaurus | undefined;
export function thesaurus(): Thesaurus {
  return (defaultThesaurus ??= buildThesaurus());
}

export function conceptLabel(id: string, locale: UiLocale, th: Thesaurus = thesaurus()): string {
  return th.groups.get(id)?.labels[locale] ?? id;
}

/** How much sharing the concept means (0–1). */
export const conceptWeight = (id: string, th: Thesaurus = thesaurus()) => th.groups.get(id)?.weight ?? 1;

/** A concept that names how firms cooperate rather than what about. */
export const isFormConcept = (id: string, th: Thesaurus = thesaurus()) => th.groups.get(id)?.form === true;
