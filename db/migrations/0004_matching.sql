CREATE INDEX "matches_group_idx" ON "matches" USING gin ("group_listing_ids");--> statement-breakpoint
CREATE INDEX "matches_created_idx" ON "matches" USING btree ("created_at");