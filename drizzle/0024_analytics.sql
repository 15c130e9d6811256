ALTER TABLE "feedback" ADD COLUMN "fluid_class" varchar(16);--> statement-breakpoint
-- Results recorded before the column existed take the class of their configuration's fluid, by
-- the thresholds of lib/prediction/calibration.ts classifyFluid (≤ 5 cP thin, ≤ 50 cP medium).
-- Run as the system role: FORCE ROW LEVEL SECURITY would hide every row from a table owner.
SET LOCAL ROLE aerospec_system;--> statement-breakpoint
UPDATE feedback f SET fluid_class = CASE WHEN c.fluid_viscosity_cp <= 5 THEN 'thin' WHEN c.fluid_viscosity_cp <= 50 THEN 'medium' ELSE 'viscous' END
  FROM configurations c WHERE c.tenant_id = f.tenant_id AND c.id = f.configuration_id;--> statement-breakpoint
RESET ROLE;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "fluid_class" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_logs_tenant_action_created_idx" ON "audit_logs" USING btree ("tenant_id","action","created_at");--> statement-breakpoint
CREATE INDEX "configuration_versions_tenant_created_idx" ON "configuration_versions" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_tenant_created_idx" ON "feedback" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);
