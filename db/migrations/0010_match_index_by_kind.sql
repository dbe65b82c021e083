-- The matching engine's candidate walk (db/queries/matching.ts) mostly wants listings of one kind:
-- an offer's candidates are needs, a need's are offers. Walking listings_match_idx, which holds both,
-- stepped over every listing of the other kind on the way out from the source, about half the
-- entries; at 100,000 listings one kind's index cut a typical walk from ~4.2 to ~2.9 ms. One partial
-- index per kind, carrying the same columns as listings_match_idx (0009), which stays for the needs
-- that may be pooled (their candidates are offers and needs). Hand-written like 0008 and 0009
-- (drizzle's index builder cannot express INCLUDE; not in db/schema.ts's snapshot).
CREATE INDEX IF NOT EXISTS "listings_match_offer_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"))
  INCLUDE ("id", "company_id", "kind", "category", "visibility", "expires_at", "available_until", "lat", "lng", "updated_at")
  WHERE "status" = 'open' AND "kind" = 'offer' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listings_match_need_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"))
  INCLUDE ("id", "company_id", "kind", "category", "visibility", "expires_at", "available_until", "lat", "lng", "updated_at")
  WHERE "status" = 'open' AND "kind" = 'need' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;
