ALTER TABLE "session_occurrences" ADD COLUMN "moved_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD COLUMN "address_override" text;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD COLUMN "accessibility_override" text[];--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD COLUMN "meeting_link_override" text;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD COLUMN "phone_number_override" text;--> statement-breakpoint
ALTER TABLE "session_occurrences" ADD COLUMN "changed_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "session_occurrences_slot" ON "session_occurrences" USING btree ("session_id",coalesce("moved_from", "starts_at"));