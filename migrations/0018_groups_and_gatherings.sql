CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "debrief_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"occurrence_id" uuid,
	"accompaniment_id" uuid,
	"what_was_hard" text DEFAULT '' NOT NULL,
	"what_helped" text DEFAULT '' NOT NULL,
	"what_i_need" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"shared_with_organisation_id" uuid,
	"shared_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid
);
--> statement-breakpoint
CREATE TABLE "gathering_preferences" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"discreet" boolean DEFAULT false NOT NULL,
	"reminders" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text NOT NULL,
	"charter_version_accepted" integer,
	"charter_accepted_at" timestamp with time zone,
	"companion_of" uuid,
	"added_by" uuid,
	"request_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone,
	CONSTRAINT "group_members_group_id_account_id_pk" PRIMARY KEY("group_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text DEFAULT 'Europe/Paris' NOT NULL,
	"rrule" text,
	"mode" text NOT NULL,
	"address" text,
	"accessibility" text[] DEFAULT '{}' NOT NULL,
	"meeting_link" text,
	"phone_number" text,
	"capacity" integer,
	"registration_closes_minutes" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "intervision_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"author_id" uuid,
	"part" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT 'members' NOT NULL,
	"join_policy" text DEFAULT 'open' NOT NULL,
	"charter" text DEFAULT '' NOT NULL,
	"charter_version" integer DEFAULT 1 NOT NULL,
	"public_programme" boolean DEFAULT false NOT NULL,
	"conversation_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "session_occurrences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"attendance_recorded_at" timestamp with time zone,
	"attended_count" integer DEFAULT 0 NOT NULL,
	"walk_in_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "session_occurrences_sessionId_startsAt_unique" UNIQUE("session_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "session_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"occurrence_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended" boolean,
	"reminded_at" timestamp with time zone,
	"pledged_at" timestamp with time zone,
	CONSTRAINT "session_registrations_occurrenceId_accountId_unique" UNIQUE("occurrence_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_notes" ADD CONSTRAINT "debrief_notes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_notes" ADD CONSTRAINT "debrief_notes_occurrence_id_session_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."session_occurrences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_notes" ADD CONSTRAINT "debrief_notes_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_notes" ADD CONSTRAINT "debrief_notes_shared_with_organisation_id_organisations_id_fk" FOREIGN KEY ("shared_with_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_notes" ADD CONSTRAINT "debrief_notes_acknowledged_by_accounts_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_preferences" ADD CONSTRAINT "gathering_preferences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_peer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."peer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_companion_of_accounts_id_fk" FOREIGN KEY ("companion_of") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_added_by_accounts_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_group_id_peer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."peer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_notes" ADD CONSTRAINT "intervision_notes_occurrence_id_session_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."session_occurrences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervision_notes" ADD CONSTRAINT "intervision_notes_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_groups" ADD CONSTRAINT "peer_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_groups" ADD CONSTRAINT "peer_groups_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_groups" ADD CONSTRAINT "peer_groups_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD CONSTRAINT "session_occurrences_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD CONSTRAINT "session_occurrences_group_id_peer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."peer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD CONSTRAINT "session_occurrences_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_registrations" ADD CONSTRAINT "session_registrations_occurrence_id_session_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."session_occurrences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_registrations" ADD CONSTRAINT "session_registrations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feeds_account_id_index" ON "calendar_feeds" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "debrief_notes_account_id_created_at_index" ON "debrief_notes" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "debrief_notes_shared_index" ON "debrief_notes" USING btree ("shared_with_organisation_id","shared_at") WHERE shared_at is not null;--> statement-breakpoint
CREATE INDEX "group_members_account_id_index" ON "group_members" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "group_sessions_group_id_index" ON "group_sessions" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "intervision_notes_occurrence_id_created_at_index" ON "intervision_notes" USING btree ("occurrence_id","created_at");--> statement-breakpoint
CREATE INDEX "intervision_notes_author_id_index" ON "intervision_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "peer_groups_organisation_id_index" ON "peer_groups" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_groups_conversation_id_index" ON "peer_groups" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "session_occurrences_organisation_id_starts_at_index" ON "session_occurrences" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_occurrences_group_id_starts_at_index" ON "session_occurrences" USING btree ("group_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_registrations_account_id_index" ON "session_registrations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "session_registrations_waiting_index" ON "session_registrations" USING btree ("occurrence_id","seq") WHERE status = 'waiting';