import { describe, expect, it } from "vitest";
import { computeOrificeFlowMlMin, generateCatalog, TYPE_PROFILES } from "./catalog-generator";
import { createSmdEnsemble } from "./droplet";
import { computeFamilySmd } from "./family-droplet";
import { createMulberry32 } from "./prng";
import { actuatorSchema } from "./schemas";
import { convertBarToPa, convertMlMinToM3s } from "./units";
import { WATER_SI } from "./water";

const CATALOG = generateCatalog(2000, 42);

describe("mulberry32", () => {
  it("is deterministic and uniform on [0, 1)", () => {
    const a = createMulberry32(1);
    const b = createMulberry32(1);
    const draws = Array.from({ length: 10_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((sum, x) => sum + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});

describe("catalog generator", () => {
  it("yields the same catalog for the same seed and another for another seed", () => {
    expect(generateCatalog(50, 42)).toEqual(CATALOG.slice(0, 50));
    expect(generateCatalog(50, 43)).not.toEqual(CATALOG.slice(0, 50));
  });

  it("produces entries the catalog schema accepts, with unique SKUs", () => {
    for (const actuator of CATALOG) expect(actuatorSchema.parse(actuator)).toEqual(actuator);
    expect(new Set(CATALOG.map((a) => a.sku)).size).toBe(CATALOG.length);
  });

  it("names SKUs by supplier and covers both suppliers and every spray type", () => {
    for (const a of CATALOG) {
      expect(a.sku).toMatch(a.supplier === "spencer" ? /^SPENC-[A-Z]{2}-\d{4}-\d{3}-[0-9A-Z]{5}$/ : /^COST-/);
    }
    expect(new Set(CATALOG.map((a) => a.supplier))).toEqual(new Set(["spencer", "coster"]));
    expect(new Set(CATALOG.map((a) => a.sprayType))).toEqual(new Set(Object.keys(TYPE_PROFILES)));
  });

  it("rates flow through the orifice: Q = C_d A √(2ΔP/ρ)", () => {
    // 1 mm, C_d 0.35, 3 bar: A = 7.8540e-7 m², v = √(2 · 3e5 / 1000) = 24.495 m/s
    // Q = 0.35 · 7.8540e-7 · 24.495 = 6.7334e-6 m³/s = 404 ml/min
    expect(computeOrificeFlowMlMin(1, 0.35, 3)).toBe(404);
  });

  it("keeps every SKU physically consistent with its spray type", () => {
    for (const a of CATALOG) {
      const type = TYPE_PROFILES[a.sprayType];
      const unitFlow = computeOrificeFlowMlMin(a.orificeDiameterMm, 1, a.refPressureBar);
      const cd = a.refFlowMlMin / unitFlow;
      // Rounding of the orifice to 0.01 mm and the flow to 3 digits moves C_d by a few %.
      expect(cd).toBeGreaterThan(type.dischargeCoefficient[0] * 0.9);
      expect(cd).toBeLessThan(type.dischargeCoefficient[1] * 1.1);
      expect(a.orificeDiameterMm).toBeGreaterThanOrEqual(0.2);
      expect(a.orificeDiameterMm).toBeLessThanOrEqual(5);
      expect(type.coneDeg).toContain(a.nominalConeDeg);
      expect(a.maxPressureBar).toBeGreaterThanOrEqual(a.refPressureBar);
    }
  });

  it("gives vendor SMDs within measurement noise of each family's correlation", () => {
    const withVendor = CATALOG.filter((a) => a.vendorSmdUm != null);
    expect(withVendor.length / CATALOG.length).toBeCloseTo(0.6, 1);
    // Vendor values clamped at the schema's 5000 µm (large solid streams) are left out.
    const logErrors = withVendor
      .filter((a) => a.vendorSmdUm! < 5000)
      .map((a) => {
        const flow = convertMlMinToM3s(a.refFlowMlMin);
        const free = { ...a, vendorSmdUm: null };
        const pressure = convertBarToPa(a.refPressureBar);
        const model = computeFamilySmd(free, WATER_SI, pressure, flow, a.nominalConeDeg, createSmdEnsemble());
        return Math.log(a.vendorSmdUm! / (model.smdM * 1e6));
      });
    const mean = logErrors.reduce((s, x) => s + x, 0) / logErrors.length;
    const sd = Math.sqrt(logErrors.reduce((s, x) => s + (x - mean) ** 2, 0) / logErrors.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(sd).toBeGreaterThan(0.08);
    expect(sd).toBeLessThan(0.12);
  });
});
