ALTER TABLE "accounts" ADD COLUMN "easy_read" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "line_spacing" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "contrast" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "reading_font" text DEFAULT 'standard' NOT NULL;