-- The session check as the first statement of a request's tenant transaction, sent in the same
-- round trip as the request's first query. It enters the tenant's context as the application
-- role (app_session_state's settings are transaction-local, so inside an explicit transaction
-- they last until it ends), and when the session no longer stands (member removed, account
-- inactive, session signed out, sessions revoked since the token was issued) it raises instead
-- of answering: the transaction is aborted before any later statement in it runs.
CREATE FUNCTION app_session_begin(p_tenant uuid, p_user uuid, p_session uuid, p_version integer)
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
  RETURN QUERY
    SELECT * FROM app_session_state(p_tenant, p_user, p_session) s
    WHERE s.is_active AND s.session_open AND s.user_version = p_version;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the session no longer stands' USING ERRCODE = 'AS401';
  END IF;
END
$$;
