// What a search box's text becomes before it reaches SQL: words only (letters and digits), so
// nothing a user types can change the meaning of a tsquery, lower-cased, and a few filler words
// dropped. normalizeText mirrors the database's lower(iv_unaccent(…)) for the highlighter.

export const MAX_TERMS = 6;
export const MAX_TERM_LENGTH = 40;

// unaccent maps these letters to several letters (or to a different base letter) rather than
// dropping a combining mark, so NFD alone does not reproduce it.
const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** Lower-case without accents, as `lower(iv_unaccent(x))` gives it in the database. */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[æøåßœłđðþ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

// Words so common in offers and needs that matching them fuzzily would match everything. Only
// dropped when the query has other words too ("til" alone still searches for "til").
const STOPWORDS = new Set([
  // da
  'af',
  'at',
  'de',
  'den',
  'der',
  'det',
  'du',
  'en',
  'er',
  'et',
  'for',
  'fra',
  'har',
  'i',
  'med',
  'og',
  'om',
  'os',
  'pa',
  'på',
  'sig',
  'som',
  'til',
  'vi',
  'el',
  'eller',
  'kan',
  'ved',
  'ud',
  'ind',
  // en
  'a',
  'an',
  'and',
  'are',
  'as',
  'by',
  'for',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'we',
  'with',
  // fi
  'ja',
  'on',
  'tai',
  'se',
  'me',
  'ei',
  'kun',
  'jos',
  'että',
  'myös',
]);

export interface SearchQuery {
  /** Lower-cased words as typed (with æ, ø, å, ä, ö): input to the stemmers. */
  terms: string[];
  /** The same words without accents: input to trigram matching (see normalizeText). */
  norms: string[];
  /** All normalized words in one string, for similarity ranking. */
  text: string;
}

/** The words of a query, or null when it has none worth searching for. */
export function parseSearchQuery(q: string | undefined | null): SearchQuery | null {
  if (!q) return null;
  const words =
    q
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))].filter((w) => w.length >= 2 || /^\p{N}+$/u.test(w));
  const meaningful = unique.filter((w) => !STOPWORDS.has(w));
  const terms = (meaningful.length ? meaningful : unique).slice(0, MAX_TERMS);
  if (!terms.length) return null;
  const norms = terms.map(normalizeText);
  return { terms, norms, text: norms.join(' ') };
}
