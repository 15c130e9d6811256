CREATE TABLE "feedback_aggregate_tenants" (
	"tenant_id" uuid NOT NULL,
	"actuator_sku" varchar(64) NOT NULL,
	"fluid_id" uuid NOT NULL,
	"result_count" integer NOT NULL,
	CONSTRAINT "feedback_aggregate_tenants_pk" PRIMARY KEY("tenant_id","actuator_sku","fluid_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "confidence_n" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "confidence_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "cone_n" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "cone_predicted_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "cone_actual_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "cone_error_sq_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "droplet_n" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "droplet_predicted_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "droplet_actual_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD COLUMN "droplet_error_sq_sum" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_aggregate_tenants" ADD CONSTRAINT "feedback_aggregate_tenants_fluid_id_fluids_id_fk" FOREIGN KEY ("fluid_id") REFERENCES "public"."fluids"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_aggregate_tenants_group_idx" ON "feedback_aggregate_tenants" USING btree ("actuator_sku","fluid_id");--> statement-breakpoint
-- The counts name tenants: members have no privilege on them (only the functions below, which
-- run as the system role, read and write them), and row-level security as on every tenant table.
REVOKE ALL ON feedback_aggregate_tenants FROM aerospec_app;
--> statement-breakpoint
ALTER TABLE feedback_aggregate_tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feedback_aggregate_tenants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON feedback_aggregate_tenants USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- What one result adds to (sign 1) or takes from (sign -1) its group, in exact numeric terms:
-- the measured droplet size is Dv50, else the geometric middle of the measured range
-- (lib/feedback/accuracy.ts), compared with the uncalibrated prediction (as in 0026).
CREATE TYPE feedback_aggregate_delta AS (
  tenant_id uuid, actuator_sku varchar(64), fluid_id uuid, sign integer, pass_fail feedback_pass_fail,
  confidence numeric, cone_predicted numeric, cone_actual numeric, droplet_predicted numeric, droplet_actual numeric);
--> statement-breakpoint
CREATE FUNCTION app_feedback_aggregate_delta(f feedback, p_sign integer) RETURNS feedback_aggregate_delta
LANGUAGE sql IMMUTABLE
AS $$
  SELECT ROW(f.tenant_id, f.actuator_sku, f.fluid_id, p_sign, f.pass_fail,
             f.confidence_in_prediction::numeric,
             (f.baseline_prediction #>> '{coneDeg,p50}')::numeric,
             f.spray_cone_angle_actual::numeric,
             (f.baseline_prediction #>> '{dv50Um,p50}')::numeric,
             coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um))::numeric)::feedback_aggregate_delta
$$;
--> statement-breakpoint
-- Moves the running sums of every group the deltas touch, in the caller's transaction. A result
-- counts while its tenant shares (tenants.share_feedback); a tenant's count row in a group
-- exists exactly while its results there count, so a removal (even after the tenant row is
-- gone, in a cascade) takes away only what was added. The advisory locks, taken in group order
-- (no deadlock between writers of several groups), serialise the writers of one group with a
-- rebuild below; the checks after them see every write committed before. Sums are numeric, so
-- adding and removing are exact and the result equals a rebuild from scratch whatever the order.
CREATE FUNCTION app_apply_feedback_aggregate_deltas(p_deltas feedback_aggregate_delta[]) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = public
AS $$
DECLARE
  g record;
  remaining integer;
  tenant_change integer;
BEGIN
  FOR g IN SELECT DISTINCT d.actuator_sku, d.fluid_id FROM unnest(p_deltas) d ORDER BY 1, 2 LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('feedback_aggregate:' || g.actuator_sku || ':' || g.fluid_id::text, 0));
  END LOOP;
  -- Additions before removals of one tenant and group: an edit never drops its count to zero on the way.
  FOR g IN
    SELECT d.tenant_id, d.actuator_sku, d.fluid_id, d.sign, count(*)::integer AS results,
           count(*) FILTER (WHERE d.pass_fail = 'pass')::integer AS passes,
           count(*) FILTER (WHERE d.pass_fail = 'fail')::integer AS fails,
           count(d.confidence)::integer AS confidence_n, coalesce(sum(d.confidence), 0) AS confidence_sum,
           count(d.cone_actual)::integer AS cone_n,
           coalesce(sum(d.cone_predicted) FILTER (WHERE d.cone_actual IS NOT NULL), 0) AS cone_predicted_sum,
           coalesce(sum(d.cone_actual), 0) AS cone_actual_sum,
           coalesce(sum((d.cone_actual - d.cone_predicted) * (d.cone_actual - d.cone_predicted)), 0) AS cone_error_sq_sum,
           count(d.droplet_actual)::integer AS droplet_n,
           coalesce(sum(d.droplet_predicted) FILTER (WHERE d.droplet_actual IS NOT NULL), 0) AS droplet_predicted_sum,
           coalesce(sum(d.droplet_actual), 0) AS droplet_actual_sum,
           coalesce(sum((d.droplet_actual - d.droplet_predicted) * (d.droplet_actual - d.droplet_predicted)), 0) AS droplet_error_sq_sum
      FROM unnest(p_deltas) d
     GROUP BY 1, 2, 3, 4
     ORDER BY 2, 3, 1, 4 DESC
  LOOP
    IF g.sign > 0 THEN
      CONTINUE WHEN NOT EXISTS (SELECT 1 FROM tenants t WHERE t.id = g.tenant_id AND t.share_feedback);
      INSERT INTO feedback_aggregate_tenants AS c (tenant_id, actuator_sku, fluid_id, result_count)
      VALUES (g.tenant_id, g.actuator_sku, g.fluid_id, g.results)
      ON CONFLICT (tenant_id, actuator_sku, fluid_id) DO UPDATE SET result_count = c.result_count + excluded.result_count
      RETURNING result_count INTO remaining;
      tenant_change := CASE WHEN remaining = g.results THEN 1 ELSE 0 END;
      INSERT INTO feedback_aggregates AS a (actuator_sku, fluid_id, total_tests, pass_count, fail_count, tenant_count,
        confidence_n, confidence_sum, cone_n, cone_predicted_sum, cone_actual_sum, cone_error_sq_sum,
        droplet_n, droplet_predicted_sum, droplet_actual_sum, droplet_error_sq_sum)
      VALUES (g.actuator_sku, g.fluid_id, g.results, g.passes, g.fails, tenant_change,
        g.confidence_n, g.confidence_sum, g.cone_n, g.cone_predicted_sum, g.cone_actual_sum, g.cone_error_sq_sum,
        g.droplet_n, g.droplet_predicted_sum, g.droplet_actual_sum, g.droplet_error_sq_sum)
      ON CONFLICT (actuator_sku, fluid_id) DO UPDATE SET
        total_tests = a.total_tests + excluded.total_tests, pass_count = a.pass_count + excluded.pass_count,
        fail_count = a.fail_count + excluded.fail_count, tenant_count = a.tenant_count + excluded.tenant_count,
        confidence_n = a.confidence_n + excluded.confidence_n, confidence_sum = a.confidence_sum + excluded.confidence_sum,
        cone_n = a.cone_n + excluded.cone_n, cone_predicted_sum = a.cone_predicted_sum + excluded.cone_predicted_sum,
        cone_actual_sum = a.cone_actual_sum + excluded.cone_actual_sum, cone_error_sq_sum = a.cone_error_sq_sum + excluded.cone_error_sq_sum,
        droplet_n = a.droplet_n + excluded.droplet_n, droplet_predicted_sum = a.droplet_predicted_sum + excluded.droplet_predicted_sum,
        droplet_actual_sum = a.droplet_actual_sum + excluded.droplet_actual_sum,
        droplet_error_sq_sum = a.droplet_error_sq_sum + excluded.droplet_error_sq_sum;
    ELSE
      UPDATE feedback_aggregate_tenants c SET result_count = c.result_count - g.results
       WHERE c.tenant_id = g.tenant_id AND c.actuator_sku = g.actuator_sku AND c.fluid_id = g.fluid_id
      RETURNING result_count INTO remaining;
      CONTINUE WHEN remaining IS NULL;
      tenant_change := 0;
      IF remaining = 0 THEN
        DELETE FROM feedback_aggregate_tenants c
         WHERE c.tenant_id = g.tenant_id AND c.actuator_sku = g.actuator_sku AND c.fluid_id = g.fluid_id;
        tenant_change := -1;
      END IF;
      UPDATE feedback_aggregates a SET
        total_tests = a.total_tests - g.results, pass_count = a.pass_count - g.passes, fail_count = a.fail_count - g.fails,
        tenant_count = a.tenant_count + tenant_change,
        confidence_n = a.confidence_n - g.confidence_n, confidence_sum = a.confidence_sum - g.confidence_sum,
        cone_n = a.cone_n - g.cone_n, cone_predicted_sum = a.cone_predicted_sum - g.cone_predicted_sum,
        cone_actual_sum = a.cone_actual_sum - g.cone_actual_sum, cone_error_sq_sum = a.cone_error_sq_sum - g.cone_error_sq_sum,
        droplet_n = a.droplet_n - g.droplet_n, droplet_predicted_sum = a.droplet_predicted_sum - g.droplet_predicted_sum,
        droplet_actual_sum = a.droplet_actual_sum - g.droplet_actual_sum,
        droplet_error_sq_sum = a.droplet_error_sq_sum - g.droplet_error_sq_sum
       WHERE a.actuator_sku = g.actuator_sku AND a.fluid_id = g.fluid_id;
    END IF;
  END LOOP;
  PERFORM app_derive_feedback_aggregates(p_deltas);
END
$$;
--> statement-breakpoint
-- The spec's columns from the sums, rounded as the recomputation of 0023/0026 rounded them: the
-- exact mean is taken to double precision first, so integer averages round half to even and the
-- RMSE and confidence pass through the same casts. A group without results is removed.
CREATE FUNCTION app_derive_feedback_aggregates(p_deltas feedback_aggregate_delta[]) RETURNS void
LANGUAGE sql VOLATILE SET search_path = public
AS $$
  UPDATE feedback_aggregates a SET
    avg_confidence = round((a.confidence_sum / nullif(a.confidence_n, 0))::float8::numeric, 2),
    avg_cone_angle_predicted = round((a.cone_predicted_sum / nullif(a.cone_n, 0))::float8),
    avg_cone_angle_actual = round((a.cone_actual_sum / nullif(a.cone_n, 0))::float8),
    cone_angle_rmse = round(sqrt((a.cone_error_sq_sum / nullif(a.cone_n, 0))::float8)::numeric, 2),
    avg_droplet_size_predicted = round((a.droplet_predicted_sum / nullif(a.droplet_n, 0))::float8),
    avg_droplet_size_actual = round((a.droplet_actual_sum / nullif(a.droplet_n, 0))::float8),
    droplet_size_rmse = round(sqrt((a.droplet_error_sq_sum / nullif(a.droplet_n, 0))::float8)::numeric, 2),
    last_updated = now()
   FROM (SELECT DISTINCT d.actuator_sku, d.fluid_id FROM unnest(p_deltas) d) g
  WHERE a.actuator_sku = g.actuator_sku AND a.fluid_id = g.fluid_id;
  DELETE FROM feedback_aggregates a
   USING (SELECT DISTINCT d.actuator_sku, d.fluid_id FROM unnest(p_deltas) d) g
  WHERE a.actuator_sku = g.actuator_sku AND a.fluid_id = g.fluid_id AND a.total_tests = 0;
$$;
--> statement-breakpoint
-- The aggregates follow every write of feedback, whoever makes it (the service, a cascade from
-- a tenant's or configuration's deletion, a bulk load), by its delta in the same statement's
-- transaction. It runs as the system role (its owner, which bypasses row-level security) to
-- count across tenants; it returns nothing and writes no tenant id where members can read.
CREATE FUNCTION app_feedback_aggregate_trigger() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app_apply_feedback_aggregate_deltas(ARRAY(
      SELECT app_feedback_aggregate_delta(n, 1) FROM new_rows n WHERE n.fluid_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM app_apply_feedback_aggregate_deltas(ARRAY(
      SELECT app_feedback_aggregate_delta(o, -1) FROM old_rows o WHERE o.fluid_id IS NOT NULL));
  ELSE
    PERFORM app_apply_feedback_aggregate_deltas(ARRAY(
      SELECT app_feedback_aggregate_delta(o, -1) FROM old_rows o WHERE o.fluid_id IS NOT NULL
      UNION ALL
      SELECT app_feedback_aggregate_delta(n, 1) FROM new_rows n WHERE n.fluid_id IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A group rebuilt from every sharing tenant's results (when a tenant starts or stops sharing,
-- app_refresh_tenant_feedback_aggregates of 0026, or to repair): its sums and counts cleared
-- under the group's lock, then every result added as a delta, so a rebuild and the running
-- sums are computed alike.
CREATE OR REPLACE FUNCTION app_refresh_feedback_aggregate(p_sku varchar, p_fluid uuid) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
BEGIN
  IF p_fluid IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('feedback_aggregate:' || p_sku || ':' || p_fluid::text, 0));
  DELETE FROM feedback_aggregate_tenants WHERE actuator_sku = p_sku AND fluid_id = p_fluid;
  UPDATE feedback_aggregates SET
    total_tests = 0, pass_count = 0, fail_count = 0, tenant_count = 0, confidence_n = 0, confidence_sum = 0,
    cone_n = 0, cone_predicted_sum = 0, cone_actual_sum = 0, cone_error_sq_sum = 0,
    droplet_n = 0, droplet_predicted_sum = 0, droplet_actual_sum = 0, droplet_error_sq_sum = 0
   WHERE actuator_sku = p_sku AND fluid_id = p_fluid;
  PERFORM app_apply_feedback_aggregate_deltas(ARRAY(
    SELECT app_feedback_aggregate_delta(f, 1) FROM feedback f WHERE f.actuator_sku = p_sku AND f.fluid_id = p_fluid));
  -- A group left without results (no delta above to derive it) is removed.
  DELETE FROM feedback_aggregates WHERE actuator_sku = p_sku AND fluid_id = p_fluid AND total_tests = 0;
END
$$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO aerospec_system;
--> statement-breakpoint
ALTER FUNCTION app_feedback_aggregate_trigger() OWNER TO aerospec_system;
--> statement-breakpoint
ALTER FUNCTION app_refresh_feedback_aggregate(varchar, uuid) OWNER TO aerospec_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM aerospec_system;
--> statement-breakpoint
-- The helpers run only inside the two functions above, as the system role.
REVOKE ALL ON FUNCTION app_feedback_aggregate_delta(feedback, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_apply_feedback_aggregate_deltas(feedback_aggregate_delta[]) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_derive_feedback_aggregates(feedback_aggregate_delta[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_feedback_aggregate_delta(feedback, integer) TO aerospec_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_apply_feedback_aggregate_deltas(feedback_aggregate_delta[]) TO aerospec_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_derive_feedback_aggregates(feedback_aggregate_delta[]) TO aerospec_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_feedback_aggregate_trigger() FROM PUBLIC;
--> statement-breakpoint
-- One trigger per event: a trigger with transition tables has exactly one.
CREATE TRIGGER feedback_aggregate_insert AFTER INSERT ON feedback
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_feedback_aggregate_trigger();
--> statement-breakpoint
CREATE TRIGGER feedback_aggregate_update AFTER UPDATE ON feedback
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_feedback_aggregate_trigger();
--> statement-breakpoint
CREATE TRIGGER feedback_aggregate_delete AFTER DELETE ON feedback
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_feedback_aggregate_trigger();
--> statement-breakpoint
-- The sums and counts of the results recorded before this migration.
SELECT app_refresh_feedback_aggregate(g.actuator_sku, g.fluid_id)
  FROM (SELECT actuator_sku, fluid_id FROM feedback WHERE fluid_id IS NOT NULL
        UNION SELECT actuator_sku, fluid_id FROM feedback_aggregates) g;
