// Language-neutral lexical keys for a word in Danish, Finnish or English, from lexical resources
// rather than a hand-written list (issue 13, item 2). A word becomes WordNet synset keys
// ("wn:03384352-n"): Danish and Finnish words through the FreeDict bilingual dictionaries to
// English lemmas, English words through WordNet's morphology (exception lists + suffix rules).
// Two words in different languages that share a key mean (roughly) the same thing.
//
// The data lives in data/lexicon/*.tsv, derived by scripts/build-lexicon.ts from the Debian
// packages (see docs/lexicon.md for sources, licences and credit). It is loaded once per process,
// on first use, and every answer is memoized: after that a word costs a Map lookup.
//
// Pure: no database, no server-only; reads its files with node:fs.
import fs from 'node:fs';
import path from 'node:path';
import snowball from 'snowball-stemmers';
import { normalizeText } from '@/lib/search/normalize';

export type LexLang = 'da' | 'fi' | 'en';
export type LexicalKey = { key: string; weight: number };

export const LEXICON_DIR = path.join(process.cwd(), 'data', 'lexicon');

// ---- folding and stemming: the build script uses these same functions on the headwords ----

/** The engine's folding (thesaurus foldTerm): lower case, å→aa, æ→ae, ø→o, ä→a, ö→o, no accents, no spaces or hyphens. */
export function foldWord(w: string): string {
  return normalizeText(w.replace(/å/g, 'aa').replace(/Å/g, 'Aa')).replace(/[\s\-/'’.]+/g, '');
}

const stemmers = new Map<string, { stem(w: string): string }>();
/** Snowball stem of an already folded Danish or Finnish word. */
export function stemWord(folded: string, lang: 'da' | 'fi'): string {
  let s = stemmers.get(lang);
  if (!s) {
    s = snowball.newStemmer(lang === 'da' ? 'danish' : 'finnish');
    stemmers.set(lang, s);
  }
  return s.stem(folded);
}

/** An English word or phrase as WordNet writes its lemmas: lower case, words joined by "_". */
export function enLemmaForm(w: string): string {
  return normalizeText(w)
    .trim()
    .replace(/[\s-]+/g, '_');
}

// ---- weights ----

/** The n-th kept WordNet sense of a lemma (WordNet orders senses by corpus frequency). */
export const SENSE_WEIGHT = [1, 0.8, 0.6] as const;
/** Noun hypernyms one and two levels up: a broader concept says less. */
export const HYPERNYM_WEIGHT = [0.5, 0.25] as const;
/** A sense of the part of speech the dictionary did not give for the translation. */
const OTHER_POS = 0.7;
/** Later translations of a headword are often looser. */
const TRANSLATION_WEIGHT = [1, 0.9, 0.8, 0.7, 0.6, 0.6] as const;
/** Found only by stem (another inflection or derivation of a headword). */
const BY_STEM = 0.9;
/** Compound word: the head (last part) carries the meaning, the modifier a little. */
const COMPOUND_HEAD = 0.8;
const COMPOUND_MODIFIER = 0.3;
/** A Danish or Finnish word the dictionary lacks, tried as an English loanword ("truck", "laser"). */
const LOANWORD = 0.6;
/** A multi-word translation that WordNet lacks, keyed on its last word ("seed potato" → potato). */
const PHRASE_HEAD = 0.7;
/** Danish words FreeDict lacks, translated through a synonym in the Danish thesaurus. */
const VIA_SYNONYM = 0.8;

// ---- data ----

type Pos = 'n' | 'v';
/** One translation: English lemma (WordNet form), part of speech if the dictionary gave one, weight from its flags. */
type Translation = { lemma: string; pos: Pos | null; w: number };
// Each data file is a sorted "key\trest" table kept as its text plus an array of line starts and
// searched by bisection, so loading is reading seven files and one pass over their newlines.
// Lookups are memoized per word (lexicalKeys), so the bisection runs once per new word.

/** A sorted "key\trest" text table ("#" lines are comments, at the top only). */
export class SortedTable {
  private readonly starts: Uint32Array;
  constructor(private readonly text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let count = 0;
    for (let i = 0; i < text.length;) {
      let nl = text.indexOf('\n', i);
      if (nl < 0) nl = text.length;
      if (nl > i && text.charCodeAt(i) !== 35 /* # */) starts[count++] = i;
      i = nl + 1;
    }
    this.starts = starts.subarray(0, count);
  }
  get size(): number {
    return this.starts.length;
  }
  /** Compares the key of the row at start with key, in code-unit order, without slicing. */
  private compareAt(start: number, key: string): number {
    const text = this.text;
    for (let j = 0; ; j++) {
      const c = text.charCodeAt(start + j); // NaN past the end
      const end = c === 9 || c === 10 || Number.isNaN(c);
      if (j === key.length) return end ? 0 : 1;
      if (end) return -1;
      const d = c - key.charCodeAt(j);
      if (d !== 0) return d;
    }
  }
  /** The text after the key's tab, or undefined. */
  get(key: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]!;
      const cmp = this.compareAt(start, key);
      if (cmp === 0) {
        let nl = this.text.indexOf('\n', start);
        if (nl < 0) nl = this.text.length;
        const tab = start + key.length;
        return tab < nl ? this.text.slice(tab + 1, nl) : '';
      }
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  /** The first key (in code-unit order) that starts with prefix, or undefined. */
  firstWithPrefix(prefix: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareAt(this.starts[mid]!, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.starts.length) return undefined;
    const start = this.starts[lo]!;
    let end = start;
    while (end < this.text.length && this.text.charCodeAt(end) !== 9 && this.text.charCodeAt(end) !== 10) end++;
    const key = this.text.slice(start, end);
    return key.startsWith(prefix) ? key : undefined;
  }
}

/** Code-unit order, the order SortedTable bisects in (the build script sorts with it). */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Bilingual = {
  /** folded word → "lemma[/pos]|~head…" */
  words: SortedTable;
  /** Snowball stem → folded words with that stem, space-separated (only where the stem differs from the word) */
  stems: SortedTable;
};

export type Lexicon = {
  /** lemma → "noun synsets\tverb synsets" (space-separated offsets) */
  en: SortedTable;
  /** noun synset → "hypernyms one level up\ttwo levels up" */
  hyper: SortedTable;
  /** "n:form" or "v:form" → base forms, space-separated */
  exc: SortedTable;
  da: Bilingual;
  fi: Bilingual;
};

let lexicon: Lexicon | null = null;

const table = (file: string) => new SortedTable(fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8'));

/** Loads the data files (once per process). Exposed for the benchmark; lexicalKeys calls it. */
export function loadLexicon(): Lexicon {
  lexicon ??= {
    en: table('en-wordnet.tsv'),
    hyper: table('wordnet-hypernyms.tsv'),
    exc: table('wordnet-exceptions.tsv'),
    da: { words: table('da-en.tsv'), stems: table('da-stems.tsv') },
    fi: { words: table('fi-en.tsv'), stems: table('fi-stems.tsv') },
  };
  return lexicon;
}

function field(row: string | undefined, n: number): string[] {
  if (!row) return [];
  const f = row.split('\t')[n];
  return f ? f.split(' ') : [];
}

/** The kept synsets (offsets) of a WordNet lemma for one part of speech, most frequent sense first. */
export function synsetsOf(lemma: string, pos: Pos, lex: Lexicon = loadLexicon()): string[] {
  return field(lex.en.get(lemma), pos === 'n' ? 0 : 1);
}

type Found = { trans: Translation[]; w: number };
const MEMO_MAX = 200_000;

/** Flags before a translation: "~" last word of a phrase, "=" via a Danish synonym. */
const FLAG_WEIGHT: Record<string, number> = { '~': PHRASE_HEAD, '=': VIA_SYNONYM };

function parseTranslations(raw: string): Translation[] {
  return raw.split('|').map((t) => {
    let w = 1;
    let i = 0;
    for (; i < t.length && FLAG_WEIGHT[t[i]!] !== undefined; i++) w *= FLAG_WEIGHT[t[i]!]!;
    const body = t.slice(i);
    const slash = body.indexOf('/');
    return slash < 0 ? { lemma: body, pos: null, w } : { lemma: body.slice(0, slash), pos: body.slice(slash + 1) as Pos, w };
  });
}

// ---- English: morphy-style lemmatizing ----

const SUFFIX_RULES: Record<Pos, [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
};

/** WordNet base forms of an English word for one part of speech (the word itself if it is one). */
export function morphy(word: string, pos: Pos, lex: Lexicon = loadLexicon()): string[] {
  const has = (w: string) => synsetsOf(w, pos, lex).length > 0;
  const out = new Set<string>();
  if (has(word)) out.add(word);
  for (const b of lex.exc.get(`${pos}:${word}`)?.split(' ') ?? []) if (has(b)) out.add(b);
  // Like WordNet's morphy: the word itself if it is a lemma ("sales") and what the suffix rules
  // make of it ("sale"), unless it is an irregular form.
  if (!lex.exc.has(`${pos}:${word}`)) {
    for (const [suf, rep] of SUFFIX_RULES[pos]) {
      if (word.length > suf.length + 2 && word.endsWith(suf)) {
        const base = word.slice(0, -suf.length) + rep;
        if (has(base)) out.add(base);
      }
    }
    // "planning", "shipped": a doubled final consonant before -ing/-ed
    const m = /^(.*([bdgklmnprt]))\2(?:ing|ed)$/.exec(word);
    if (m && has(m[1]!)) out.add(m[1]!);
  }
  return [...out];
}

// ---- keys ----

type KeyAcc = Map<string, number>;

function add(acc: KeyAcc, key: string, w: number) {
  if (w > (acc.get(key) ?? 0)) acc.set(key, w);
}

function synsetKeys(acc: KeyAcc, lex: Lexicon, lemma: string, pos: Pos, w: number, hypernyms: boolean) {
  synsetsOf(lemma, pos, lex).forEach((syn, i) => {
    const sw = w * (SENSE_WEIGHT[i] ?? 0.5);
    add(acc, `wn:${syn}-${pos}`, sw);
    if (pos === 'n' && hypernyms) {
      const h = lex.hyper.get(syn);
      for (const s of field(h, 0)) add(acc, `wn:${s}-n`, sw * HYPERNYM_WEIGHT[0]);
      for (const s of field(h, 1)) add(acc, `wn:${s}-n`, sw * HYPERNYM_WEIGHT[1]);
    }
  });
}

/** Keys for an English word or WordNet lemma; preferPos favours the dictionary's part of speech. */
function englishKeys(acc: KeyAcc, lex: Lexicon, word: string, w: number, preferPos: Pos | null = null, hypernyms = true): boolean {
  let found = false;
  for (const pos of ['n', 'v'] as const) {
    const pw = preferPos && preferPos !== pos ? w * OTHER_POS : w;
    for (const base of morphy(word, pos, lex)) {
      synsetKeys(acc, lex, base, pos, pw, hypernyms);
      found = true;
    }
  }
  return found;
}

function translationKeys(acc: KeyAcc, lex: Lexicon, trans: Translation[], w: number, hypernyms = true) {
  trans.forEach((t, i) => {
    const tw = w * (TRANSLATION_WEIGHT[i] ?? 0.5) * t.w;
    englishKeys(acc, lex, t.lemma, tw, t.pos, hypernyms);
  });
}

const foreignMemo = { da: new Map<string, Found | null>(), fi: new Map<string, Found | null>() };

/** Translations of a folded Danish/Finnish word (memoized: compound splitting asks for the same parts often). */
function lookupForeign(bi: Bilingual, folded: string, lang: 'da' | 'fi'): Found | null {
  const memo = foreignMemo[lang];
  let found = memo.get(folded);
  if (found === undefined) {
    found = lookupForeignUncached(bi, folded, lang);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(folded, found);
  }
  return found;
}

/** Translations of a folded Danish/Finnish word: by the word itself, else by an inflection or its stem. */
function lookupForeignUncached(bi: Bilingual, folded: string, lang: 'da' | 'fi'): Found | null {
  const exact = bi.words.get(folded);
  if (exact) return { trans: parseTranslations(exact), w: 1 };
  // A common inflectional ending taken off, the rest a headword as written ("lageret" → "lager",
  // "varastossa" → "varasto", "perunat" → "peruna"): safer than the Snowball stem, which cuts
  // "lager" to "lag" and leaves "perunat" longer than the stem of "peruna".
  for (const end of ENDINGS[lang]) {
    if (folded.length - end.length >= 3 && folded.endsWith(end)) {
      const base = bi.words.get(folded.slice(0, -end.length));
      if (base) return { trans: parseTranslations(base), w: BY_STEM };
    }
  }
  if (lang === 'fi') {
    const base = finnishBaseForm(bi, folded);
    if (base) return { trans: parseTranslations(base), w: BY_STEM };
  }
  // Danish nouns made from verbs ("svejsning" ← "svejse", "isolering" ← "isolere",
  // "vedligeholdelse" ← "vedligeholde"): the verb's translations; English "welding" has the verb's senses too.
  if (lang === 'da') {
    for (const [end, rep] of DA_VERBAL_NOUNS) {
      if (folded.length - end.length >= 2 && folded.endsWith(end)) {
        const verb = bi.words.get(folded.slice(0, -end.length) + rep);
        if (verb) return { trans: parseTranslations(verb), w: BY_STEM * BY_STEM };
      }
    }
  }
  const stem = stemWord(folded, lang);
  if (stem.length < MIN_STEM) return null;
  const words = [...(bi.words.has(stem) ? [stem] : []), ...(bi.stems.get(stem)?.split(' ') ?? [])];
  if (!words.length) return null;
  const trans: Translation[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    for (const t of parseTranslations(bi.words.get(word)!)) {
      if (!seen.has(t.lemma)) {
        seen.add(t.lemma);
        trans.push(t);
      }
    }
  }
  return { trans: trans.slice(0, 8), w: BY_STEM };
}

/** Inflectional endings (folded: ä→a, ö→o), longest first. */
const ENDINGS: Record<'da' | 'fi', string[]> = {
  da: ['ernes', 'erne', 'enes', 'ene', 'ens', 'ets', 'ere', 'en', 'et', 'er', 'ne', 'es', 'e', 'r', 's'],
  fi: [
    'iden',
    'itten',
    'ista',
    'issa',
    'ille',
    'ilta',
    'illa',
    'seen',
    'ssa',
    'sta',
    'lla',
    'lta',
    'lle',
    'ksi',
    'iin',
    'ita',
    'ja',
    'na',
    'ta',
    'n',
    't',
    'a',
  ],
};
const DA_VERBAL_NOUNS: [string, string][] = [
  ['ering', 'ere'],
  ['ning', 'e'],
  ['ning', ''],
  ['ing', 'e'],
  ['else', 'e'],
  ['lse', ''],
];
// Finnish: case and plural endings (folded), longest first, for the base-form guesser below
const FI_CASE_ENDINGS = [
  'ihin',
  'iden',
  'itten',
  'iksi',
  'ista',
  'issa',
  'ille',
  'ilta',
  'illa',
  'iin',
  'ita',
  'ina',
  'ien',
  'jen',
  'seen',
  'ssa',
  'sta',
  'lla',
  'lta',
  'lle',
  'ksi',
  'ja',
  'ia',
  'na',
  'ta',
  'an',
  'en',
  'in',
  'on',
  'un',
  'yn',
  'n',
  't',
  'a',
  '',
];
// Consonant gradation, both ways, on the last consonant(s) before the stem's final vowel (or -s):
// inflected forms may have the weak grade (kauppa → kaupassa) or the strong one (asiakas → asiakkaalle).
const FI_GRADATION: [string, string][] = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['nt', 'nn'],
  ['lt', 'll'],
  ['rt', 'rr'],
  ['k', 'kk'],
  ['p', 'pp'],
  ['t', 'tt'],
  ['ng', 'nk'],
  ['mm', 'mp'],
  ['nn', 'nt'],
  ['ll', 'lt'],
  ['rr', 'rt'],
  ['d', 't'],
  ['t', 'd'],
  ['v', 'p'],
];

/** The stem as the nominative has it: plural o/e/i-stems back to -a/-i, -kse- to -s, long -aa/-ee- to -as/-es. */
function finnishStemVariants(b: string): string[] {
  const out = [b];
  if (b.endsWith('kse')) out.push(b.slice(0, -3) + 's'); // kuljetukse(n) → kuljetus
  if (/[aeiouy]{2}$/.test(b) && b.at(-1) === b.at(-2)) out.push(b.slice(0, -1) + 's'); // asiakkaa(lle) → asiakas
  if (b.endsWith('o')) out.push(b.slice(0, -1) + 'a'); // lavo(ja) → lava
  if (b.endsWith('e')) out.push(b.slice(0, -1) + 'i'); // truke(illa) → truki → trukki
  if (!/[aeiouy]$/.test(b)) out.push(b + 'a', b + 'i'); // os(ia) → osa
  return out;
}

/** Gradation variants: the last consonant group before the final vowel(s) or -s, strong ↔ weak. */
function finnishGradations(v: string): string[] {
  const m = /([^aeiouy]+)([aeiouy]+s?|s)$/.exec(v);
  if (!m || m.index === 0) return [];
  const [, cons, tail] = m as unknown as [string, string, string];
  const out: string[] = [];
  for (const [from, to] of FI_GRADATION) {
    if (cons.endsWith(from)) out.push(v.slice(0, m.index) + cons.slice(0, -from.length) + to + tail);
  }
  return out;
}

/** A Finnish headword (as written) that an inflected form comes from, guessed by rule, or null. */
function finnishBaseForm(bi: Bilingual, folded: string): string | null {
  for (const end of FI_CASE_ENDINGS) {
    if (!folded.endsWith(end) || folded.length - end.length < 2) continue;
    const b = folded.slice(0, folded.length - end.length);
    for (const v of finnishStemVariants(b)) {
      if (v.length < 3) continue;
      for (const c of [v, ...finnishGradations(v)]) {
        if (c === folded) continue;
        const row = bi.words.get(c);
        if (row) return row;
      }
    }
  }
  return null;
}

/** Shorter stems collide across unrelated words ("palle" and "palet" both stem to "pal"). */
const MIN_STEM = 4;
/** Compound parts: at least three letters; a head shorter than MIN_HEAD only as written. */
const MIN_PART = 3;
const MIN_HEAD = 4;

/** Modifier forms to try: the part itself, without a Danish linking -s-/-e-, without a Finnish genitive -n. */
function modifierForms(part: string, lang: 'da' | 'fi'): string[] {
  const forms = [part];
  if (lang === 'da' && /[se]$/.test(part) && part.length > MIN_PART) forms.push(part.slice(0, -1));
  if (lang === 'fi' && part.endsWith('n') && part.length > MIN_PART) forms.push(part.slice(0, -1));
  return forms;
}

/** An English loanword as a Danish word ("truck", "trucken"), as a translation of itself. */
function loanword(lex: Lexicon, folded: string, lang: 'da' | 'fi'): Translation[] {
  for (const w of lang === 'da' ? [folded, stemWord(folded, 'da')] : [folded]) {
    if (w.length >= 4 && (morphy(w, 'n', lex).length || morphy(w, 'v', lex).length)) return [{ lemma: w, pos: null, w: 1 }];
  }
  return [];
}

/**
 * A compound split into two known words, longest known head first ("gaffel|truck",
 * "trukki|kuski"). Danish heads may be English loanwords when the modifier is a Danish word.
 */
function splitCompound(lex: Lexicon, bi: Bilingual, folded: string, lang: 'da' | 'fi'): { head: Found; mod: Found } | null {
  if (folded.length < 2 * MIN_PART + 1) return null;
  const modifier = (i: number) => {
    // a modifier as written (no inflection to strip), or by stem when it is long enough not to be a fragment
    for (const m of modifierForms(folded.slice(0, i), lang)) {
      const raw = bi.words.get(m);
      if (raw) return { trans: parseTranslations(raw), w: 1 };
    }
    const m = folded.slice(0, i);
    return m.length >= MIN_STEM ? lookupForeign(bi, m, lang) : null;
  };
  for (let i = MIN_PART; i <= folded.length - MIN_PART; i++) {
    const part = folded.slice(i);
    // a three-letter head only as written ("rum", "työ"): inflected or stemmed, it is a fragment
    const raw = part.length < MIN_HEAD ? bi.words.get(part) : undefined;
    const head = part.length >= MIN_HEAD ? lookupForeign(bi, part, lang) : raw ? { trans: parseTranslations(raw), w: 1 } : null;
    const mod = head && modifier(i);
    if (head && mod) return { head, mod };
  }
  if (lang === 'da') {
    for (let i = MIN_PART; i <= folded.length - 4; i++) {
      const trans = loanword(lex, folded.slice(i), lang);
      const mod = trans.length ? modifier(i) : null;
      if (mod) return { head: { trans, w: LOANWORD }, mod };
    }
  }
  return null;
}

const memo = new Map<string, LexicalKey[]>();

function computeKeys(word: string, lang: LexLang): LexicalKey[] {
  const lex = loadLexicon();
  const acc: KeyAcc = new Map();
  if (lang === 'en') {
    const w = enLemmaForm(word);
    if (w) englishKeys(acc, lex, w, 1);
  } else {
    const folded = foldWord(word);
    if (folded.length >= 2) {
      const bi = lex[lang];
      const hit = lookupForeign(bi, folded, lang);
      if (hit) translationKeys(acc, lex, hit.trans, hit.w);
      else {
        const parts = splitCompound(lex, bi, folded, lang);
        if (parts) {
          translationKeys(acc, lex, parts.head.trans, parts.head.w * COMPOUND_HEAD);
          // The modifier weakly and without hypernyms: "gaffel" in "gaffeltruck" is not about forks.
          translationKeys(acc, lex, parts.mod.trans.slice(0, 2), parts.mod.w * COMPOUND_MODIFIER, false);
        } else translationKeys(acc, lex, loanword(lex, folded, lang), LOANWORD);
      }
    }
  }
  return [...acc].map(([key, weight]) => ({ key, weight: Math.round(weight * 1000) / 1000 })).sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
}

/**
 * Language-neutral keys for one word: WordNet synsets ("wn:<offset>-<n|v>") with a weight in
 * (0, 1]: 1 for the first sense of a direct translation, less for later senses, later
 * translations, stems, compound parts, loanwords and (for nouns) hypernyms one or two levels up.
 * Empty when the resources do not know the word. Memoized; the caller must not mutate the result.
 */
export function lexicalKeys(word: string, lang: LexLang): LexicalKey[] {
  const id = `${lang}:${word}`;
  const hit = memo.get(id);
  if (hit) return hit;
  const keys = computeKeys(word, lang);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(id, keys);
  return keys;
}

/**
 * Whether the word is a headword of the language's resource as written (FreeDict da→en or fi→en
 * for Danish and Finnish, WordNet's lemmas and morphology for English): a whole word people write
 * in that language, not a fragment or a word of another language. The text candidate source uses
 * it to pick a concept's search terms in the source's own language (text-candidates.ts).
 */
export function isHeadword(word: string, lang: LexLang): boolean {
  const lex = loadLexicon();
  if (lang === 'en') {
    const w = enLemmaForm(word);
    return w.length > 0 && (lex.en.has(w) || morphy(w, 'n', lex).length > 0 || morphy(w, 'v', lex).length > 0);
  }
  return lex[lang].words.has(foldWord(word));
}

/**
 * The shortest-sorting Danish or Finnish headword that begins with a prefix stem ("kylmävarast" →
 * "kylmävarasto"): a thesaurus prefix term made a whole word a full-text index can find. Folded
 * form; undefined when the dictionary has no such word.
 */
export function completeWord(prefix: string, lang: 'da' | 'fi'): string | undefined {
  const folded = foldWord(prefix);
  return folded.length >= 4 ? loadLexicon()[lang].words.firstWithPrefix(folded) : undefined;
}
