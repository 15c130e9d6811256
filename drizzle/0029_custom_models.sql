CREATE TABLE "custom_models" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"model_type" varchar(20) NOT NULL,
	"status" varchar(20) DEFAULT 'training' NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"training_source" jsonb NOT NULL,
	"row_count" integer,
	"model" jsonb,
	"metrics" jsonb,
	"beats_baseline" boolean,
	"error" text,
	"eta_seconds" integer NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	CONSTRAINT "custom_models_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "custom_models" ADD CONSTRAINT "custom_models_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_models" ADD CONSTRAINT "custom_models_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "custom_models_created_idx" ON "custom_models" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
-- A tenant's models are tenant-owned: the same isolation policy as every tenant table.
ALTER TABLE custom_models ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE custom_models FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON custom_models USING (tenant_id = app_current_tenant());
