import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actuators } from "@/db/schema";
import { FLUID_SEEDS } from "@/db/seed/fluids";
import { withTenantTx } from "@/db/tenant";
import { actuatorSchema, fluidSchema } from "@/lib/prediction/schemas";
import { seedCatalog } from "@/scripts/seed";
import { createTenant } from "@/scripts/vitest/factories";
import { listActuators, listFluids } from "./queries";
import { listActuatorsSchema, listFluidsSchema } from "./schemas";

const list = (input: Record<string, string>) => listActuators(getDb(), listActuatorsSchema.parse(input));

beforeAll(async () => {
  await seedCatalog();
});

describe("catalog seed", () => {
  it("seeds 200 actuators once, every one valid for the prediction engine", async () => {
    expect(await seedCatalog()).toEqual({ fluids: FLUID_SEEDS.length, actuators: 200 });
    const rows = await getDb().select().from(actuators);
    for (const row of rows) {
      const parsed = actuatorSchema.safeParse(row);
      expect(parsed.success, `${row.sku}: ${parsed.error?.message}`).toBe(true);
    }
    expect(new Set(rows.map((r) => r.supplier))).toEqual(new Set(["spencer", "coster"]));
  });

  it.each(FLUID_SEEDS.map((f) => [f.slug, f] as const))("library fluid %s is inside the engine's validated ranges", (_slug, fluid) => {
    expect(fluidSchema.safeParse(fluid).success).toBe(true);
  });

  it("the catalog is read-only for the application role", async () => {
    const t = await createTenant();
    await expect(withTenantTx(t.tenantId, (tx) => tx.delete(actuators))).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "42501" }),
    });
  });
});

describe("listing actuators", () => {
  it("pages through the whole catalog in SKU order", async () => {
    const skus: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ limit: "60", ...(cursor ? { cursor } : {}) });
      skus.push(...page.items.map((i) => i.sku));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(skus).toHaveLength(200);
    expect([...skus].sort()).toEqual(skus);
  });

  it("filters by supplier, spray type, orifice, pressure, price and stock", async () => {
    const page = await list({
      supplier: "coster",
      sprayType: "full_cone",
      orificeMinMm: "0.5",
      orificeMaxMm: "3",
      minPressureBar: "10",
      maxPriceUsd: "20",
      inStock: "true",
      limit: "200",
    });
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item).toMatchObject({ supplier: "coster", sprayType: "full_cone" });
      expect(item.sku.startsWith("COST-")).toBe(true);
      expect(item.orificeDiameterMm).toBeGreaterThanOrEqual(0.5);
      expect(item.orificeDiameterMm).toBeLessThanOrEqual(3);
      expect(item.maxPressureBar).toBeGreaterThanOrEqual(10);
      expect(Number(item.priceUsd)).toBeLessThanOrEqual(20);
      expect(item.stockUnits).toBeGreaterThan(0);
    }
  });

  it("finds SKUs by a fragment, treating wildcards literally", async () => {
    expect((await list({ q: "SPENC" })).items.every((i) => i.sku.startsWith("SPENC-"))).toBe(true);
    expect((await list({ q: "%" })).items).toEqual([]);
  });
});

describe("listing fluids", () => {
  it("searches by name and filters by category", async () => {
    const glycerol = await listFluids(getDb(), listFluidsSchema.parse({ q: "glycerol" }));
    expect(glycerol.map((f) => f.slug)).toEqual(expect.arrayContaining(["glycerol-water-20", "glycerol-water-90"]));
    const coatings = await listFluids(getDb(), listFluidsSchema.parse({ category: "coating" }));
    expect(coatings.length).toBeGreaterThan(0);
    expect(coatings.every((f) => f.category === "coating")).toBe(true);
  });
});
