ALTER TABLE "activity_attestations" ADD COLUMN "revoked_reason" text;--> statement-breakpoint
ALTER TABLE "job_offers" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_offers" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "peer_services" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "peer_services" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "peer_services" ADD COLUMN "updated_at" timestamp with time zone;