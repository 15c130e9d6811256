CREATE TYPE "public"."api_key_revocation_reason" AS ENUM('revoked', 'member_removed');--> statement-breakpoint
CREATE TABLE "api_key_usage" (
	"tenant_id" uuid NOT NULL,
	"api_key_id" uuid NOT NULL,
	"day" date NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_key_usage_tenant_id_api_key_id_day_pk" PRIMARY KEY("tenant_id","api_key_id","day")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"prefix" varchar(32) NOT NULL,
	"secret_hash" varchar(64) NOT NULL,
	"scopes" text[] NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" uuid,
	"revocation_reason" "api_key_revocation_reason",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "api_keys_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
ALTER TABLE "api_key_usage" ADD CONSTRAINT "api_key_usage_key_fk" FOREIGN KEY ("tenant_id","api_key_id") REFERENCES "public"."api_keys"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_revoked_by_user_id_users_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_tenant_created_idx" ON "api_keys" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "api_keys_tenant_creator_idx" ON "api_keys" USING btree ("tenant_id","created_by_user_id");--> statement-breakpoint
-- API keys and their usage are tenant-owned: same isolation policy as every other tenant table.
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON api_keys USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE api_key_usage ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_key_usage FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON api_key_usage USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- A key is revoked, never edited or deleted by the application: its secret, scopes and creator
-- stay what they were when it was shown (rows go only with their tenant, by cascade).
REVOKE UPDATE, DELETE ON api_keys FROM aerospec_app;
--> statement-breakpoint
GRANT UPDATE (revoked_at, revoked_by_user_id, revocation_reason) ON api_keys TO aerospec_app;
--> statement-breakpoint
REVOKE DELETE ON api_key_usage FROM aerospec_app;
