DROP INDEX "matches_group_idx";--> statement-breakpoint
CREATE INDEX "matches_group_idx" ON "matches" USING gin ("group_listing_ids") WHERE cardinality("matches"."group_listing_ids") > 0;