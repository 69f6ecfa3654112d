-- French full-text search folds accents (unaccent) and tolerates typos (pg_trgm); both are trusted extensions.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
