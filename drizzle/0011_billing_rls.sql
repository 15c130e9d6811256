-- Billing tables are tenant-owned: same isolation policy as every other tenant table.
ALTER TABLE billing_subscriptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE billing_subscriptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON billing_subscriptions USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON invoices USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE procurement_commissions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE procurement_commissions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON procurement_commissions USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE mrr_movements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mrr_movements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON mrr_movements USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE usage_counters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE usage_counters FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON usage_counters USING (tenant_id = app_current_tenant());
--> statement-breakpoint
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE payments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON payments USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- Stripe is the source of truth for subscriptions, invoices, payments and revenue: only
-- webhook processing (the system role) writes them. The event ledger is not tenant data.
REVOKE INSERT, UPDATE, DELETE ON billing_subscriptions, invoices, procurement_commissions, mrr_movements FROM aerospec_app;
--> statement-breakpoint
-- A payment is opened by the application (for an order); from then on Stripe drives it.
REVOKE UPDATE, DELETE ON payments FROM aerospec_app;
--> statement-breakpoint
REVOKE ALL ON stripe_events FROM aerospec_app;
--> statement-breakpoint
-- The session check also reports when the trial ends, for read-only mode.
DROP FUNCTION app_session_state(uuid, uuid);
--> statement-breakpoint
CREATE FUNCTION app_session_state(p_tenant uuid, p_user uuid)
RETURNS TABLE (
  role member_role,
  email varchar,
  name varchar,
  is_active boolean,
  is_platform_staff boolean,
  user_version integer,
  tenant_name varchar,
  plan plan,
  subscription_status subscription_status,
  trial_ends_at timestamptz,
  features jsonb,
  owner_user_id uuid
)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true), set_config('role', 'aerospec_app', true);
  RETURN QUERY
    SELECT m.role, u.email, u.name, u.is_active, u.is_platform_staff, u.session_version,
           t.name, t.plan, t.subscription_status, t.trial_ends_at, t.features, t.owner_user_id
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    JOIN tenants t ON t.id = m.tenant_id
    WHERE m.tenant_id = p_tenant AND m.user_id = p_user;
END
$$;
