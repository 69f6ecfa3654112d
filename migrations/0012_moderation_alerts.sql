ALTER TABLE "accounts" ADD COLUMN "moderation_alerts" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "last_moderation_alert_at" timestamp with time zone;