DROP INDEX "contributions_search_index";--> statement-breakpoint
DROP INDEX "contributions_facets_index";--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "worked_counts_from" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "contributions_matching_index" ON "contributions" USING gin (("search" || knowledge_facet_lexemes("facets")));