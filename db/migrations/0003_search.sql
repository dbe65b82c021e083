-- Full-text search (issue 3). Two IMMUTABLE helpers make the generated columns possible:
-- iv_ts_config maps a listing's language code to a text search configuration (stemming per
-- language, 'simple' otherwise); iv_unaccent wraps unaccent(), which is only STABLE because its
-- dictionary could change, with the dictionary named explicitly (the well-known f_unaccent pattern).
CREATE OR REPLACE FUNCTION public.iv_ts_config(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE lang WHEN 'da' THEN 'pg_catalog.danish'::regconfig WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig WHEN 'en' THEN 'pg_catalog.english'::regconfig ELSE 'pg_catalog.simple'::regconfig END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.iv_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, name), 'A') || setweight(to_tsvector(public.iv_ts_config(case country when 'FI' then 'fi' else 'da' end), coalesce(description, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(city, '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(public.iv_unaccent(name || ' ' || coalesce(city, '') || ' ' || coalesce(description, '')))) STORED;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(public.iv_ts_config(language), title), 'A') || setweight(to_tsvector(public.iv_ts_config(language), description), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(public.iv_unaccent(title || ' ' || description))) STORED;--> statement-breakpoint
CREATE INDEX "companies_search_vector_idx" ON "companies" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "companies_search_text_idx" ON "companies" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "listings_search_vector_idx" ON "listings" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "listings_search_text_idx" ON "listings" USING gin ("search_text" gin_trgm_ops);