ALTER TABLE custom_fluids ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE custom_fluids FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON custom_fluids USING (tenant_id = app_current_tenant());
