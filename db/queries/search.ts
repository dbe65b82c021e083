// Full-text search building blocks shared by listings and companies (migration 0003_search).
//
// A search word matches a document through the full-text indexes only, in any of the project's
// languages: its stems ("svejser" → 'svejs'), OR the stems of the similar words that
// search_words holds (trigram word similarity: typos "pulverlakkering" → "pulverlakering", missing
// accents, and Danish/Finnish compounds "plastik" → "plastemner"; similar words share the first
// two letters, see search_words in db/schema.ts). Every word must
// match (AND). Fuzzy matching thus costs one lookup in the small vocabulary, never a trigram
// comparison against each listing's text.
import { sql, type SQL } from 'drizzle-orm';
import { expandSearchTerm } from '@/lib/search/expand';
import type { SearchQuery } from '@/lib/search/normalize';
import { listings } from '../schema';
import { queryRows, type Db, type Tx } from '../client';

export interface SearchColumns {
  searchVector: SQL | { getSQL(): SQL };
}

/** At most this many matches are ranked; the count shown then reads "N+" (see capped). In one
 * local area more matches than this means the search needs another word, not more ranking. */
export const SEARCH_CANDIDATES = 300;

/** Trigram word similarity from which a vocabulary word counts as similar (pg_trgm's default
 * 0.6 misses "plastik"/"plastemner"). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
/** Similar words per search word (the most similar first). */
const EXPANSIONS = 40;

// A document is indexed with its own language's stemmer; the query's language is unknown, so a
// word is stemmed in each and the alternatives ORed.
const CONFIGS = ['danish', 'finnish', 'english', 'simple'] as const;

/** A search query made ready for SQL: per word, its tsquery (stems and similar words' stems). */
export interface PreparedSearch {
  query: SearchQuery;
  /** tsquery text per term, same order as query.terms: its stems, similar words and what it also
   * stands for (expansionSql). */
  termQueries: string[];
  /** The same without the expansions: the word as written (stems, typos, compounds). A listing
   * whose own text has these ranks above one found through synonyms, its firm or its place. */
  wordQueries: string[];
}

const each = (fn: (cfg: string) => SQL) =>
  sql.join(
    CONFIGS.map((cfg) => fn(cfg)),
    sql` || `,
  );
const cfgSql = (cfg: string) => sql.raw(`'${cfg}'::regconfig`);

/**
 * One round trip: for every search word, the OR of its stems and of the stems of up to EXPANSIONS
 * similar words from search_words (which include longer words starting like it: "plas" → "plast"). Terms contain only letters and
 * digits (parseSearchQuery) and vocabulary words go through plainto_tsquery, so nothing can inject
 * tsquery syntax.
 */
export async function prepareSearch(db: Db | Tx, query: SearchQuery): Promise<PreparedSearch> {
  const terms = sql.join(
    query.terms.map((term, i) => {
      // Exact stems, no prefix (:*): words that merely start like the term come from search_words,
      // and exact lexemes let the GiST signature of listings_earth_document_idx filter in the index.
      const text = term;
      const norm = query.norms[i] ?? term;
      return sql`select ${i}::int as i, (${each((cfg) => sql`to_tsquery(${cfgSql(cfg)}, ${text}::text)`)})
        || coalesce((select public.iv_tsquery_or(${each((cfg) => sql`plainto_tsquery(${cfgSql(cfg)}, e.word)`)})
             from (select word from search_words
                   where length(${norm}::text) >= 3 and left(norm, 2) = left(${norm}::text, 2)
                     and word_similarity(${norm}::text, norm) >= ${WORD_SIMILARITY_THRESHOLD}::float4
                   order by word_similarity(${norm}::text, norm) desc, word limit ${EXPANSIONS}) e), ''::tsquery) as w`;
    }),
    sql` union all `,
  );
  const expanded = sql.join(
    query.terms.map((term, i) => sql`when ${i}::int then t.w${expansionSql(term)}`),
    sql` `,
  );
  const rows = await queryRows<{ i: number; q: string; w: string }>(
    db,
    sql`select i, w::text as w, (case i ${expanded} end)::text as q from (${terms}) t order by i`,
  );
  const row = (i: number) => rows.find((r) => Number(r.i) === i);
  return {
    query,
    termQueries: query.terms.map((_, i) => dedupeAlternatives(row(i)?.q ?? '')),
    wordQueries: query.terms.map((_, i) => dedupeAlternatives(row(i)?.w ?? '')),
  };
}

