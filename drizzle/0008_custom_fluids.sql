CREATE TABLE "custom_fluids" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(200) NOT NULL,
	"viscosity_cp" double precision NOT NULL,
	"density_kg_m3" double precision NOT NULL,
	"surface_tension_mn_m" double precision NOT NULL,
	"flash_point_c" double precision,
	"temperature_c" double precision DEFAULT 20 NOT NULL,
	"notes" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "custom_fluids_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "custom_fluids" ADD CONSTRAINT "custom_fluids_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_fluids" ADD CONSTRAINT "custom_fluids_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "custom_fluids_tenant_name_idx" ON "custom_fluids" USING btree ("tenant_id","name");