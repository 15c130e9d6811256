CREATE TABLE "global_calibrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"group_count" integer NOT NULL,
	"point_count" integer NOT NULL,
	"factors" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "global_calibrations_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "tenant_calibrations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"trigger" varchar(20) NOT NULL,
	"requested_by" uuid,
	"point_count" integer NOT NULL,
	"sku_count" integer NOT NULL,
	"factors" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_calibrations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "tenant_calibrations_version_key" UNIQUE("tenant_id","version")
);
--> statement-breakpoint
ALTER TABLE "configurations" ADD COLUMN "calibration_version" integer;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "calibration_version" integer;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "baseline_prediction" jsonb;--> statement-breakpoint
-- Results recorded before calibration existed were predicted uncalibrated: their prediction is the baseline.
UPDATE "feedback" SET "baseline_prediction" = jsonb_build_object(
  'dv50Um', jsonb_build_object('p10', predicted_dv50_p10_um, 'p50', predicted_dv50_p50_um, 'p90', predicted_dv50_p90_um),
  'coneDeg', jsonb_build_object('p10', predicted_cone_p10_deg, 'p50', predicted_cone_p50_deg, 'p90', predicted_cone_p90_deg),
  'flowMlMin', jsonb_build_object('p10', predicted_flow_p10_ml_min, 'p50', predicted_flow_p50_ml_min, 'p90', predicted_flow_p90_ml_min));--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "baseline_prediction" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "share_feedback" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_calibrations" ADD CONSTRAINT "tenant_calibrations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_calibrations" ADD CONSTRAINT "tenant_calibrations_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "global_calibrations_created_idx" ON "global_calibrations" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tenant_calibrations_created_idx" ON "tenant_calibrations" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
-- A tenant's calibration is tenant-owned: the same isolation policy as every tenant table.
ALTER TABLE tenant_calibrations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant_calibrations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenant_calibrations USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- Versions are history: appended, never edited.
REVOKE UPDATE ON tenant_calibrations FROM aerospec_app;
--> statement-breakpoint
-- The global layer is read by members and written only by the system's job (lib/ml/jobs.ts).
REVOKE INSERT, UPDATE, DELETE ON global_calibrations FROM aerospec_app;
--> statement-breakpoint
-- The aggregates count only tenants that share their results (tenants.share_feedback), and
-- compare results with the uncalibrated prediction (feedback.baseline_prediction): every
-- tenant's calibration differs, the physics is the common reference. Otherwise as in 0023.
CREATE OR REPLACE FUNCTION app_refresh_feedback_aggregate(p_sku varchar, p_fluid uuid) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
  s record;
BEGIN
  IF p_fluid IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('feedback_aggregate:' || p_sku || ':' || p_fluid::text, 0));
  SELECT count(*) AS total,
         count(*) FILTER (WHERE pass_fail = 'pass') AS passes,
         count(*) FILTER (WHERE pass_fail = 'fail') AS fails,
         count(DISTINCT tenant_id) AS tenants,
         avg(confidence_in_prediction) AS confidence,
         avg(cone_p50) FILTER (WHERE spray_cone_angle_actual IS NOT NULL) AS cone_predicted,
         avg(spray_cone_angle_actual) AS cone_actual,
         sqrt(avg((spray_cone_angle_actual - cone_p50) ^ 2)) AS cone_rmse,
         avg(dv50_p50) FILTER (WHERE measured_droplet IS NOT NULL) AS drop_predicted,
         avg(measured_droplet) AS drop_actual,
         sqrt(avg((measured_droplet - dv50_p50) ^ 2)) AS drop_rmse
    INTO s
    FROM (
      SELECT f.tenant_id, f.pass_fail, f.confidence_in_prediction, f.spray_cone_angle_actual,
             (f.baseline_prediction #>> '{coneDeg,p50}')::double precision AS cone_p50,
             (f.baseline_prediction #>> '{dv50Um,p50}')::double precision AS dv50_p50,
             coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um)) AS measured_droplet
        FROM feedback f
        JOIN tenants t ON t.id = f.tenant_id AND t.share_feedback
       WHERE f.actuator_sku = p_sku AND f.fluid_id = p_fluid
    ) r;
  IF s.total = 0 THEN
    DELETE FROM feedback_aggregates WHERE actuator_sku = p_sku AND fluid_id = p_fluid;
    RETURN;
  END IF;
  INSERT INTO feedback_aggregates AS a (
    actuator_sku, fluid_id, total_tests, pass_count, fail_count, tenant_count, avg_confidence,
    avg_cone_angle_predicted, avg_cone_angle_actual, cone_angle_rmse,
    avg_droplet_size_predicted, avg_droplet_size_actual, droplet_size_rmse, last_updated)
  VALUES (
    p_sku, p_fluid, s.total, s.passes, s.fails, s.tenants, round(s.confidence::numeric, 2),
    round(s.cone_predicted), round(s.cone_actual), round(s.cone_rmse::numeric, 2),
    round(s.drop_predicted), round(s.drop_actual), round(s.drop_rmse::numeric, 2), now())
  ON CONFLICT (actuator_sku, fluid_id) DO UPDATE SET
    total_tests = excluded.total_tests, pass_count = excluded.pass_count, fail_count = excluded.fail_count,
    tenant_count = excluded.tenant_count, avg_confidence = excluded.avg_confidence,
    avg_cone_angle_predicted = excluded.avg_cone_angle_predicted, avg_cone_angle_actual = excluded.avg_cone_angle_actual,
    cone_angle_rmse = excluded.cone_angle_rmse, avg_droplet_size_predicted = excluded.avg_droplet_size_predicted,
    avg_droplet_size_actual = excluded.avg_droplet_size_actual, droplet_size_rmse = excluded.droplet_size_rmse,
    last_updated = excluded.last_updated;
END
$$;
--> statement-breakpoint
-- Every group a tenant has results in, recomputed when it starts or stops sharing.
CREATE FUNCTION app_refresh_tenant_feedback_aggregates(p_tenant uuid) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT DISTINCT actuator_sku, fluid_id FROM feedback WHERE tenant_id = p_tenant AND fluid_id IS NOT NULL ORDER BY 1, 2 LOOP
    PERFORM app_refresh_feedback_aggregate(g.actuator_sku, g.fluid_id);
  END LOOP;
END
$$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO aerospec_system;
--> statement-breakpoint
ALTER FUNCTION app_refresh_feedback_aggregate(varchar, uuid) OWNER TO aerospec_system;
--> statement-breakpoint
ALTER FUNCTION app_refresh_tenant_feedback_aggregates(uuid) OWNER TO aerospec_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM aerospec_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_refresh_tenant_feedback_aggregates(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_refresh_tenant_feedback_aggregates(uuid) TO aerospec_app;
