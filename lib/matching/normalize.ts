// Text → concepts and stems, for comparing two listings written in Danish, Finnish or English.
// Folding is the thesaurus' foldTerm (å→aa, æ→ae, ø→o, ä→a, ö→o: the same on both sides).
// Compound words are split against the thesaurus vocabulary, because Danish and Finnish write
// "pulverlakeringsanlæg" and "ruiskuvalukone" where English writes two words; two-word terms
// ("powder coating", "el-installatør") are found across word boundaries.
import type { ListingCategory } from '@/db/schema';
import { normalizeText } from '@/lib/search/normalize';
import { conceptWeight, STEM_KEY, thesaurus, type Thesaurus, type ThesaurusView } from './thesaurus';
import { lexicalKeys } from './lexicon';

// Filler words per language, including the boilerplate every listing uses ("søger", "ledig
// kapacitet", "tarvitaan", "available") which says nothing about what it is about. "el" is not
// one (electricity in Danish); "it" is, in English, unless written "IT" (see tokenize).
const STOPWORDS: Record<string, Set<string>> = {
  da: new Set(
    (
      'af at de den der det dem du en er et for fra har i med og om os pa paa sig som til vi eller kan ved ud ind vores jeres deres hos nogle noget nogen meget mere mest efter over under alle ' +
      'soger soges soge sogte tilbyder tilbydes tilbyde tilbud ledig ledige ledigt behov mangler mangle brug bruge bruger gerne vil skal have havde kunne blive bliver ' +
      'hjaelp hjaelpe virksomhed virksomheder firma firmaer kontakt ring pris priser billig billigt billige god godt gode ca cirka maaske hver hele ogsaa kun lidt mange flere faa ' +
      'nye ny nyt stor store lille smaa fast faste lobende periode perioden uge ugen uger maaned maaneden maaneder aar aaret dag dage dagen timer time stk eks inkl evt osv fx bl mv mvh ' +
      'hej tak kr dkk eur andre anden andet egen eget egne sammen baade samt men saa naar hvis nu her hvor hvem hvad ikke man mig min mit mine jer sin sit sine ' +
      'kapacitet kapaciteten mulighed muligt op ned mod omkring gennem uden foer inden mellem helst interesseret interesse lokal lokale lokalt naer naerheden omraadet ' +
      'lave laver lavet klar klare tage tager taget give giver kommende rigtig'
    ).split(' '),
  ),
  en: new Set(
    (
      'a an and are as at be by can for from have in is it of on or our the to we with you your some any per do does did done ' +
      'need needs needed wanted want wants looking look seek seeking seeks available availability offer offers offering offered free spare capacity please ' +
      'contact call price prices cheap company companies firm firms business businesses small large big about approx approximately around ca week weeks ' +
      'month months year years day days hours hour pcs good new also just only very more most other others another own next last time times etc eg ie incl including ' +
      'us they them their he she his her this that these those there here what which who when where how all each every both few many much lot lots get got ' +
      'make makes made could would should will shall may might must has had been being was were am not no yes if so than then too up down out into over under ' +
      'between through without within near close local area ready possible welcome happy interested anyone someone somebody help us ' +
      'like can also ourselves my me i short quick fast idle unused'
    ).split(' '),
  ),
  fi: new Set(
    (
      'ja on tai se me ei kun jos etta myos meilla meille olla voi tarvitaan haetaan ' +
      'tarvitsemme tarvitsee tarvitsisi tarttis tarvitsisimme haemme etsimme etsitaan etsii tarjoamme tarjotaan tarjoaa vapaa vapaata vapaana vapaat vapaita ' +
      'loytyyko loytyy kiinnostaa kiinnostaisi ota yhteytta hinta hintaan yritys yritykset yrityksille yrityksen yrityksemme yritykselle noin n kpl ' +
      'viikossa viikko viikoksi kuukaudessa kuussa kuukausi vuodessa vuosi paiva paivaa paivittain meidan te he han tama nama joka jotka mika mita kuka vain seka ' +
      'ovat oli voimme voidaan pitaa pitaisi taytyy saa saada hyva hyvin uusi uudet uutta pieni pienet pienia iso isot paljon lisaa lahella lahelta alueella kanssa ' +
      'jalkeen ennen aikana asti alkaen kautta mukaan nyt heti onnistuu onnistuvat kerrallaan esim mm yms jne apua apu kapasiteettia kapasiteetti kapasiteettia ' +
      'myos mukana siis kuten nopeasti edullisesti edullinen joita jota sita niita nama naita'
    ).split(' '),
  ),
};
const ANY_STOPWORDS = new Set([...(STOPWORDS.da ?? []), ...(STOPWORDS.fi ?? []), ...(STOPWORDS.en ?? [])].filter((w) => !['on', 'se', 'it'].includes(w)));

