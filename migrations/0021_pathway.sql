CREATE TABLE "accompaniment_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accompaniment_id" uuid,
	"organisation_id" uuid,
	"kind" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"from_supporter_id" uuid,
	"to_supporter_id" uuid,
	"message" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"new_accompaniment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mission_acts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sheet_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"account_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"ends_on" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mission_sheet_signatures" (
	"sheet_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"side" text NOT NULL,
	"account_id" uuid,
	"signer_name" text NOT NULL,
	"text_hash" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mission_sheet_signatures_sheet_id_version_side_pk" PRIMARY KEY("sheet_id","version","side")
);
--> statement-breakpoint
CREATE TABLE "mission_sheet_versions" (
	"sheet_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"role" text NOT NULL,
	"activities" text NOT NULL,
	"limits" text NOT NULL,
	"referent" text NOT NULL,
	"hours" text NOT NULL,
	"place" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text,
	"employment" text NOT NULL,
	"text_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mission_sheet_versions_sheet_id_version_pk" PRIMARY KEY("sheet_id","version")
);
--> statement-breakpoint
CREATE TABLE "mission_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "peer_path_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"path_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"referent_id" uuid,
	"status" text NOT NULL,
	"enrolled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "peer_path_enrolments_pathId_accountId_unique" UNIQUE("path_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "peer_path_sign_offs" (
	"enrolment_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"signed_by" uuid,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_path_sign_offs_enrolment_id_step_id_pk" PRIMARY KEY("enrolment_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "peer_path_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"path_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"completion" text NOT NULL,
	"group_id" uuid,
	CONSTRAINT "peer_path_steps_pathId_position_unique" UNIQUE("path_id","position")
);
--> statement-breakpoint
CREATE TABLE "peer_paths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supporter_step_downs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"retired_identity" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"resumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "accompaniment_handovers" ADD CONSTRAINT "accompaniment_handovers_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_handovers" ADD CONSTRAINT "accompaniment_handovers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_handovers" ADD CONSTRAINT "accompaniment_handovers_requester_id_accounts_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_handovers" ADD CONSTRAINT "accompaniment_handovers_from_supporter_id_accounts_id_fk" FOREIGN KEY ("from_supporter_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_handovers" ADD CONSTRAINT "accompaniment_handovers_to_supporter_id_accounts_id_fk" FOREIGN KEY ("to_supporter_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_handovers" ADD CONSTRAINT "accompaniment_handovers_new_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("new_accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_acts" ADD CONSTRAINT "mission_acts_sheet_id_mission_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."mission_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_acts" ADD CONSTRAINT "mission_acts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_sheet_signatures" ADD CONSTRAINT "mission_sheet_signatures_sheet_id_mission_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."mission_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_sheet_signatures" ADD CONSTRAINT "mission_sheet_signatures_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_sheet_versions" ADD CONSTRAINT "mission_sheet_versions_sheet_id_mission_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."mission_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_sheet_versions" ADD CONSTRAINT "mission_sheet_versions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_sheets" ADD CONSTRAINT "mission_sheets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_sheets" ADD CONSTRAINT "mission_sheets_supporter_id_accounts_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_enrolments" ADD CONSTRAINT "peer_path_enrolments_path_id_peer_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."peer_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_enrolments" ADD CONSTRAINT "peer_path_enrolments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_enrolments" ADD CONSTRAINT "peer_path_enrolments_referent_id_accounts_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_enrolments" ADD CONSTRAINT "peer_path_enrolments_enrolled_by_accounts_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_sign_offs" ADD CONSTRAINT "peer_path_sign_offs_enrolment_id_peer_path_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."peer_path_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_sign_offs" ADD CONSTRAINT "peer_path_sign_offs_step_id_peer_path_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."peer_path_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_sign_offs" ADD CONSTRAINT "peer_path_sign_offs_signed_by_accounts_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_steps" ADD CONSTRAINT "peer_path_steps_path_id_peer_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."peer_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_path_steps" ADD CONSTRAINT "peer_path_steps_group_id_peer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."peer_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_paths" ADD CONSTRAINT "peer_paths_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_paths" ADD CONSTRAINT "peer_paths_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_step_downs" ADD CONSTRAINT "supporter_step_downs_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accompaniment_handovers_requester_id_index" ON "accompaniment_handovers" USING btree ("requester_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accompaniment_handovers_open_index" ON "accompaniment_handovers" USING btree ("accompaniment_id") WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX "mission_acts_sheet_id_index" ON "mission_acts" USING btree ("sheet_id");--> statement-breakpoint
CREATE INDEX "mission_sheets_supporter_id_index" ON "mission_sheets" USING btree ("supporter_id");--> statement-breakpoint
CREATE INDEX "mission_sheets_organisation_id_index" ON "mission_sheets" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "peer_path_enrolments_account_id_index" ON "peer_path_enrolments" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "peer_paths_organisation_id_index" ON "peer_paths" USING btree ("organisation_id");