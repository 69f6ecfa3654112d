CREATE TABLE "accompaniments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	"contact_request_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid
);
--> statement-breakpoint
CREATE TABLE "blocks" (
	"blocker_id" uuid NOT NULL,
	"blocked_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocks_blocker_id_blocked_id_pk" PRIMARY KEY("blocker_id","blocked_id")
);
--> statement-breakpoint
CREATE TABLE "contact_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"help_request_id" uuid,
	"requester_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "experiences" (
	"id" text PRIMARY KEY NOT NULL,
	"parent_id" text,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"synonyms" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'approved' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_id" uuid NOT NULL,
	"experience_ids" text[] NOT NULL,
	"hopes" text DEFAULT '' NOT NULL,
	"formats" text[] NOT NULL,
	"language" text DEFAULT 'fr' NOT NULL,
	"area" text,
	"preferred_gender" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_experiences" (
	"account_id" uuid NOT NULL,
	"experience_id" text NOT NULL,
	CONSTRAINT "offer_experiences_account_id_experience_id_pk" PRIMARY KEY("account_id","experience_id")
);
--> statement-breakpoint
CREATE TABLE "profile_experiences" (
	"account_id" uuid NOT NULL,
	"experience_id" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"period" text DEFAULT 'current' NOT NULL,
	"visibility" text DEFAULT 'only_me' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_experiences_account_id_experience_id_pk" PRIMARY KEY("account_id","experience_id")
);
--> statement-breakpoint
CREATE TABLE "supporter_offers" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"formats" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{"fr"}' NOT NULL,
	"area" text,
	"gender" text,
	"availability" text[] DEFAULT '{}' NOT NULL,
	"capacity" integer DEFAULT 3 NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_requester_id_accounts_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_supporter_id_accounts_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_contact_request_id_contact_requests_id_fk" FOREIGN KEY ("contact_request_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocker_id_accounts_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocked_id_accounts_id_fk" FOREIGN KEY ("blocked_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_help_request_id_help_requests_id_fk" FOREIGN KEY ("help_request_id") REFERENCES "public"."help_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_requester_id_accounts_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_supporter_id_accounts_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_requester_id_accounts_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_experiences" ADD CONSTRAINT "offer_experiences_account_id_supporter_offers_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."supporter_offers"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_experiences" ADD CONSTRAINT "offer_experiences_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_experiences" ADD CONSTRAINT "profile_experiences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_experiences" ADD CONSTRAINT "profile_experiences_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_offers" ADD CONSTRAINT "supporter_offers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accompaniments_supporter_id_status_index" ON "accompaniments" USING btree ("supporter_id","status");--> statement-breakpoint
CREATE INDEX "accompaniments_requester_id_status_index" ON "accompaniments" USING btree ("requester_id","status");--> statement-breakpoint
CREATE INDEX "blocks_blocked_id_index" ON "blocks" USING btree ("blocked_id");--> statement-breakpoint
CREATE INDEX "contact_requests_supporter_id_status_index" ON "contact_requests" USING btree ("supporter_id","status");--> statement-breakpoint
CREATE INDEX "contact_requests_requester_id_status_index" ON "contact_requests" USING btree ("requester_id","status");--> statement-breakpoint
CREATE INDEX "experiences_parent_id_index" ON "experiences" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "help_requests_requester_id_index" ON "help_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "offer_experiences_experience_id_index" ON "offer_experiences" USING btree ("experience_id");--> statement-breakpoint
CREATE INDEX "profile_experiences_experience_id_index" ON "profile_experiences" USING btree ("experience_id");