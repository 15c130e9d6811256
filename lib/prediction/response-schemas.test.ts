import { describe, expect, it } from "vitest";
import { generateCatalog } from "./catalog-generator";
import { rankActuators } from "./rank";
import { predictionSchema, rankedActuatorSchema } from "./response-schemas";

const catalog = generateCatalog(400, 7);

describe("the documented prediction shape", () => {
  it("is what the engine answers: every field documented, nothing undocumented", () => {
    const result = rankActuators(
      {
        fluid: { viscosityCp: 40, densityKgM3: 950, surfaceTensionMNm: 30, flashPointC: 40 },
        targets: { dropletUm: 120, maxPressureBar: 20, flowMlMin: 800 },
      },
      catalog,
      { topN: 50 },
    );
    expect(result.ranked.length).toBeGreaterThan(0);
    expect(result.rejected.items.length).toBeGreaterThan(0);
    expect(() => predictionSchema.parse({ ...result, calibrationVersion: null, catalogLoadedAt: new Date() })).not.toThrow();
    const documented = Object.keys(rankedActuatorSchema.shape).sort();
    for (const ranked of result.ranked) expect(Object.keys(ranked).sort()).toEqual(documented);
    expect(Object.keys(result).sort()).toEqual(
      Object.keys(predictionSchema.shape)
        .filter((k) => k !== "catalogLoadedAt" && k !== "calibrationVersion" && k !== "customModelId")
        .sort(),
    );
  });
});
