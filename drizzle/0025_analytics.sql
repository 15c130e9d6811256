CREATE TABLE "feedback_accuracy_daily" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"actuator_sku" varchar(64) NOT NULL,
	"fluid_class" varchar(16) NOT NULL,
	"model_version" varchar(32) NOT NULL,
	"n" bigint NOT NULL,
	"droplet_n" bigint NOT NULL,
	"droplet_sum" double precision NOT NULL,
	"droplet_sum_sq" double precision NOT NULL,
	"droplet_within" bigint NOT NULL,
	"cone_n" bigint NOT NULL,
	"cone_sum" double precision NOT NULL,
	"cone_sum_sq" double precision NOT NULL,
	"cone_within" bigint NOT NULL,
	"flow_n" bigint NOT NULL,
	"flow_sum" double precision NOT NULL,
	"flow_sum_sq" double precision NOT NULL,
	"flow_within" bigint NOT NULL,
	"matched_n" bigint NOT NULL,
	"matched" bigint NOT NULL,
	"passed" bigint NOT NULL,
	"failed" bigint NOT NULL,
	CONSTRAINT "feedback_accuracy_daily_pk" PRIMARY KEY("tenant_id","day","actuator_sku","fluid_class","model_version")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "fluid_class" varchar(16);--> statement-breakpoint
-- Results recorded before the column existed take the class of their configuration's fluid, by
-- the thresholds of lib/prediction/calibration.ts classifyFluid (≤ 5 cP thin, ≤ 50 cP medium).
-- Run as the system role: FORCE ROW LEVEL SECURITY would hide every row from a table owner.
SET LOCAL ROLE aerospec_system;--> statement-breakpoint
UPDATE feedback f SET fluid_class = CASE WHEN c.fluid_viscosity_cp <= 5 THEN 'thin' WHEN c.fluid_viscosity_cp <= 50 THEN 'medium' ELSE 'viscous' END
  FROM configurations c WHERE c.tenant_id = f.tenant_id AND c.id = f.configuration_id;--> statement-breakpoint
RESET ROLE;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "fluid_class" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_accuracy_daily" ADD CONSTRAINT "feedback_accuracy_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_logs_tenant_action_created_idx" ON "audit_logs" USING btree ("tenant_id","action","created_at");--> statement-breakpoint
CREATE INDEX "configuration_versions_tenant_created_idx" ON "configuration_versions" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_tenant_created_idx" ON "feedback" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
-- The daily accuracy sums are tenant-owned: the same isolation policy as every tenant table.
ALTER TABLE feedback_accuracy_daily ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feedback_accuracy_daily FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON feedback_accuracy_daily USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- Recomputes one day × SKU × fluid class × model version of a tenant's accuracy sums from its
-- results, in the transaction of each feedback write (lib/analytics/rollup.ts). It runs as its
-- caller, under the caller's row-level security. The advisory lock serialises writers of one
-- key: after waiting for another writer's commit, the next statement's snapshot sees its row.
-- Errors are measured − predicted P50: ln(measured / predicted) for droplet size (Dv50, else the
-- geometric middle of the measured range, as lib/feedback/accuracy.ts) and flow, degrees for cone.
CREATE FUNCTION app_refresh_feedback_accuracy(p_tenant uuid, p_day date, p_sku varchar, p_class varchar, p_version varchar)
RETURNS void LANGUAGE plpgsql VOLATILE SET search_path = public
AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(
    'feedback_accuracy:' || p_tenant::text || ':' || p_day::text || ':' || p_sku || ':' || p_class || ':' || p_version, 0));
  DELETE FROM feedback_accuracy_daily
   WHERE tenant_id = p_tenant AND day = p_day AND actuator_sku = p_sku AND fluid_class = p_class AND model_version = p_version;
  INSERT INTO feedback_accuracy_daily (tenant_id, day, actuator_sku, fluid_class, model_version, n,
    droplet_n, droplet_sum, droplet_sum_sq, droplet_within, cone_n, cone_sum, cone_sum_sq, cone_within,
    flow_n, flow_sum, flow_sum_sq, flow_within, matched_n, matched, passed, failed)
  SELECT p_tenant, p_day, p_sku, p_class, p_version, count(*),
         count(d_err), coalesce(sum(d_err), 0), coalesce(sum(d_err * d_err), 0), count(*) FILTER (WHERE d_in),
         count(c_err), coalesce(sum(c_err), 0), coalesce(sum(c_err * c_err), 0), count(*) FILTER (WHERE c_in),
         count(f_err), coalesce(sum(f_err), 0), coalesce(sum(f_err * f_err), 0), count(*) FILTER (WHERE f_in),
         count(prediction_matched), count(*) FILTER (WHERE prediction_matched),
         count(*) FILTER (WHERE pass_fail = 'pass'), count(*) FILTER (WHERE pass_fail = 'fail')
    FROM (
      SELECT ln(m.droplet / f.predicted_dv50_p50_um) AS d_err,
             m.droplet BETWEEN f.predicted_dv50_p10_um AND f.predicted_dv50_p90_um AS d_in,
             f.spray_cone_angle_actual - f.predicted_cone_p50_deg AS c_err,
             f.spray_cone_angle_actual BETWEEN f.predicted_cone_p10_deg AND f.predicted_cone_p90_deg AS c_in,
             ln(m.flow / f.predicted_flow_p50_ml_min) AS f_err,
             m.flow BETWEEN f.predicted_flow_p10_ml_min AND f.predicted_flow_p90_ml_min AS f_in,
             f.prediction_matched, f.pass_fail
        FROM feedback f,
             LATERAL (SELECT coalesce(f.dv50_um, sqrt(f.droplet_size_min_um * f.droplet_size_max_um)) AS droplet,
                             f.flow_rate_actual_ml_min::float8 AS flow) m
       WHERE f.tenant_id = p_tenant
         AND f.created_at >= p_day::timestamp AT TIME ZONE 'UTC' AND f.created_at < (p_day + 1)::timestamp AT TIME ZONE 'UTC'
         AND f.actuator_sku = p_sku AND f.fluid_class = p_class AND f.model_version = p_version
    ) r
  HAVING count(*) > 0;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_refresh_feedback_accuracy(uuid, date, varchar, varchar, varchar) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_refresh_feedback_accuracy(uuid, date, varchar, varchar, varchar) TO aerospec_app, aerospec_system;
--> statement-breakpoint
-- The sums of the results recorded before this migration.
SET LOCAL ROLE aerospec_system;
--> statement-breakpoint
SELECT app_refresh_feedback_accuracy(k.tenant_id, k.day, k.actuator_sku, k.fluid_class, k.model_version)
  FROM (SELECT DISTINCT tenant_id, (created_at AT TIME ZONE 'UTC')::date AS day, actuator_sku, fluid_class, model_version FROM feedback) k;
--> statement-breakpoint
RESET ROLE;
