CREATE TABLE "directory_listings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text,
	"commune_code" text,
	"commune_name" text,
	"departement" text,
	"latitude" double precision,
	"longitude" double precision,
	"place_approximate" boolean DEFAULT false NOT NULL,
	"opening_hours" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"in_person" boolean DEFAULT true NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funded_session_charges" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"funder_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"amount_cents" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"message" text NOT NULL,
	"experiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_answers_offerId_applicantId_unique" UNIQUE("offer_id","applicant_id")
);
--> statement-breakpoint
CREATE TABLE "job_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"contract" text NOT NULL,
	"hours" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"departement" text,
	"starts_on" date,
	"closes_on" date,
	"pay_min" integer,
	"pay_max" integer,
	"pay_period" text,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"provider_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"formats" text[] NOT NULL,
	"commune_code" text,
	"commune_name" text,
	"departement" text,
	"latitude" double precision,
	"longitude" double precision,
	"area_departements" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{fr}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_kind" text NOT NULL,
	"price_cents" integer,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_services_one_provider" CHECK ((organisation_id is null) <> (provider_id is null))
);
--> statement-breakpoint
CREATE TABLE "service_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"requester_id" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"funded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "service_vouchers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"holder_id" uuid NOT NULL,
	"granted_by" uuid,
	"used_at" timestamp with time zone,
	"booking_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_listings" ADD CONSTRAINT "directory_listings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_session_charges" ADD CONSTRAINT "funded_session_charges_booking_id_service_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."service_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_session_charges" ADD CONSTRAINT "funded_session_charges_funder_id_organisations_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_session_charges" ADD CONSTRAINT "funded_session_charges_service_id_peer_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."peer_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_answers" ADD CONSTRAINT "job_answers_offer_id_job_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."job_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_answers" ADD CONSTRAINT "job_answers_applicant_id_accounts_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_services" ADD CONSTRAINT "peer_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_services" ADD CONSTRAINT "peer_services_provider_id_accounts_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_bookings" ADD CONSTRAINT "service_bookings_service_id_peer_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."peer_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_bookings" ADD CONSTRAINT "service_bookings_requester_id_accounts_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_bookings" ADD CONSTRAINT "service_bookings_funded_by_organisations_id_fk" FOREIGN KEY ("funded_by") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_vouchers" ADD CONSTRAINT "service_vouchers_service_id_peer_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."peer_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_vouchers" ADD CONSTRAINT "service_vouchers_funder_id_organisations_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_vouchers" ADD CONSTRAINT "service_vouchers_holder_id_accounts_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_vouchers" ADD CONSTRAINT "service_vouchers_granted_by_accounts_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_vouchers" ADD CONSTRAINT "service_vouchers_booking_id_service_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."service_bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_listings_departement_index" ON "directory_listings" USING btree ("departement") WHERE published;--> statement-breakpoint
CREATE INDEX "directory_listings_position_index" ON "directory_listings" USING btree ("latitude","longitude") WHERE published;--> statement-breakpoint
CREATE INDEX "directory_listings_themes_index" ON "directory_listings" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "job_answers_applicant_id_index" ON "job_answers" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "job_offers_organisation_id_index" ON "job_offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "job_offers_open_index" ON "job_offers" USING btree ("created_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "peer_services_departement_index" ON "peer_services" USING btree ("departement") WHERE published;--> statement-breakpoint
CREATE INDEX "peer_services_position_index" ON "peer_services" USING btree ("latitude","longitude") WHERE published;--> statement-breakpoint
CREATE INDEX "peer_services_themes_index" ON "peer_services" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "peer_services_area_index" ON "peer_services" USING gin ("area_departements");--> statement-breakpoint
CREATE INDEX "peer_services_organisation_id_index" ON "peer_services" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "peer_services_provider_id_index" ON "peer_services" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "service_bookings_service_id_created_at_index" ON "service_bookings" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE INDEX "service_bookings_requester_id_index" ON "service_bookings" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "service_vouchers_unused_index" ON "service_vouchers" USING btree ("holder_id","service_id") WHERE used_at is null;--> statement-breakpoint
CREATE INDEX "service_vouchers_funder_id_index" ON "service_vouchers" USING btree ("funder_id");