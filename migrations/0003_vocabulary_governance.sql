ALTER TABLE "experiences" ADD COLUMN "origin" text DEFAULT 'shipped' NOT NULL;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "locally_edited" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "merged_into" text;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "proposed_by" uuid;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "proposal_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_proposed_by_accounts_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiences_status_index" ON "experiences" USING btree ("status");