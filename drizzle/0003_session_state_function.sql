-- The session check runs on every authenticated request. This function does it in one
-- statement instead of a four-statement transaction: it enters the tenant's context as the
-- application role (transaction-local, so it ends with the statement) and reads the one
-- membership through row-level security like any other tenant query. Call it outside an
-- explicit transaction.
CREATE OR REPLACE FUNCTION app_session_state(p_tenant uuid, p_user uuid)
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
  features jsonb,
  owner_user_id uuid
)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true), set_config('role', 'aerospec_app', true);
  RETURN QUERY
    SELECT m.role, u.email, u.name, u.is_active, u.is_platform_staff, u.session_version,
           t.name, t.plan, t.subscription_status, t.features, t.owner_user_id
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    JOIN tenants t ON t.id = m.tenant_id
    WHERE m.tenant_id = p_tenant AND m.user_id = p_user;
END
$$;
