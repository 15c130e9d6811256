CREATE TYPE "public"."feedback_pass_fail" AS ENUM('pass', 'fail', 'unknown');--> statement-breakpoint
CREATE TABLE "feedback" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"configuration_id" uuid NOT NULL,
	"procurement_id" uuid,
	"actuator_sku" varchar(64) NOT NULL,
	"fluid_id" uuid,
	"test_conditions" jsonb NOT NULL,
	"rating" integer,
	"spray_cone_angle_actual" double precision,
	"droplet_size_range_um" varchar(50),
	"droplet_size_min_um" double precision,
	"droplet_size_max_um" double precision,
	"dv10_um" double precision,
	"dv50_um" double precision,
	"dv90_um" double precision,
	"flow_rate_actual_ml_min" numeric(10, 2),
	"pass_fail" "feedback_pass_fail" DEFAULT 'unknown' NOT NULL,
	"issue_description" text,
	"confidence_in_prediction" double precision,
	"predicted_dv50_p10_um" double precision NOT NULL,
	"predicted_dv50_p50_um" double precision NOT NULL,
	"predicted_dv50_p90_um" double precision NOT NULL,
	"predicted_cone_p10_deg" double precision NOT NULL,
	"predicted_cone_p50_deg" double precision NOT NULL,
	"predicted_cone_p90_deg" double precision NOT NULL,
	"predicted_flow_p10_ml_min" double precision NOT NULL,
	"predicted_flow_p50_ml_min" double precision NOT NULL,
	"predicted_flow_p90_ml_min" double precision NOT NULL,
	"model_version" varchar(32) NOT NULL,
	"prediction_matched" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "feedback_rating_range" CHECK ("feedback"."rating" between 1 and 5),
	CONSTRAINT "feedback_confidence_range" CHECK ("feedback"."confidence_in_prediction" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "feedback_aggregates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actuator_sku" varchar(64) NOT NULL,
	"fluid_id" uuid NOT NULL,
	"total_tests" integer DEFAULT 0 NOT NULL,
	"pass_count" integer DEFAULT 0 NOT NULL,
	"fail_count" integer DEFAULT 0 NOT NULL,
	"tenant_count" integer DEFAULT 0 NOT NULL,
	"avg_confidence" numeric(3, 2),
	"avg_cone_angle_predicted" integer,
	"avg_cone_angle_actual" integer,
	"cone_angle_rmse" numeric(8, 2),
	"avg_droplet_size_predicted" integer,
	"avg_droplet_size_actual" integer,
	"droplet_size_rmse" numeric(8, 2),
	"last_updated" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_aggregates_sku_fluid_key" UNIQUE("actuator_sku","fluid_id")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_fluid_id_fluids_id_fk" FOREIGN KEY ("fluid_id") REFERENCES "public"."fluids"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_configuration_fk" FOREIGN KEY ("tenant_id","configuration_id") REFERENCES "public"."configurations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_procurement_fk" FOREIGN KEY ("tenant_id","procurement_id") REFERENCES "public"."procurements"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_aggregates" ADD CONSTRAINT "feedback_aggregates_fluid_id_fluids_id_fk" FOREIGN KEY ("fluid_id") REFERENCES "public"."fluids"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_configuration_created_idx" ON "feedback" USING btree ("tenant_id","configuration_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "feedback_tenant_pass_fail_idx" ON "feedback" USING btree ("tenant_id","pass_fail");--> statement-breakpoint
CREATE INDEX "feedback_sku_fluid_idx" ON "feedback" USING btree ("actuator_sku","fluid_id");--> statement-breakpoint
CREATE INDEX "feedback_aggregates_rmse_idx" ON "feedback_aggregates" USING btree ("cone_angle_rmse","droplet_size_rmse");--> statement-breakpoint
-- Lab results are tenant-owned: the same isolation policy as every tenant table.
ALTER TABLE feedback ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feedback FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON feedback USING (tenant_id = app_current_tenant());
--> statement-breakpoint
-- The aggregates are global and anonymised: members read them (lib/feedback/queries.ts shows a
-- group only from 3 contributing tenants); only the function below writes them.
REVOKE INSERT, UPDATE, DELETE ON feedback_aggregates FROM aerospec_app;
--> statement-breakpoint
-- Recomputes one SKU × fluid group from every tenant's results, called in the transaction of
-- each feedback write (lib/feedback/service.ts). It runs as the system role (its owner, which
-- bypasses row-level security) so it counts across tenants, yet it returns nothing and writes
-- no tenant id. The advisory lock serialises writers of one group: after waiting for another
-- writer's commit, the next statement's snapshot sees its row. The measured droplet size is
-- Dv50, else the geometric middle of the measured range (lib/feedback/accuracy.ts, the same).
CREATE FUNCTION app_refresh_feedback_aggregate(p_sku varchar, p_fluid uuid) RETURNS void
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
         avg(predicted_cone_p50_deg) FILTER (WHERE spray_cone_angle_actual IS NOT NULL) AS cone_predicted,
         avg(spray_cone_angle_actual) AS cone_actual,
         sqrt(avg((spray_cone_angle_actual - predicted_cone_p50_deg) ^ 2)) AS cone_rmse,
         avg(predicted_dv50_p50_um) FILTER (WHERE coalesce(dv50_um, sqrt(droplet_size_min_um * droplet_size_max_um)) IS NOT NULL) AS drop_predicted,
         avg(coalesce(dv50_um, sqrt(droplet_size_min_um * droplet_size_max_um))) AS drop_actual,
         sqrt(avg((coalesce(dv50_um, sqrt(droplet_size_min_um * droplet_size_max_um)) - predicted_dv50_p50_um) ^ 2)) AS drop_rmse
    INTO s
    FROM feedback
   WHERE actuator_sku = p_sku AND fluid_id = p_fluid;
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
-- Owned by the system role, so it runs with that role's BYPASSRLS; taking ownership needs
-- CREATE on the schema for a moment (as in 0015).
GRANT CREATE ON SCHEMA public TO aerospec_system;
--> statement-breakpoint
ALTER FUNCTION app_refresh_feedback_aggregate(varchar, uuid) OWNER TO aerospec_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM aerospec_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_refresh_feedback_aggregate(varchar, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_refresh_feedback_aggregate(varchar, uuid) TO aerospec_app;
