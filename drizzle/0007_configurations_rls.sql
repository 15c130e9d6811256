ALTER TABLE configurations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE configurations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON configurations USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE configuration_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE configuration_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON configuration_versions USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE configuration_shares ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE configuration_shares FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON configuration_shares USING (tenant_id = app_current_tenant());
