-- French full-text search for experiential knowledge: French stemming with accents folded (unaccent), one
-- configuration used by the generated column and by every query, so both fold words the same way.
CREATE TEXT SEARCH CONFIGURATION entrepairs_fr (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION entrepairs_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TABLE "contribution_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contribution_id" uuid NOT NULL,
	"account_id" uuid,
	"kind" text NOT NULL,
	"nuance" text DEFAULT '' NOT NULL,
	"experience_ids" text[] DEFAULT '{}' NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"counts_from" timestamp with time zone NOT NULL,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contribution_experiences" (
	"contribution_id" uuid NOT NULL,
	"experience_id" text NOT NULL,
	CONSTRAINT "contribution_experiences_contribution_id_experience_id_pk" PRIMARY KEY("contribution_id","experience_id")
);
--> statement-breakpoint
CREATE TABLE "contribution_links" (
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contribution_links_from_id_to_id_pk" PRIMARY KEY("from_id","to_id")
);
--> statement-breakpoint
CREATE TABLE "contribution_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contribution_id" uuid NOT NULL,
	"proposer_id" uuid,
	"base_version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"helped_with" text DEFAULT '' NOT NULL,
	"easy_read_summary" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contribution_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contribution_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"helped_with" text DEFAULT '' NOT NULL,
	"easy_read_summary" text DEFAULT '' NOT NULL,
	"form" text NOT NULL,
	"editor_id" uuid,
	"revision_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid,
	"organisation_id" uuid,
	"audience" text NOT NULL,
	"form" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"helped_with" text DEFAULT '' NOT NULL,
	"easy_read_summary" text DEFAULT '' NOT NULL,
	"content_warnings" text[] DEFAULT '{}' NOT NULL,
	"byline" text DEFAULT 'pseudonym' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"language" text DEFAULT 'fr' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"research_consent" boolean DEFAULT false NOT NULL,
	"licence" text,
	"keep_on_erasure" boolean DEFAULT false NOT NULL,
	"source_message_id" uuid,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('entrepairs_fr', coalesce(title, '')), 'A') || setweight(to_tsvector('entrepairs_fr', coalesce(helped_with, '') || ' ' || coalesce(easy_read_summary, '')), 'B') || setweight(to_tsvector('entrepairs_fr', coalesce(body, '')), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_lexicon" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_preferences" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"hidden_topics" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reading_list_items" (
	"list_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reading_list_items_list_id_contribution_id_pk" PRIMARY KEY("list_id","contribution_id")
);
--> statement-breakpoint
CREATE TABLE "reading_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'organisation' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "research_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "knowledge_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contribution_confirmations" ADD CONSTRAINT "contribution_confirmations_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_confirmations" ADD CONSTRAINT "contribution_confirmations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_experiences" ADD CONSTRAINT "contribution_experiences_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_links" ADD CONSTRAINT "contribution_links_from_id_contributions_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_links" ADD CONSTRAINT "contribution_links_to_id_contributions_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_links" ADD CONSTRAINT "contribution_links_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_revisions" ADD CONSTRAINT "contribution_revisions_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_revisions" ADD CONSTRAINT "contribution_revisions_proposer_id_accounts_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_versions" ADD CONSTRAINT "contribution_versions_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_versions" ADD CONSTRAINT "contribution_versions_editor_id_accounts_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_source_message_id_messages_id_fk" FOREIGN KEY ("source_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_preferences" ADD CONSTRAINT "knowledge_preferences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_consents" ADD CONSTRAINT "quote_consents_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_consents" ADD CONSTRAINT "quote_consents_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_consents" ADD CONSTRAINT "quote_consents_requester_id_accounts_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_consents" ADD CONSTRAINT "quote_consents_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_list_items" ADD CONSTRAINT "reading_list_items_list_id_reading_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."reading_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_list_items" ADD CONSTRAINT "reading_list_items_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_lists" ADD CONSTRAINT "reading_lists_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reading_lists" ADD CONSTRAINT "reading_lists_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_datasets" ADD CONSTRAINT "research_datasets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_datasets" ADD CONSTRAINT "research_datasets_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contribution_confirmations_contribution_id_account_id_index" ON "contribution_confirmations" USING btree ("contribution_id","account_id");--> statement-breakpoint
CREATE INDEX "contribution_confirmations_account_id_index" ON "contribution_confirmations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "contribution_experiences_experience_id_index" ON "contribution_experiences" USING btree ("experience_id");--> statement-breakpoint
CREATE INDEX "contribution_links_to_id_index" ON "contribution_links" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "contribution_revisions_contribution_id_status_index" ON "contribution_revisions" USING btree ("contribution_id","status");--> statement-breakpoint
CREATE INDEX "contribution_revisions_proposer_id_index" ON "contribution_revisions" USING btree ("proposer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contribution_versions_contribution_id_number_index" ON "contribution_versions" USING btree ("contribution_id","number");--> statement-breakpoint
CREATE INDEX "contributions_search_index" ON "contributions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "contributions_organisation_id_created_at_index" ON "contributions" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "contributions_author_id_index" ON "contributions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "contributions_audience_created_at_index" ON "contributions" USING btree ("audience","created_at");--> statement-breakpoint
CREATE INDEX "knowledge_lexicon_trigram_index" ON "knowledge_lexicon" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "quote_consents_message_id_requester_id_index" ON "quote_consents" USING btree ("message_id","requester_id");--> statement-breakpoint
CREATE INDEX "quote_consents_author_id_status_index" ON "quote_consents" USING btree ("author_id","status");--> statement-breakpoint
CREATE INDEX "reading_lists_organisation_id_index" ON "reading_lists" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "research_datasets_organisation_id_index" ON "research_datasets" USING btree ("organisation_id");