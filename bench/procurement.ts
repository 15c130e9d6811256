import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded";
import { seedBulkActuators } from "@/db/seed/bulk";
import { percentile } from "./server";

// npm run bench:procurement — in one process, against the bundled supplier simulator and an
// embedded PostgreSQL:
// 1. compare: the time of POST /api/procurements/compare's work (both suppliers in parallel,
//    discount, marks) against the slowest supplier asked directly in the same round, with each
//    supplier answering in 40–60 ms; target: added p95 ≤ 20 ms.
// 2. sync: 100k SKUs × 2 suppliers pulled page by page into the catalog; target < 60 s.
// 3. compare with one supplier hung: target ≤ its timeout + 50 ms, with the other's quote.
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54390);
const SUPPLIER_PORT = Number(process.env.BENCH_SUPPLIER_PORT ?? 3820);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const SKUS = Number(process.env.BENCH_SKUS ?? 100_000);
const TIMEOUT_MS = 1_000;
const DATA_DIR = ".test-data/bench-procurement-postgres";

rmSync(DATA_DIR, { recursive: true, force: true });
const pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, ephemeral: true });
const url = pg.url("postgres");
Object.assign(process.env, {
  DATABASE_URL: url,
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
  LOG_LEVEL: "silent",
  SPENCER_API_URL: `http://127.0.0.1:${SUPPLIER_PORT + 1}`,
  SPENCER_API_KEY: "bench_spencer",
  COSTER_API_URL: `http://127.0.0.1:${SUPPLIER_PORT + 2}`,
  COSTER_API_KEY: "bench_coster",
  SUPPLIER_TIMEOUT_MS: String(TIMEOUT_MS),
});

const { getDb, closeDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { startSupplierSimulator } = await import("@/scripts/supplier-simulator");
const { getSupplierClient } = await import("@/lib/suppliers/client");
const { compareSuppliers } = await import("@/lib/procurement/compare");
const { syncAllSuppliers } = await import("@/lib/suppliers/sync");

await runMigrations(getDb());
const sql = postgres(url, { max: 2, onnotice: () => {} });
console.log(`seeding ${SKUS.toLocaleString("en-US")} catalog SKUs…`);
await seedBulkActuators(sql, SKUS);
const catalog = (await sql<{ sku: string }[]>`select sku from actuators order by sku`).map((r) => ({ sku: r.sku }));
const simulator = await startSupplierSimulator({
  catalog,
  ports: { control: SUPPLIER_PORT, spencer: SUPPLIER_PORT + 1, coster: SUPPLIER_PORT + 2 },
  apiKeys: { spencer: "bench_spencer", coster: "bench_coster" },
});

const items = catalog.slice(0, 3).map((c, i) => ({ sku: c.sku, qty: 5 + i }));
const ctx = {
  actor: {
    userId: "00000000-0000-4000-8000-000000000001",
    email: "bench@example.test",
    name: "Bench",
    tenantId: "00000000-0000-4000-8000-000000000002",
    tenantName: "Bench",
    role: "admin" as const,
    isOwner: true,
    isStaff: false,
    plan: "professional" as const,
    subscriptionStatus: "active" as const,
    trialEndsAt: null,
    features: {},
    sessionId: null,
  },
  meta: { ip: null, userAgent: "bench", requestId: null },
};

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

// 1. Added latency over the slowest supplier.
for (const supplier of ["spencer", "coster"] as const) await simulator.setFault(supplier, { kind: "slow", delayMs: 50 });
const supplierItems = items.map((i) => ({ sku: i.sku, quantity: i.qty }));
const direct: number[] = [];
const compared: number[] = [];
for (let round = 0; round < 20; round++) await compareSuppliers(ctx, { items });
for (let round = 0; round < ROUNDS; round++) {
  direct.push(
    await time(() => Promise.all([getSupplierClient("spencer").quote(supplierItems), getSupplierClient("coster").quote(supplierItems)])),
  );
  compared.push(await time(() => compareSuppliers(ctx, { items })));
}
direct.sort((a, b) => a - b);
compared.sort((a, b) => a - b);
const added95 = percentile(compared, 0.95) - percentile(direct, 0.95);
console.log("\ncompare (both suppliers answering after 50 ms)");
console.log(`  slowest supplier alone  p50 ${percentile(direct, 0.5).toFixed(1)} ms  p95 ${percentile(direct, 0.95).toFixed(1)} ms`);
console.log(`  compare                 p50 ${percentile(compared, 0.5).toFixed(1)} ms  p95 ${percentile(compared, 0.95).toFixed(1)} ms`);
console.log(`  added p95 ${added95.toFixed(1)} ms (target ≤ 20 ms) ${added95 <= 20 ? "✓" : "✗"}`);

for (const supplier of ["spencer", "coster"] as const) await simulator.clearFault(supplier);

// 2. Sync of the whole catalog from both suppliers.
const syncStarted = performance.now();
const runs = await syncAllSuppliers("staff");
const seconds = (performance.now() - syncStarted) / 1000;
console.log(`\nsync ${SKUS.toLocaleString("en-US")} SKUs × 2 suppliers`);
for (const run of runs) {
  console.log(
    `  ${run.supplier}: ${run.status}, ${run.pages} pages, ${run.rowsSeen.toLocaleString("en-US")} rows seen, ${run.rowsChanged.toLocaleString("en-US")} changed`,
  );
}
console.log(`  ${seconds.toFixed(1)} s (target < 60 s) ${seconds < 60 && runs.every((r) => r.status === "succeeded") ? "✓" : "✗"}`);

// 3. One supplier hung (last: it opens that supplier's circuit breaker): the answer comes at its timeout, with the other's quote.
await simulator.setFault("coster", { kind: "hung" });
await simulator.clearFault("spencer");
const hung: number[] = [];
let partial = true;
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  const result = await compareSuppliers(ctx, { items });
  hung.push(performance.now() - started);
  partial &&= result.suppliers.find((s) => s.supplier === "spencer")?.status === "quoted";
}
hung.sort((a, b) => a - b);
const worst = hung.at(-1)!;
console.log(`\ncompare with Coster hung (timeout ${TIMEOUT_MS} ms)`);
console.log(`  slowest of 5: ${worst.toFixed(0)} ms, Spencer's quote in every answer: ${partial ? "yes" : "no"}`);
console.log(`  target ≤ ${TIMEOUT_MS + 50} ms ${worst <= TIMEOUT_MS + 50 && partial ? "✓" : "✗"}`);
await simulator.clearFault("coster");

await simulator.close();
await sql.end();
await closeDb();
await pg.stop();
rmSync(DATA_DIR, { recursive: true, force: true });
process.exit(0);