// Light suffix stripping (folded spelling, so Finnish -ssä is -ssa). Longest first; a stem keeps
// at least 3 letters. Makes the within-language word overlap inflection-tolerant; concept lookup
// does not depend on it (thesaurus terms match by prefix).
const SUFFIXES: Record<string, string[]> = {
  da: ['erne', 'ernes', 'ene', 'ende', 'ninger', 'ning', 'ing', 'ers', 'ets', 'ens', 'ede', 'er', 'en', 'et', 'es', 'e', 's'],
  fi: [
    'iksi',
    'illa',
    'ilta',
    'ille',
    'issa',
    'ista',
    'ihin',
    'iden',
    'itten',
    'ksen',
    'kset',
    'ssa',
    'sta',
    'lla',
    'lta',
    'lle',
    'ksi',
    'iin',
    'ien',
    'ita',
    'na',
    'ja',
    'ta',
    'in',
    'en',
    'an',
    'n',
    't',
    'a',
    'i',
  ],
  en: ['ings', 'ing', 'ers', 'ied', 'ies', 'ed', 'es', 'er', 's'],
};

export function stem(word: string, language: string): string {
  const list = SUFFIXES[language] ?? SUFFIXES.da ?? [];
  for (const suffix of list) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

const fold = (w: string) => normalizeText(w.replace(/å/g, 'aa').replace(/Å/g, 'AA'));

/** Folded words of a text without filler words (of its own language, and Danish, Finnish and
 * English ones when the language is unknown). A word written in capitals ("IT", "CE", "PE") is an
 * acronym and kept even when its lower case is a filler word. */
export function tokenize(text: string, language = 'da'): string[] {
  return tokenizeKeepingStops(text, language).words;
}

/** tokenize, and for each word the filler word right before it, if any: two-word terms may start
 * with one ("spare parts": "spare" is boilerplate in "spare capacity"). */
function tokenizeKeepingStops(text: string, language: string): { words: string[]; stopBefore: (string | undefined)[] } {
  const stop = STOPWORDS[language] ?? ANY_STOPWORDS;
  const nfc = text.normalize('NFC');
  const raw = nfc.match(WORD) ?? [];
  // Folding keeps word boundaries (letters stay letters), so the folded words line up with the raw
  // ones; folding the whole text at once is much cheaper than word by word.
  let folded: string[] = fold(nfc).match(WORD) ?? [];
  if (folded.length !== raw.length) folded = raw.map(fold);
  const words: string[] = [];
  const stopBefore: (string | undefined)[] = [];
  let lastStop: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] ?? '';
    const w = folded[i] ?? '';
    if (stop.has(w) && !isAcronym(r)) {
      lastStop = w;
      continue;
    }
    if (w.length >= 2 || /^\p{N}+$/u.test(w)) {
      words.push(w);
      stopBefore.push(lastStop);
    }
    lastStop = undefined;
  }
  return { words, stopBefore };
}

const WORD = /[\p{L}\p{N}]+/gu;
const isAcronym = (r: string) => r.length >= 2 && r.length <= 4 && r === r.toUpperCase() && /\p{Lu}/u.test(r);

/** Letters after a known stem that are read as an inflection ("svejs|ning", "muovi|sta"). */
const MAX_TAIL = 5;
/** Tails that are real inflection endings count as part of the word, so a whole term with its
 * ending ("sähköasennuks|et", "plastsvejs|ning") is preferred to a split into two shorter known
 * words ("sähkö" + "asennukset"); a tail that is just unknown letters does not ("plast|emner" is
 * plast + emner). */
