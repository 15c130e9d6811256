-- Orders, their lines and their timelines are tenant-owned: the same isolation policy as every tenant table.
ALTER TABLE procurements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE procurements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON procurements USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE procurement_line_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE procurement_line_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON procurement_line_items USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE procurement_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE procurement_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON procurement_events USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- A timeline is appended to, never rewritten.
REVOKE UPDATE, DELETE ON procurement_events FROM aerospec_app;
