-- The area map (issue 5): "what is in this view" for listings and firms.
-- listings_map_idx answers the bounding box of an open listing from the index alone (an index-only
-- scan): the box is a range on lat with lng tested in the index, and every column the visibility,
-- activity and kind/category filters read is included, so a region view of tens of thousands of
-- listings is counted per grid cell without touching the table (~35 ms instead of ~110 ms through
-- the GiST earth index at 100,000 listings; see scripts/bench-map.ts). A btree, unlike the GiST
-- expression index, has statistics on lat/lng, so the planner knows how many rows a view holds.
-- Partial on status = 'open': the map shows only active listings (listingActiveSql implies it).
-- Hand-written because drizzle's index builder cannot express INCLUDE; not in db/schema.ts's
-- snapshot, so drizzle-kit neither creates nor drops it.
CREATE INDEX IF NOT EXISTS "listings_map_idx" ON "listings" USING btree ("lat", "lng")
  INCLUDE ("kind", "category", "visibility", "company_id", "expires_at")
  WHERE "status" = 'open' AND "lat" IS NOT NULL AND "lng" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "companies_map_idx" ON "companies" USING btree ("lat", "lng")
  WHERE "lat" IS NOT NULL AND "lng" IS NOT NULL;
