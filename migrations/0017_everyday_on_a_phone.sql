CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "request_message" text;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "availability" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "supporter_offers" ADD COLUMN "introduction" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_index" ON "notifications" USING btree ("account_id","kind","subject_id");--> statement-breakpoint
CREATE INDEX "notifications_list_index" ON "notifications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_index" ON "notifications" USING btree ("account_id") WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "memberships_pending_index" ON "memberships" USING btree ("organisation_id","requested_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "help_requests_closes_at_index" ON "help_requests" USING btree ("closes_at") WHERE status = 'open';