/**
 * What the word also stands for (lib/search/expand.ts), ORed to its stems: synonyms and other
 * languages' words as stem prefixes, short terms and town names as whole words, in every
 * language's stemming; categories, NACE codes and grid cells as the literal lexemes of
 * listings.search_document. The words are letters and digits only, and the literal lexemes are
 * built here from fixed lists, so nothing a user types becomes tsquery syntax.
 */
function expansionSql(term: string): SQL {
  const e = expandSearchTerm(term);
  const parts: SQL[] = [];
  const words = [...e.prefixes.map((p) => `${p}:*`), ...e.words].filter((w) => /^[\p{L}\p{N}]+(:\*)?$/u.test(w));
  if (words.length) {
    const or = words.join(' | ');
    parts.push(sql` || ${each((cfg) => sql`to_tsquery(${cfgSql(cfg)}, ${or}::text)`)}`);
  }
  const literals = e.lexemes.filter((l) => /^[a-z0-9. ]+$/.test(l)).map((l) => `'${l}'`);
  if (literals.length) parts.push(sql` || ${literals.join(' | ')}::tsquery`);
  return sql.join(parts, sql``);
}

/**
 * The stemmers often agree ('svejsning' four times over): drop repeated OR alternatives, since
 * ts_rank_cd's cost grows with the size of the query. Splits the tsquery text only on ` | ` outside
 * parentheses and quoted lexemes; anything unusual is returned unchanged.
 */
export function dedupeAlternatives(tsquery: string): string {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < tsquery.length; i++) {
    const c = tsquery[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && tsquery.startsWith(' | ', i)) {
      parts.push(tsquery.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  if (quoted || depth !== 0) return tsquery;
  parts.push(tsquery.slice(start));
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))].join(' | ');
}

/** Every word of the query matches the row. */
export function textMatchSql(cols: SearchColumns, search: PreparedSearch): SQL {
  const perTerm = search.termQueries.map((q) => sql`${cols.searchVector} @@ ${q}::tsquery`);
  return sql`(${sql.join(perTerm, sql` and `)})`;
}

/** Any of the words, for ranking (ts_rank_cd rewards documents that have more of them). */
function anyTermTsQuery(search: PreparedSearch): SQL {
  return sql.join(
    search.termQueries.map((q) => sql`${q}::tsquery`),
    sql` || `,
  );
}

/**
 * Relevance: cover density of the matched stems (title weighs more than description: weights A/B)
 * plus trigram similarity of the query to the title, so that the closest spelling in a title wins.
 */
export function textScoreSql(cols: SearchColumns, search: PreparedSearch, titleText: SQL): SQL<number> {
  return sql<number>`(ts_rank_cd(${cols.searchVector}, (${anyTermTsQuery(search)}), 1)
    + 0.5 * word_similarity(${search.query.text}::text, lower(public.iv_unaccent(${titleText}))))`;
}

/** Listing search: every word matches the listing's search document (its own text, its firm's
 * name, description and trade, its category and place: migration 0015). */
export function listingSearchMatchSql(search: PreparedSearch): SQL {
  return textMatchSql({ searchVector: listings.searchDocument }, search);
}

/** ts_rank_cd weights for D, C, B, A: the firm's name (C) counts a quarter of the listing's
 * description (B), what the firm does, its category and place (D) an eighth. */
const DOCUMENT_WEIGHTS = '{0.05, 0.1, 0.4, 1.0}';
/** Added to the score of a listing whose own title and description have every word as written
 * (stems, typos, compounds): the listing's own text first. */
export const OWN_WORDS_BONUS = 4;
/** Added when the listing's own text has every word or what it stands for (synonyms, other
 * languages' words): before matches through the firm, the category or the place. */
export const OWN_TEXT_BONUS = 2;

/** Listing relevance: the bonuses above, then the cover density of the matched stems in the whole
 * document (weighted) and the similarity of the query to the title. */
export function listingSearchScoreSql(search: PreparedSearch): SQL<number> {
  const own = (queries: string[]) =>
    sql.join(
      queries.map((q) => sql`${listings.searchVector} @@ ${q}::tsquery`),
      sql` and `,
    );
  return sql<number>`(case when ${own(search.wordQueries)} then ${OWN_WORDS_BONUS}::float8
      when ${own(search.termQueries)} then ${OWN_TEXT_BONUS}::float8 else 0 end
    + ts_rank_cd(${DOCUMENT_WEIGHTS}::float4[], ${listings.searchDocument}, (${anyTermTsQuery(search)}), 1)
    + 0.5 * word_similarity(${search.query.text}::text, lower(public.iv_unaccent(${listings.title}))))`;
}
