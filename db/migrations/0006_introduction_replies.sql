ALTER TABLE "introductions" ADD COLUMN "from_reply" text;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "to_reply" text;--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_pending_interest_idx" ON "introductions" USING btree ("from_company_id","to_listing_id") WHERE "introductions"."kind" = 'interest' and "introductions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "outcomes_introduction_idx" ON "outcomes" USING btree ("introduction_id");