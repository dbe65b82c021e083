-- listings.search_document (issue 18): what search matches, kept by triggers (see db/schema.ts).
-- A grid cell of 0.1° latitude × 0.2° longitude (about 11 × 12.5 km in Denmark) as a literal
-- lexeme; lib/search/expand.ts computes the same cells around a place named in a search.
CREATE OR REPLACE FUNCTION public.iv_geo_cell(lat float8, lng float8) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN lat IS NULL OR lng IS NULL THEN NULL ELSE 'geo ' || floor(lat * 10)::int || ' ' || floor(lng * 5)::int END $$;--> statement-breakpoint
-- The document of one listing from its own fields and its firm's. Weights: A title, B description
-- (as search_vector), C the firm's name, D the firm's description and town and the literal lexemes
-- (category, the firm's NACE codes with their group and division, the listing's and the firm's
-- grid cells).
CREATE OR REPLACE FUNCTION public.iv_listing_search_document(
    l_title text, l_description text, l_language text, l_category text, l_lat float8, l_lng float8,
    c_name text, c_description text, c_country text, c_city text, c_nace text[], c_lat float8, c_lng float8)
  RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector(public.iv_ts_config(l_language), l_title), 'A')
    || setweight(to_tsvector(public.iv_ts_config(l_language), l_description), 'B')
    || setweight(to_tsvector('pg_catalog.simple'::regconfig, coalesce(c_name, ''))
         || to_tsvector(public.iv_ts_config(CASE c_country WHEN 'FI' THEN 'fi' ELSE 'da' END), coalesce(c_name, '')), 'C')
    || setweight(to_tsvector(public.iv_ts_config(CASE c_country WHEN 'FI' THEN 'fi' ELSE 'da' END), coalesce(c_description, ''))
         || to_tsvector('pg_catalog.simple'::regconfig, coalesce(c_city, '')), 'D')
    || setweight(array_to_tsvector(array_remove(
         ARRAY['cat ' || l_category, public.iv_geo_cell(l_lat, l_lng), public.iv_geo_cell(c_lat, c_lng)]
         || coalesce((SELECT array_agg(DISTINCT 'nace ' || v.code) FROM unnest(c_nace) AS n(code),
                        LATERAL (VALUES (n.code), (left(n.code, 4)), (left(n.code, 2))) AS v(code)
                      WHERE v.code ~ '^[0-9]{2}(\.[0-9]{1,2})?$'), '{}'::text[]),
         NULL)), 'D') $$;--> statement-breakpoint
-- A firm is public only once a network has approved it (lib/policy/companies.ts): until then its
-- name, description and trade are not searchable through its listings (a listing's own text,
-- category and place still are).
CREATE OR REPLACE FUNCTION public.iv_firm_is_public(cid uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT exists (SELECT 1 FROM public.network_memberships nm
    WHERE nm.company_id = cid AND nm.role = 'member' AND nm.status = 'approved') $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.iv_listings_search_document() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ DECLARE pub boolean := public.iv_firm_is_public(NEW.company_id);
  BEGIN
    SELECT public.iv_listing_search_document(NEW.title, NEW.description, NEW.language, NEW.category, NEW.lat, NEW.lng,
        CASE WHEN pub THEN c.name END, CASE WHEN pub THEN c.description END, c.country, c.city,
        CASE WHEN pub THEN c.nace END, c.lat, c.lng)
      INTO NEW.search_document
      FROM public.companies c WHERE c.id = NEW.company_id;
    NEW.search_document := coalesce(NEW.search_document, ''::tsvector);
    RETURN NEW;
  END $$;--> statement-breakpoint
CREATE TRIGGER listings_search_document BEFORE INSERT OR UPDATE OF title, description, language, category, lat, lng, company_id
  ON listings FOR EACH ROW EXECUTE FUNCTION public.iv_listings_search_document();--> statement-breakpoint
-- Rewrites the documents of one firm's listings from the firm as it is now.
CREATE OR REPLACE FUNCTION public.iv_refresh_search_documents(cid uuid) RETURNS void
  LANGUAGE sql
  AS $$ UPDATE public.listings l
    SET search_document = public.iv_listing_search_document(l.title, l.description, l.language, l.category, l.lat, l.lng,
      CASE WHEN p.pub THEN c.name END, CASE WHEN p.pub THEN c.description END, c.country, c.city,
      CASE WHEN p.pub THEN c.nace END, c.lat, c.lng)
    FROM public.companies c, LATERAL (SELECT public.iv_firm_is_public(c.id) AS pub) p
    WHERE c.id = cid AND l.company_id = cid $$;--> statement-breakpoint
-- A firm's change of name, description, town, NACE codes or place rewrites its listings'
-- documents (only when one of them really changed: a re-import of the same file writes nothing),
-- and so does its approval (or its end) in a network.
CREATE OR REPLACE FUNCTION public.iv_companies_search_document() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    PERFORM public.iv_refresh_search_documents(NEW.id);
    RETURN NULL;
  END $$;--> statement-breakpoint
CREATE TRIGGER companies_search_document AFTER UPDATE OF name, description, country, city, nace, lat, lng ON companies
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.description IS DISTINCT FROM NEW.description OR OLD.country IS DISTINCT FROM NEW.country
    OR OLD.city IS DISTINCT FROM NEW.city OR OLD.nace IS DISTINCT FROM NEW.nace OR OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lng IS DISTINCT FROM NEW.lng)
  EXECUTE FUNCTION public.iv_companies_search_document();--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.iv_memberships_search_document() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    IF TG_OP <> 'INSERT' AND OLD.company_id IS NOT NULL THEN PERFORM public.iv_refresh_search_documents(OLD.company_id); END IF;
    IF TG_OP <> 'DELETE' AND NEW.company_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.company_id IS DISTINCT FROM OLD.company_id) THEN
      PERFORM public.iv_refresh_search_documents(NEW.company_id);
    END IF;
    RETURN NULL;
  END $$;--> statement-breakpoint
CREATE TRIGGER network_memberships_search_document AFTER INSERT OR DELETE OR UPDATE OF status, role, company_id ON network_memberships
  FOR EACH ROW EXECUTE FUNCTION public.iv_memberships_search_document();--> statement-breakpoint
UPDATE listings l
  SET search_document = public.iv_listing_search_document(l.title, l.description, l.language, l.category, l.lat, l.lng,
    CASE WHEN p.pub THEN c.name END, CASE WHEN p.pub THEN c.description END, c.country, c.city,
    CASE WHEN p.pub THEN c.nace END, c.lat, c.lng)
  FROM companies c, LATERAL (SELECT public.iv_firm_is_public(c.id) AS pub) p WHERE c.id = l.company_id;
