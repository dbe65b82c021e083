-- The matching engine's candidate walk (db/queries/matching.ts) also returns each candidate's
-- version (updated_at), so that candidates read before at the same version are not read from the
-- table again (the engine keeps them between rankings). listings_match_idx of 0008 with updated_at
-- added to what it carries, so the walk stays an index-only scan. Hand-written like 0008 (drizzle's
-- index builder cannot express INCLUDE; not in db/schema.ts's snapshot).
DROP INDEX IF EXISTS "listings_match_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "listings_match_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"))
  INCLUDE ("id", "company_id", "kind", "category", "visibility", "expires_at", "available_until", "lat", "lng", "updated_at")
  WHERE "status" = 'open' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;
