CREATE TABLE "activity_attestations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"account_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supporter_name" text NOT NULL,
	"organisation_name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"totals" jsonb NOT NULL,
	"total_minutes" integer NOT NULL,
	"issued_by" uuid,
	"issuer_name" text,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "activity_attestations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "activity_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"organisation_id" uuid,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"duration_minutes" integer,
	"note" text DEFAULT '' NOT NULL,
	"source" text,
	"source_key" text,
	"edited_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_entries_source_unique" UNIQUE("account_id","source_key")
);
--> statement-breakpoint
CREATE TABLE "credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"role" text,
	"title" text NOT NULL,
	"issuer" text DEFAULT '' NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"audience" text DEFAULT 'only_me' NOT NULL,
	"requested_organisation_id" uuid,
	"requested_at" timestamp with time zone,
	"attested_organisation_id" uuid,
	"attested_by" uuid,
	"attested_at" timestamp with time zone,
	"attested_text" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognition_settings" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"attestation_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_attestations" ADD CONSTRAINT "activity_attestations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attestations" ADD CONSTRAINT "activity_attestations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attestations" ADD CONSTRAINT "activity_attestations_issued_by_accounts_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_attestations" ADD CONSTRAINT "activity_attestations_revoked_by_accounts_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_entries" ADD CONSTRAINT "activity_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_entries" ADD CONSTRAINT "activity_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_requested_organisation_id_organisations_id_fk" FOREIGN KEY ("requested_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_attested_organisation_id_organisations_id_fk" FOREIGN KEY ("attested_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_attested_by_accounts_id_fk" FOREIGN KEY ("attested_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_settings" ADD CONSTRAINT "recognition_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_attestations_account_id_index" ON "activity_attestations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "activity_attestations_organisation_id_issued_at_index" ON "activity_attestations" USING btree ("organisation_id","issued_at");--> statement-breakpoint
CREATE INDEX "activity_entries_account_id_occurred_on_index" ON "activity_entries" USING btree ("account_id","occurred_on");--> statement-breakpoint
CREATE INDEX "activity_entries_organisation_id_account_id_occurred_on_index" ON "activity_entries" USING btree ("organisation_id","account_id","occurred_on");--> statement-breakpoint
CREATE INDEX "credentials_account_id_index" ON "credentials" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "credentials_requested_organisation_id_index" ON "credentials" USING btree ("requested_organisation_id");