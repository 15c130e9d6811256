-- An API key request in one statement. What a key's request is decided on (the key, its creator's
-- membership and account, the tenant's plan) is one row of api_key_request_states, with a
-- fingerprint of every column the decision reads. The application decides (401, 403, scopes,
-- quota ceiling) from a row it has seen; app_api_key_call then counts the call only when the
-- live row still has that fingerprint, so nothing is counted on a decision made from a stale row,
-- and a revoked, expired or re-roled key is found out on its very next request.
CREATE VIEW api_key_request_states WITH (security_invoker = true) AS
SELECT k.tenant_id, k.id AS key_id, k.secret_hash, k.name AS key_name, k.prefix, k.scopes, k.created_by_user_id,
       k.expires_at, k.revoked_at, k.revocation_reason,
       m.role, u.email, u.name AS user_name, u.is_active, u.is_platform_staff,
       t.name AS tenant_name, t.plan, t.subscription_status, t.trial_ends_at, t.features, t.owner_user_id,
       md5(row(k.scopes, k.name, k.prefix, k.expires_at, k.revoked_at, k.revocation_reason, m.role, u.email, u.name,
               u.is_active, u.is_platform_staff, t.name, t.plan, t.subscription_status, t.trial_ends_at, t.features,
               t.owner_user_id)::text) AS fingerprint
FROM api_keys k
JOIN tenants t ON t.id = k.tenant_id
JOIN users u ON u.id = k.created_by_user_id
LEFT JOIN memberships m ON m.tenant_id = k.tenant_id AND m.user_id = k.created_by_user_id;
--> statement-breakpoint
-- The key a request presents, by its secret's hash, in whichever tenant it belongs to (so it runs
-- as the system role: the request names no tenant). With p_expect, the fingerprint the caller
-- decided on, and the live row still matching it: counts the request against the key's
-- per-minute window (the rate_limits row rate-limiter-flexible keeps, `api_key:<id>`), and with
-- p_count, when the window allows it, against the plan's calls of the month (never past
-- p_ceiling) and in the key's usage of the day: both or neither. One statement committed on its
-- own, so the hot counter rows are locked only for as long as it runs.
CREATE FUNCTION app_api_key_call(
  p_hash varchar, p_expect text, p_count boolean, p_points integer, p_window_ms integer, p_ceiling bigint, p_now timestamptz
)
RETURNS TABLE (
  tenant_id uuid,
  key_id uuid,
  key_name varchar,
  prefix varchar,
  scopes text[],
  created_by_user_id uuid,
  expires_at timestamptz,
  revoked_at timestamptz,
  revocation_reason api_key_revocation_reason,
  role member_role,
  email varchar,
  user_name varchar,
  is_active boolean,
  is_platform_staff boolean,
  tenant_name varchar,
  plan plan,
  subscription_status subscription_status,
  trial_ends_at timestamptz,
  features jsonb,
  owner_user_id uuid,
  fingerprint text,
  rate_points integer,
  rate_expire timestamptz,
  counted boolean
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
#variable_conflict use_column
DECLARE
  s api_key_request_states;
  v_points integer;
  v_expire timestamptz;
  v_counted boolean := false;
BEGIN
  SELECT * INTO s FROM api_key_request_states WHERE secret_hash = p_hash;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF p_expect = s.fingerprint THEN
    INSERT INTO rate_limits AS r (key, points, expire)
      VALUES ('api_key:' || s.key_id, 1, p_now + p_window_ms * interval '1 millisecond')
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN r.expire <= p_now THEN 1 ELSE r.points + 1 END,
        expire = CASE WHEN r.expire <= p_now THEN excluded.expire ELSE r.expire END
      RETURNING r.points, r.expire INTO v_points, v_expire;
    IF p_count AND v_points <= p_points AND p_ceiling > 0 THEN
      INSERT INTO usage_counters AS c (tenant_id, metric, period_start, count, updated_at)
        VALUES (s.tenant_id, 'api_calls_per_month', date_trunc('month', p_now, 'UTC'), 1, p_now)
        ON CONFLICT (tenant_id, metric, period_start) DO UPDATE SET count = c.count + 1, updated_at = p_now
        WHERE c.count < p_ceiling;
      v_counted := FOUND;
      IF v_counted THEN
        INSERT INTO api_key_usage AS a (tenant_id, api_key_id, day, count, last_used_at)
          VALUES (s.tenant_id, s.key_id, (p_now AT TIME ZONE 'UTC')::date, 1, p_now)
          ON CONFLICT (tenant_id, api_key_id, day) DO UPDATE SET
            count = a.count + 1, last_used_at = greatest(a.last_used_at, excluded.last_used_at);
      END IF;
    END IF;
  END IF;
  RETURN QUERY SELECT s.tenant_id, s.key_id, s.key_name, s.prefix, s.scopes, s.created_by_user_id, s.expires_at,
    s.revoked_at, s.revocation_reason, s.role, s.email, s.user_name, s.is_active, s.is_platform_staff, s.tenant_name,
    s.plan, s.subscription_status, s.trial_ends_at, s.features, s.owner_user_id, s.fingerprint, v_points, v_expire,
    v_counted;
END
$$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO aerospec_system;
--> statement-breakpoint
ALTER FUNCTION app_api_key_call(varchar, text, boolean, integer, integer, bigint, timestamptz) OWNER TO aerospec_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM aerospec_system;
--> statement-breakpoint
-- Only the web process's own login calls it; the tenant-scoped application role never does.
REVOKE ALL ON FUNCTION app_api_key_call(varchar, text, boolean, integer, integer, bigint, timestamptz) FROM PUBLIC;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT EXECUTE ON FUNCTION app_api_key_call(varchar, text, boolean, integer, integer, bigint, timestamptz) TO %I', current_user);
END
$$;
--> statement-breakpoint
-- The first statement of a key request's read-only transaction (sent with the handler's first
-- query): enters the key's tenant as the application role, and raises when the key's row no
-- longer has the fingerprint the request was decided on, so no later statement of it runs.
CREATE FUNCTION app_api_key_begin(p_tenant uuid, p_key uuid, p_fingerprint text) RETURNS void
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true), set_config('role', 'aerospec_app', true);
  PERFORM 1 FROM api_key_request_states s WHERE s.tenant_id = p_tenant AND s.key_id = p_key AND s.fingerprint = p_fingerprint;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the API key changed since the request was decided' USING ERRCODE = 'ASK01';
  END IF;
END
$$;
