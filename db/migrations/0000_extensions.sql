-- Extensions both PGlite and PostgreSQL provide: distance search (cube + earthdistance),
-- fuzzy and accent-insensitive text search (pg_trgm, unaccent).
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