const ENDINGS = new Set([
  ...'e en et er erne ene es s ens ets ers ernes ede te t ning ninger ningen ningens ingen'.split(' '),
  ...'a n t ssa sta lla lta lle ksi na ja ta ia in en an on un iin ihin issa ista illa ilta ille ineen iden itten ien ita et kset ksen ksia ksessa ksella kseen ksista'.split(
    ' ',
  ),
  ...'s es ed ing ings er ers ied ies'.split(' '),
]);
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
export function splitCompound(word: string, view: ThesaurusView = thesaurus().view('*')): Split {
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
    for (const s of view.stemsByPrefix.get(word.slice(i, i + STEM_KEY)) ?? []) {
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
      if (n - j <= MAX_TAIL) consider({ unknown: 0, covered: s.length + (ENDINGS.has(word.slice(j)) ? n - j : 0), parts: [part] });
    }
    const skip = best(i + 1);
    consider({ unknown: skip.unknown + 1, covered: skip.covered, parts: skip.parts });
    memo.set(i, result);
    return result;
  };
  return best(0);
}

const conceptCache = new Map<string, string[]>();
const CONCEPT_CACHE_SIZE = 100_000;

/** Concept ids a single folded word stands for in a language (cached: vocabularies repeat). */
export function wordConcepts(word: string, th: Thesaurus = thesaurus(), language = '*'): string[] {
  const useCache = th === thesaurus();
  const key = `${language}|${word}`;
  const cached = useCache ? conceptCache.get(key) : undefined;
  if (cached) return cached;
  const view = th.view(language);
  let ids = view.exact.get(word);
  if (!ids) {
    const split = splitCompound(word, view);
    // A clean split (≤ 2 unknown letters, none before the first part) counts every part. Otherwise
    // only a stem that starts the word (inflection, unknown ending) or ends it (the head of a
    // compound with an unknown first part, e.g. "kunststofsvejsning", "butiksrude"): a stem buried
    // inside an unknown word ("stal" in "installere") is a coincidence, not a concept, and so is one
    // after a letter or two ("flocks" is not about locks): a compound's first part is a word.
    const parts =
      split.unknown <= 2 && split.parts[0]?.start === 0
        ? split.parts
        : split.parts.filter((p) => (p.start === 0 && p.stem.length >= MIN_PREFIX_STEM) || isCompoundHead(word, p, language));
    ids = [...new Set(parts.flatMap((p) => view.terms.get(p.stem) ?? []))];
  }
  if (useCache) {
    if (conceptCache.size >= CONCEPT_CACHE_SIZE) conceptCache.clear();
    conceptCache.set(key, ids);
  }
  return ids;
}

/** Letters before a compound's head that make a first part ("butiks|rude"). */
const MIN_MODIFIER = 3;

/** A known stem that ends an unknown word as the head of a compound: after a first part of a few
 * letters, followed by at most an inflection. A head of four letters counts in Danish only, and
 * must end the word or be followed by a real ending ("butiksrude", "butiksruden"): Finnish endings
 * make such coincidences ("lähety|sten" is not stone); longer heads may have an unknown tail. */
function isCompoundHead(word: string, p: { stem: string; start: number; end: number }, language: string): boolean {
  if (p.start < MIN_MODIFIER || word.length - p.end > MAX_TAIL) return false;
  if (p.stem.length >= 5) return true;
  return language === 'da' && p.stem.length === 4 && (p.end === word.length || ENDINGS.has(word.slice(p.end)));
}

export interface AnalyzedText {
  /** Concepts the text names (not their broader ancestors). */
  concepts: Set<string>;
  stems: Set<string>;
  /** Concept → weight for similarity: the concept's own weight, ancestors at half per level,
   * times the weight of where it was found (a title counts more than a description). */
  conceptWeights: Map<string, number>;
  /** Stem → weight, plus "~abcde", the first five letters of the word's spelling skeleton, at half
   * weight: they meet inflections the stemmer misses and cognates across languages
   * ("compressor"/"kompressori"). */
  stemWeights: Map<string, number>;
  /** WordNet synset key → weight, for words the thesaurus does not know (lexicon.ts): they meet
   * across languages and synonyms ("trukki"/"forklift") where the thesaurus has no concept. */
  lexWeights: Map<string, number>;
}

