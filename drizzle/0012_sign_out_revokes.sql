-- Sign-out revokes: the per-request session check also reports whether the token's session
-- row is still open, so a replayed cookie of an ended session is refused on its next use.
DROP FUNCTION app_session_state(uuid, uuid);
--> statement-breakpoint
CREATE FUNCTION app_session_state(p_tenant uuid, p_user uuid, p_session uuid DEFAULT NULL)
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
  owner_user_id uuid,
  session_open boolean
)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true), set_config('role', 'aerospec_app', true);
  RETURN QUERY
    SELECT m.role, u.email, u.name, u.is_active, u.is_platform_staff, u.session_version,
           t.name, t.plan, t.subscription_status, t.trial_ends_at, t.features, t.owner_user_id,
           EXISTS (
             SELECT 1 FROM sessions s
             WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.user_id = p_user AND s.ended_at IS NULL
           )
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    JOIN tenants t ON t.id = m.tenant_id
    WHERE m.tenant_id = p_tenant AND m.user_id = p_user;
END
$$;
