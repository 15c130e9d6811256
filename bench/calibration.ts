import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded";
import { evaluateOutOfSample, fitCalibration } from "@/lib/ml/calibration-estimator";
import { toCalibrationPoint } from "@/lib/ml/points";
import { generateSyntheticLab } from "@/lib/ml/synthetic-lab";

// npm run bench:calibration — recalibration of one tenant over BENCH_ROWS lab results (default
// 100k: the seeded 200-SKU catalog × 500 synthetic-lab results each) in an embedded
// PostgreSQL: load, fit, 5-fold out-of-sample accuracy, store a version. Target < 10 s.
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54392);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SKUS = 200;
const DATA_DIR = ".test-data/bench-calibration-postgres";

rmSync(DATA_DIR, { recursive: true, force: true });
const pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, ephemeral: true });
const url = pg.url("postgres");
Object.assign(process.env, {
  DATABASE_URL: url,
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
  LOG_LEVEL: "silent",
});

const { getDb, closeDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { seedCatalog } = await import("@/scripts/seed");
const { recalibrateTenant } = await import("@/lib/ml/calibration-service");

await runMigrations(getDb());
await seedCatalog();
const sql = postgres(url, { max: 2, onnotice: () => {} });

console.log(`generating ${ROWS.toLocaleString("en-US")} synthetic lab results…`);
// seedCatalog's catalog is generateCatalog(200, 2026): the lab tests the same SKUs.
const lab = generateSyntheticLab({ skuCount: SKUS, resultsPerSku: Math.ceil(ROWS / SKUS), seed: 2026 }).slice(0, ROWS);
const [tenant] = await sql<{ id: string }[]>`insert into tenants (name, slug) values ('Bench lab', 'bench-lab') returning id`;
const tenantId = tenant!.id;
const [configuration] = await sql<{ id: string }[]>`
  insert into configurations (tenant_id, name, fluid_viscosity_cp, fluid_density_kg_m3, fluid_surface_tension_mn_m)
  values (${tenantId}, 'Bench line', 1, 1000, 72.8) returning id`;
const BATCH = 2_000;
for (let start = 0; start < lab.length; start += BATCH) {
  const rows = lab.slice(start, start + BATCH).map((r) => ({
    tenant_id: tenantId,
    configuration_id: configuration!.id,
    actuator_sku: r.sku,
    test_conditions: sql.json({ pressureBar: r.pressureBar }),
    dv50_um: r.measured.dv50Um,
    spray_cone_angle_actual: r.measured.coneDeg,
    flow_rate_actual_ml_min: r.measured.flowMlMin!.toFixed(2),
    predicted_dv50_p10_um: r.predicted.dv50Um.p10,
    predicted_dv50_p50_um: r.predicted.dv50Um.p50,
    predicted_dv50_p90_um: r.predicted.dv50Um.p90,
    predicted_cone_p10_deg: r.predicted.coneDeg.p10,
    predicted_cone_p50_deg: r.predicted.coneDeg.p50,
    predicted_cone_p90_deg: r.predicted.coneDeg.p90,
    predicted_flow_p10_ml_min: r.predicted.flowMlMin.p10,
    predicted_flow_p50_ml_min: r.predicted.flowMlMin.p50,
    predicted_flow_p90_ml_min: r.predicted.flowMlMin.p90,
    model_version: "bench",
    baseline_prediction: sql.json(r.predicted as unknown as postgres.JSONValue),
  }));
  await sql`insert into feedback ${sql(rows)}`;
}
await sql`analyze feedback`;

const time = async (work: () => unknown) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const points = lab.map(toCalibrationPoint);
const fitMs = await time(() => fitCalibration(points));
const oosMs = await time(() => evaluateOutOfSample(points));
const runs: number[] = [];
for (let i = 0; i < RUNS; i++) runs.push(await time(() => recalibrateTenant(tenantId)));
const [stored] = await sql<{ version: number; point_count: number; duration_ms: number; metrics: { droplet: Record<string, number> } }[]>`
  select version, point_count, duration_ms, metrics from tenant_calibrations where tenant_id = ${tenantId} order by version desc limit 1`;

const worst = Math.max(...runs);
console.log(`\nrecalibration over ${ROWS.toLocaleString("en-US")} lab results (${SKUS} SKUs)`);
console.log(`  estimator alone: fit ${fitMs.toFixed(0)} ms, 5-fold out of sample ${oosMs.toFixed(0)} ms`);
console.log(`  job (load, fit, out of sample, store), ${RUNS} runs: ${runs.map((r) => `${(r / 1000).toFixed(2)} s`).join(", ")}`);
console.log(`  stored version ${stored!.version} with ${stored!.point_count} results`);
const d = stored!.metrics.droplet;
console.log(
  `  Dv50 out of sample: RMSE ${d.rmseBefore!.toFixed(3)} → ${d.rmseAfter!.toFixed(3)} (log), P10–P90 ${(100 * d.coverageBefore!).toFixed(0)} % → ${(100 * d.coverageAfter!).toFixed(0)} %`,
);
console.log(`  slowest ${(worst / 1000).toFixed(2)} s (target < 10 s) ${worst < 10_000 ? "✓" : "✗"}`);

await sql.end();
await closeDb();
await pg.stop();