/** A folded word's spelling skeleton, so that cognates meet across languages: c → k or s, ph → f,
 * th → t, qu → kv, x → ks, w → v, z → s, y → i, doubled letters single ("compressor",
 * "kompressor", "kompressori" → kompresor…; "certification", "sertifiointi" → sertifi…). */
export function skeleton(w: string): string {
  return w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/qu/g, 'kv')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ck|c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const PREFIX_LEN = 5;
const PREFIX_WEIGHT = 0.5;

const put = (m: Map<string, number>, k: string, w: number) => {
  if ((m.get(k) ?? 0) < w) m.set(k, w);
};

/** Concepts (across languages) and stems (within a language) of a text; `weight` scales them. */
export function analyzeText(text: string, language = 'da', th: Thesaurus = thesaurus(), weight = 1): AnalyzedText {
  const { words, stopBefore } = tokenizeKeepingStops(text, language);
  const view = th.view(language);
  const perWord = words.map((w) => wordConcepts(w, th, language));
  const absorbed = new Uint8Array(words.length);
  const phrase: string[] = [];
  // Two-word terms ("powder coating", "el-installatør"): look the joined pair up as one word and
  // keep only stems that reach into the second word. The phrase replaces its words' own readings
  // ("el" alone is electricity, "el-installatør" an electrician). The first word may be a filler
  // word ("spare parts").
  const phraseOf = (a: string, b: string): string[] | undefined => {
    const joined = a + b;
    let ids = view.exact.get(joined);
    if (!ids) {
      for (const s of view.stemsByPrefix.get(joined.slice(0, STEM_KEY)) ?? []) {
        if (s.length > a.length && joined.startsWith(s) && joined.length - s.length <= MAX_TAIL) {
          ids = view.terms.get(s);
          if (ids) break;
        }
      }
    }
    return ids?.length ? ids : undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const before = stopBefore[i];
    if (before !== undefined && th.phraseStarts.has(before)) {
      const ids = phraseOf(before, words[i] ?? '');
      if (ids) {
        phrase.push(...ids);
        absorbed[i] = 1;
        continue;
      }
    }
    const a = words[i] ?? '';
    if (i + 1 >= words.length || stopBefore[i + 1] !== undefined || !th.phraseStarts.has(a)) continue;
    const ids = phraseOf(a, words[i + 1] ?? '');
    if (ids) {
      phrase.push(...ids);
      absorbed[i] = 1;
      absorbed[i + 1] = 1;
    }
  }
  const concepts = new Set<string>(phrase);
  perWord.forEach((ids, i) => {
    if (!absorbed[i]) for (const c of ids) concepts.add(c);
  });
  const conceptWeights = new Map<string, number>();
  for (const c of concepts) {
    put(conceptWeights, c, weight * conceptWeight(c, th));
    for (const [a, depth] of th.ancestors.get(c) ?? []) put(conceptWeights, a, weight * 0.5 ** depth * conceptWeight(a, th));
  }
  const stems = new Set<string>();
  const stemWeights = new Map<string, number>();
  const lexWeights = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const forms = wordForms(w, language);
    if (!forms) continue;
    stems.add(forms.stem);
    put(stemWeights, forms.stem, weight);
    if (forms.prefix) put(stemWeights, forms.prefix, weight * PREFIX_WEIGHT);
    // Only words the thesaurus says nothing about: where it has a concept, that is the better
    // (hand-checked) reading, and the lexicon's broader senses would only add noise.
    if (absorbed[i] || perWord[i]?.length) continue;
    for (const [k, kw] of wordLexFeatures(w, language)) put(lexWeights, k, weight * kw);
  }
  return { concepts, stems, conceptWeights, stemWeights, lexWeights };
}

/** Lexical keys weaker than this are dropped: hypernyms two levels up (0.25) and weak paths to
 * one level up (a later sense or translation) name concepts too broad to say two texts match. */
export const LEX_MIN_KEY = 0.3;
/** At most this many keys per word (the strongest): a word with many translations and senses
 * ("varasto": stock, storage, warehouse, depot…) would otherwise bring dozens. */
export const LEX_MAX_KEYS = 10;
/** A word's keys together weigh at most this much (sum of weights; scaled down when more): a word
 * the lexicon reads many ways does not count more than one it reads one way. */
