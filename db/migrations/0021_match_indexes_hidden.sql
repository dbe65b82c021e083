-- The candidate walk (db/queries/matching.ts) filters by listingVisibleSql, which now also reads
-- listings.hidden_at (an admin's moderation, 0016). The walk's covering indexes carry every column
-- the filters read, so that it stays an index-only scan (tests/integration/distance-plan.test.ts):
-- the three are rebuilt with hidden_at. Hand-written like 0008–0010 (drizzle's index builder cannot
-- express INCLUDE; not in db/schema.ts's snapshot).
DROP INDEX IF EXISTS "listings_match_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listings_match_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"))
  INCLUDE ("id", "company_id", "kind", "category", "visibility", "expires_at", "available_until", "lat", "lng", "updated_at", "hidden_at")
  WHERE "status" = 'open' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "listings_match_offer_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listings_match_offer_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"))
  INCLUDE ("id", "company_id", "kind", "category", "visibility", "expires_at", "available_until", "lat", "lng", "updated_at", "hidden_at")
  WHERE "status" = 'open' AND "kind" = 'offer' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "listings_match_need_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listings_match_need_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"))
  INCLUDE ("id", "company_id", "kind", "category", "visibility", "expires_at", "available_until", "lat", "lng", "updated_at", "hidden_at")
  WHERE "status" = 'open' AND "kind" = 'need' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;
