ALTER TABLE "company_invites" ADD COLUMN "token_hash" text;--> statement-breakpoint
ALTER TABLE "company_invites" ADD COLUMN "locale" text DEFAULT 'da' NOT NULL;--> statement-breakpoint
ALTER TABLE "company_invites" ADD COLUMN "sent_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "company_invites" ADD COLUMN "expires_at" timestamp with time zone DEFAULT now() + interval '14 days' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "pending_password_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "signup_token_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "signup_token_expires" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "company_invites_token_idx" ON "company_invites" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users_signup_token_idx" ON "users" USING btree ("signup_token_hash");