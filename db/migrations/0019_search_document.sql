DROP INDEX "listings_search_vector_idx";--> statement-breakpoint
DROP INDEX "listings_earth_text_idx";--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "search_document" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
CREATE INDEX "listings_search_document_idx" ON "listings" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "listings_earth_document_idx" ON "listings" USING gist (ll_to_earth("lat", "lng"),"search_document") WHERE "listings"."lat" is not null and "listings"."lng" is not null;