export const LEX_WORD_MASS = 1.5;
/** Verb senses are broad and many ("make", "take", "run"): they count this share of a noun's. */
export const LEX_VERB_FACTOR = 0.6;
/** Words shorter than this are not looked up (abbreviations, units: the lexicon's loanword and
 * compound guesses make coincidences of them). */
const LEX_MIN_LETTERS = 3;

const lexCache = new Map<string, readonly (readonly [string, number])[]>();

/** A folded word's lexical features, filtered and capped (cached per language and word). */
export function wordLexFeatures(w: string, language: string): readonly (readonly [string, number])[] {
  if (language !== 'da' && language !== 'fi' && language !== 'en') return [];
  if (w.length < LEX_MIN_LETTERS || /\p{N}/u.test(w)) return [];
  const key = `${language}|${w}`;
  let hit = lexCache.get(key);
  if (hit) return hit;
  const kept: [string, number][] = [];
  for (const k of lexicalKeys(w, language)) {
    const kw = k.key.endsWith('-v') ? k.weight * LEX_VERB_FACTOR : k.weight;
    if (kw >= LEX_MIN_KEY) kept.push([k.key, kw]);
  }
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  kept.length = Math.min(kept.length, LEX_MAX_KEYS);
  const mass = kept.reduce((sum, [, kw]) => sum + kw, 0);
  const scale = mass > LEX_WORD_MASS ? LEX_WORD_MASS / mass : 1;
  hit = kept.map(([k, kw]) => [k, kw * scale] as const);
  if (lexCache.size >= CONCEPT_CACHE_SIZE) lexCache.clear();
  lexCache.set(key, hit);
  return hit;
}

interface WordForms {
  stem: string;
  /** "~" and the first letters of the word's skeleton, for words long enough to have one. */
  prefix: string | null;
}
// A word's stem and skeleton prefix depend only on the word and its language, and a vocabulary
// repeats: computed once per word (a dozen regular expressions) instead of once per occurrence.
const formsCache = new Map<string, WordForms | null>();

function wordForms(w: string, language: string): WordForms | null {
  const key = `${language}|${w}`;
  let forms = formsCache.get(key);
  if (forms !== undefined) return forms;
  forms = /^\p{N}+$/u.test(w)
    ? null
    : { stem: stem(w, language), prefix: w.length >= PREFIX_LEN ? `~${skeleton(w.slice(0, 2 * PREFIX_LEN)).slice(0, PREFIX_LEN)}` : null };
  if (formsCache.size >= CONCEPT_CACHE_SIZE) formsCache.clear();
  formsCache.set(key, forms);
  return forms;
}

/** How much a description counts next to the title: the title says what the listing is about. */
export const DESCRIPTION_WEIGHT = 0.6;

/** What a listing's category says about it whatever its words: a transport listing is about
 * transport even when it only says "room for 8 pallets to Aarhus". Capacity and materials say
 * nothing specific. */
const CATEGORY_CONCEPTS: Partial<Record<ListingCategory, string>> = {
  staff: 'staff',
  purchasing: 'joint-purchasing',
  premises: 'premises',
  equipment: 'machine',
  competence: 'consulting',
  logistics: 'transport',
  collaboration: 'consortium',
};
/** Weight of the category's concept: a hint, well below any concept named in the text. */
export const CATEGORY_WEIGHT = 0.3;

/** A listing's title and description analysed together, the title at full weight, plus the
 * concept its category implies. */
export function analyzeListingText(
  title: string,
  description: string,
  language: string,
  category?: ListingCategory,
  th: Thesaurus = thesaurus(),
): AnalyzedText {
  const t = analyzeText(title, language, th, 1);
  const implied = category && CATEGORY_CONCEPTS[category];
  if (implied && th.groups.has(implied)) put(t.conceptWeights, implied, CATEGORY_WEIGHT);
  if (!description.trim()) return t;
  const d = analyzeText(description, language, th, DESCRIPTION_WEIGHT);
  for (const c of d.concepts) t.concepts.add(c);
  for (const s of d.stems) t.stems.add(s);
  for (const [k, w] of d.conceptWeights) put(t.conceptWeights, k, w);
  for (const [k, w] of d.stemWeights) put(t.stemWeights, k, w);
  for (const [k, w] of d.lexWeights) put(t.lexWeights, k, w);
  return t;
}
