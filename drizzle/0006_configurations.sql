CREATE TYPE "public"."configuration_status" AS ENUM('draft', 'complete', 'ordered', 'testing');--> statement-breakpoint
CREATE TYPE "public"."share_permission" AS ENUM('view', 'edit');--> statement-breakpoint
CREATE TABLE "configuration_shares" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"configuration_id" uuid NOT NULL,
	"shared_with_user_id" uuid NOT NULL,
	"permission" "share_permission" DEFAULT 'view' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "configuration_shares_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "configuration_shares_user_key" UNIQUE("tenant_id","configuration_id","shared_with_user_id")
);
--> statement-breakpoint
CREATE TABLE "configuration_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"configuration_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"changed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "configuration_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "configuration_versions_number_key" UNIQUE("tenant_id","configuration_id","version")
);
--> statement-breakpoint
CREATE TABLE "configurations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_by_user_id" uuid,
	"name" varchar(255) NOT NULL,
	"description" text,
	"fluid_id" uuid,
	"fluid_viscosity_cp" numeric(10, 2) NOT NULL,
	"fluid_density_kg_m3" numeric(10, 2) NOT NULL,
	"fluid_surface_tension_mn_m" numeric(10, 2) NOT NULL,
	"fluid_flash_point_c" integer,
	"target_spray_cone_deg" integer,
	"target_droplet_size_um" integer,
	"max_pressure_bar" integer,
	"target_flow_rate_ml_min" numeric(10, 2),
	"compatible_actuators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model_version" varchar(32),
	"status" "configuration_status" DEFAULT 'draft' NOT NULL,
	"tags" varchar(50)[] DEFAULT '{}'::varchar[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accessed_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	CONSTRAINT "configurations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "configuration_shares" ADD CONSTRAINT "configuration_shares_configuration_fk" FOREIGN KEY ("tenant_id","configuration_id") REFERENCES "public"."configurations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configuration_shares" ADD CONSTRAINT "configuration_shares_member_fk" FOREIGN KEY ("tenant_id","shared_with_user_id") REFERENCES "public"."memberships"("tenant_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configuration_versions" ADD CONSTRAINT "configuration_versions_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configuration_versions" ADD CONSTRAINT "configuration_versions_configuration_fk" FOREIGN KEY ("tenant_id","configuration_id") REFERENCES "public"."configurations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configurations" ADD CONSTRAINT "configurations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configurations" ADD CONSTRAINT "configurations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "configurations" ADD CONSTRAINT "configurations_fluid_id_fluids_id_fk" FOREIGN KEY ("fluid_id") REFERENCES "public"."fluids"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "configurations_tenant_status_created_idx" ON "configurations" USING btree ("tenant_id","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "configurations_tenant_created_idx" ON "configurations" USING btree ("tenant_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "configurations_creator_idx" ON "configurations" USING btree ("tenant_id","created_by_user_id");