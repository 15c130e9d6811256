DROP INDEX "audit_logs_tenant_created_idx";--> statement-breakpoint
DROP INDEX "configurations_tenant_status_created_idx";--> statement-breakpoint
DROP INDEX "configurations_tenant_created_idx";--> statement-breakpoint
DROP INDEX "invoices_tenant_date_idx";--> statement-breakpoint
DROP INDEX "procurement_commissions_created_idx";--> statement-breakpoint
ALTER TABLE "configurations" ADD COLUMN "actuator_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "tenants_created_idx" ON "tenants" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tenants_search_idx" ON "tenants" USING gin ("name" gin_trgm_ops,"slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_logs_tenant_user_created_idx" ON "audit_logs" USING btree ("tenant_id","user_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "actuators_sku_trgm_idx" ON "actuators" USING gin ("sku" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "configurations_tenant_updated_idx" ON "configurations" USING btree ("tenant_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "configurations_tenant_name_idx" ON "configurations" USING btree ("tenant_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "configurations_tenant_name_trgm_idx" ON "configurations" USING gin ("tenant_id","name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "configurations_tenant_tags_idx" ON "configurations" USING gin ("tenant_id","tags");--> statement-breakpoint
CREATE INDEX "mrr_movements_tenant_latest_idx" ON "mrr_movements" USING btree ("tenant_id","occurred_at" DESC NULLS FIRST,"created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_logs_tenant_created_idx" ON "audit_logs" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "configurations_tenant_status_created_idx" ON "configurations" USING btree ("tenant_id","status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "configurations_tenant_created_idx" ON "configurations" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "invoices_tenant_date_idx" ON "invoices" USING btree ("tenant_id","invoice_date" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "procurement_commissions_created_idx" ON "procurement_commissions" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE VIEW "public"."configuration_summaries" AS (select "tenant_id", "id", "created_by_user_id", "name", "description", "fluid_id", "fluid_viscosity_cp", "fluid_density_kg_m3", "fluid_surface_tension_mn_m", "fluid_flash_point_c", "target_spray_cone_deg", "target_droplet_size_um", "max_pressure_bar", "target_flow_rate_ml_min", "actuator_count", "model_version", "status", "tags", "version", "created_at", "updated_at", "archived_at" from "configurations" where "configurations"."tenant_id" = app_current_tenant());