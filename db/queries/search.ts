// Full-text search building blocks shared by listings and companies (columns from migration
// 0003_search). A query word matches when the stemmed full-text index finds it in any of the
// project's languages, or when trigram word similarity finds it in the accent-free text (typos,
// and words inside Danish/Finnish compounds: "plastik" → "plastemner"). Both conditions are
// answered by GIN indexes; every word must match (AND), as users expect from a search box.
import { sql, type SQL } from 'drizzle-orm';
import type { SearchQuery } from '@/lib/search/normalize';
import type { Db, Tx } from '../client';

export interface SearchColumns {
  searchVector: SQL | { getSQL(): SQL };
  searchText: SQL | { getSQL(): SQL };
}

/** At most this many matches are ranked; the count shown then reads "N+" (see capped). */
export const SEARCH_CANDIDATES = 1000;

/** Trigram word-similarity threshold for `%>` (pg_trgm's default 0.6 misses "plastik"/"plastemner"
 * on some spellings); set per transaction by withSearchSettings. */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

// The stemmers a query word goes through. A listing is indexed with its own language's stemmer;
// the query's language is unknown, so it is stemmed in each and the alternatives ORed.
const CONFIGS = ['danish', 'finnish', 'english', 'simple'] as const;

/** A prefix query on the stem ("svejser" → 'svejs':*) except for very short words. Terms contain
 * only letters and digits (parseSearchQuery), so they cannot inject tsquery syntax. */
function termTsQuery(term: string): SQL {
  const text = term.length >= 4 ? `${term}:*` : term;
  return sql.join(
    CONFIGS.map((cfg) => sql`to_tsquery(${sql.raw(`'${cfg}'`)}::regconfig, ${text}::text)`),
    sql` || `,
  );
}

/** Any of the words, for ranking (ts_rank_cd rewards documents that have more of them). */
export function anyTermTsQuery(query: SearchQuery): SQL {
  return sql`(${sql.join(query.terms.map((t) => sql`(${termTsQuery(t)})`), sql` || `)})`;
}

/** Every word of the query matches the row (stem or trigram). */
export function textMatchSql(cols: SearchColumns, query: SearchQuery): SQL {
  const perTerm = query.terms.map((term, i) => {
    const norm = query.norms[i] ?? term;
    const fts = sql`${cols.searchVector} @@ (${termTsQuery(term)})`;
    return norm.length >= 3 ? sql`(${fts} or ${cols.searchText} %> ${norm}::text)` : sql`(${fts})`;
  });
  return sql`(${sql.join(perTerm, sql` and `)})`;
}

/**
 * Relevance: cover density of the stemmed words (title weighs more than description) blended with
 * trigram similarity of the whole query to the text and, separately, to the title, so that a
 * fuzzy match in the title still beats one deep in a long description.
 */
export function textScoreSql(cols: SearchColumns, query: SearchQuery, titleText: SQL): SQL<number> {
  return sql<number>`(ts_rank_cd(${cols.searchVector}, ${anyTermTsQuery(query)}, 1)
    + 0.5 * word_similarity(${query.text}::text, ${cols.searchText})
    + 0.5 * word_similarity(${query.text}::text, lower(public.iv_unaccent(${titleText}))))`;
}

/** Runs `fn` in a transaction with the search's trigram threshold (set local: other queries on
 * the same pooled connection keep the default). */
export async function withSearchSettings<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
    return fn(tx);
  });
}
