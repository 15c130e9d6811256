import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { MODEL_VERSION } from "@/lib/prediction/model-version";
import { rankActuators } from "@/lib/prediction/rank";
import type { Actuator, PredictionInput } from "@/lib/prediction/schemas";
import { benchPorts, percentile, signInDemoAdmin, startBenchServer } from "./server";

// npm run bench:prediction — rank one configuration against generated catalogs in-process.
// Targets: p50 < 5 ms for 10k SKUs and < 50 ms for 100k; cost must grow linearly with size.
const CONFIGURATION: PredictionInput = {
  fluid: { viscosityCp: 2.4, densityKgM3: 1050, surfaceTensionMNm: 45, flashPointC: 78 },
  targets: { flowMlMin: 800, dropletUm: 120, coneDeg: 70, maxPressureBar: 20 },
};
const SIZES = [1_000, 10_000, 100_000] as const;
const TARGET_P50_MS: Partial<Record<number, number>> = { 10000: 5, 100000: 50 };
const SEED = 20261122;

function computePercentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)]!;
}

function measureRanking(catalog: readonly Actuator[], runs: number): number[] {
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rankActuators(CONFIGURATION, catalog);
    timings.push(performance.now() - start);
  }
  return timings.sort((a, b) => a - b);
}

function runBenchmark(): void {
  console.log(`prediction engine ${MODEL_VERSION}, one configuration, Node ${process.version}`);
  const p50BySize = new Map<number, number>();
  for (const size of SIZES) {
    const catalog = generateCatalog(size, SEED);
    const runs = size >= 100_000 ? 60 : 200;
    measureRanking(catalog, Math.ceil(runs / 4)); // warm-up: let the JIT settle on this shape
    const timings = measureRanking(catalog, runs);
    const p50 = computePercentile(timings, 0.5);
    const p95 = computePercentile(timings, 0.95);
    p50BySize.set(size, p50);
    const target = TARGET_P50_MS[size];
    const verdict = target === undefined ? "" : ` (target p50 < ${target} ms: ${p50 < target ? "met" : "MISSED"})`;
    const perSku = ((p50 * 1e6) / size).toFixed(0);
    const figures = `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ${perSku} ns/SKU`;
    console.log(`${String(size).padStart(7)} SKUs: ${figures} over ${runs} runs${verdict}`);
  }
  reportGrowth(p50BySize);
}

// Linear cost: ten times the SKUs should take about ten times as long.
function reportGrowth(p50BySize: ReadonlyMap<number, number>): void {
  for (let i = 1; i < SIZES.length; i++) {
    const smaller = SIZES[i - 1]!;
    const larger = SIZES[i]!;
    const ratio = p50BySize.get(larger)! / p50BySize.get(smaller)!;
    console.log(`growth ${smaller} → ${larger} SKUs (×${larger / smaller}): p50 ×${ratio.toFixed(1)}`);
  }
}

const SAVE_RUNS = 100;

// End to end: POST /api/configurations on a production build with the seeded 200-SKU catalog
// (session check, validation, ranking, insert of the configuration, its version and audit row).
async function runSaveBenchmark(): Promise<void> {
  const server = await startBenchServer(benchPorts({ port: 3210, pgPort: 54365, stripePort: 3259 }));
  try {
    const cookie = await signInDemoAdmin(server.base);
    const save = async (i: number) => {
      const start = performance.now();
      const res = await fetch(`${server.base}/api/configurations`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.base, cookie },
        body: JSON.stringify({
          name: `Bench ${i}`,
          fluid: CONFIGURATION.fluid,
          targets: { flowMlMin: 800, dropletUm: 120, coneDeg: 70, maxPressureBar: 20 },
        }),
      });
      if (res.status !== 201) throw new Error(`save failed: ${res.status} ${await res.text()}`);
      return performance.now() - start;
    };
    for (let i = 0; i < 10; i++) await save(i); // warm-up
    const timings: number[] = [];
    for (let i = 0; i < SAVE_RUNS; i++) timings.push(await save(i));
    timings.sort((a, b) => a - b);
    console.log(
      `POST /api/configurations (200-SKU catalog, end to end): p50 ${percentile(timings, 0.5).toFixed(1)} ms, p95 ${percentile(timings, 0.95).toFixed(1)} ms over ${SAVE_RUNS} sequential saves`,
    );
  } finally {
    await server.stop();
  }
}

runBenchmark();
if (!process.argv.includes("--in-process-only")) await runSaveBenchmark();
