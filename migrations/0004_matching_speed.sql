CREATE TABLE "experience_frequencies" (
	"key" text PRIMARY KEY NOT NULL,
	"people" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "memberships_active_peer_supporters_index" ON "memberships" USING btree ("organisation_id","account_id") WHERE role = 'peer_supporter' and status = 'active';