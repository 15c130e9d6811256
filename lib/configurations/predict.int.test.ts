import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/scripts/seed";
import { createTenant } from "@/scripts/vitest/factories";
import { predictForInput } from "./predict";
import { predictRequestSchema } from "./schemas";

const water = { viscosityCp: 1.0, densityKgM3: 998, surfaceTensionMNm: 72.8, flashPointC: null };

beforeAll(async () => {
  await seedCatalog();
});

describe("ad-hoc prediction against the seeded catalog", () => {
  it("ranks feasible actuators best first, with price and stock and the model version", async () => {
    const input = predictRequestSchema.parse({ fluid: water, targets: { flowMlMin: 500, maxPressureBar: 10, dropletUm: 150 }, topN: 10 });
    const { tenantId } = await createTenant();
    const result = await predictForInput(tenantId, input);
    expect(result.evaluatedCount).toBe(200);
    expect(result.modelVersion).toMatch(/^\d{4}\.\d{2}-\d+$/);
    expect(result.ranked.length).toBeGreaterThan(0);
    expect(result.ranked.length).toBeLessThanOrEqual(10);
    const scores = result.ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const r of result.ranked) {
      expect(r.requiredPressureBar.p50).toBeLessThanOrEqual(10);
      expect(r.flowMlMin.p50).toBeCloseTo(500, 0);
      expect(r.priceUsd).toMatch(/^\d+\.\d{2}$/);
      expect(r.stockUnits).toBeGreaterThanOrEqual(0);
    }
    expect(result.feasibleCount + result.rejected.total).toBe(200);
  });

  it("refuses inputs outside the validated ranges, naming the field", () => {
    const parsed = predictRequestSchema.safeParse({ fluid: { ...water, viscosityCp: 5000 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["fluid", "viscosityCp"]);
  });
});
