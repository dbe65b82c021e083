-- Full-text search (issue 3).
-- iv_ts_config maps a language code to a text search configuration (stemming per language, 'simple'
-- otherwise); IMMUTABLE so that generated columns can use it. iv_unaccent wraps unaccent(), which is
-- only STABLE because its dictionary could change, naming the dictionary explicitly (the well-known
-- f_unaccent pattern).
CREATE OR REPLACE FUNCTION public.iv_ts_config(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE lang WHEN 'da' THEN 'pg_catalog.danish'::regconfig WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig WHEN 'en' THEN 'pg_catalog.english'::regconfig ELSE 'pg_catalog.simple'::regconfig END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.iv_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"norm" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, name), 'A') || setweight(to_tsvector(public.iv_ts_config(case country when 'FI' then 'fi' else 'da' end), coalesce(description, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(city, '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(public.iv_ts_config(language), title), 'A') || setweight(to_tsvector(public.iv_ts_config(language), description), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "search_words_prefix_idx" ON "search_words" USING btree (left("norm", 2));--> statement-breakpoint
CREATE INDEX "companies_search_vector_idx" ON "companies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "listings_search_vector_idx" ON "listings" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "listings_earth_text_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"),"search_vector") WHERE "listings"."lat" is not null and "listings"."lng" is not null;--> statement-breakpoint
-- The vocabulary for fuzzy matching (see search_words in db/schema.ts): the words of the full-text
-- parser (so Unicode letters behave as in the index), 3 to 40 characters. Statement triggers with
-- transition tables, so that a bulk insert adds its words in one statement.
-- OR of many tsqueries (a search word and its similar words from search_words).
CREATE OR REPLACE AGGREGATE public.iv_tsquery_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.iv_listings_search_words() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    INSERT INTO public.search_words (word, norm)
      SELECT DISTINCT w.lexeme, lower(public.iv_unaccent(w.lexeme))
      FROM new_rows n, unnest(to_tsvector('pg_catalog.simple'::regconfig, n.title || ' ' || n.description)) AS w
      WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[-./@_:''\\]'
      ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
  END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.iv_companies_search_words() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    INSERT INTO public.search_words (word, norm)
      SELECT DISTINCT w.lexeme, lower(public.iv_unaccent(w.lexeme))
      FROM new_rows n, unnest(to_tsvector('pg_catalog.simple'::regconfig, n.name || ' ' || coalesce(n.city, '') || ' ' || coalesce(n.description, ''))) AS w
      WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[-./@_:''\\]'
      ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
  END $$;--> statement-breakpoint
CREATE TRIGGER listings_search_words_ins AFTER INSERT ON listings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.iv_listings_search_words();--> statement-breakpoint
CREATE TRIGGER listings_search_words_upd AFTER UPDATE ON listings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.iv_listings_search_words();--> statement-breakpoint
CREATE TRIGGER companies_search_words_ins AFTER INSERT ON companies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.iv_companies_search_words();--> statement-breakpoint
CREATE TRIGGER companies_search_words_upd AFTER UPDATE ON companies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.iv_companies_search_words();--> statement-breakpoint
INSERT INTO search_words (word, norm)
  SELECT DISTINCT w.lexeme, lower(public.iv_unaccent(w.lexeme))
  FROM listings n, unnest(to_tsvector('pg_catalog.simple'::regconfig, n.title || ' ' || n.description)) AS w
  WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[-./@_:''\\]'
  UNION
  SELECT w.lexeme, lower(public.iv_unaccent(w.lexeme))
  FROM companies n, unnest(to_tsvector('pg_catalog.simple'::regconfig, n.name || ' ' || coalesce(n.city, '') || ' ' || coalesce(n.description, ''))) AS w
  WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[-./@_:''\\]'
  ON CONFLICT (word) DO NOTHING;
