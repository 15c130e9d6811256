import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actuators } from "@/db/schema";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { seedCatalog } from "@/scripts/seed";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { listSyncRuns, syncAllSuppliers } from "./sync";

const catalog = generateCatalog(200, 2026);
const harness = setupSupplierSimulator(catalog);
const SKU = catalog[0]!.sku;

beforeAll(async () => {
  await seedCatalog();
});

const row = async () => (await getDb().select().from(actuators).where(eq(actuators.sku, SKU)))[0]!;

describe("supplier sync", () => {
  it("pulls both suppliers' price lists in bulk into the catalog and records each run", async () => {
    harness.simulator.setOffer("coster", { sku: SKU, listPriceCents: 4_321, stock: 77, leadDays: 9 });
    const [spencer, coster] = await syncAllSuppliers("staff");
    expect(spencer).toMatchObject({ supplier: "spencer", status: "succeeded", trigger: "staff", error: null });
    expect(coster).toMatchObject({ supplier: "coster", status: "succeeded", pages: 1 });
    expect(coster!.rowsSeen).toBe(harness.simulator.offers("coster").length);
    expect(coster!.rowsChanged).toBeGreaterThan(0);
    const synced = await row();
    expect(synced).toMatchObject({ costerPriceUsd: "43.21", costerStockUnits: 77, costerLeadDays: 9 });
    expect(synced.costerLastSynced?.getTime()).toBe(coster!.startedAt.getTime());
    // Nothing moved since: a second run changes nothing.
    const [, again] = await syncAllSuppliers("schedule");
    expect(again).toMatchObject({ status: "succeeded", rowsChanged: 0 });
    // Page requests, not one per SKU.
    expect(harness.simulator.requests("coster").length).toBeLessThanOrEqual(4);
  });

  it("a supplier that is down fails its run and leaves its previous values; the other still syncs", async () => {
    await syncAllSuppliers("schedule");
    const before = await row();
    harness.simulator.setOffer("coster", { sku: SKU, listPriceCents: 9_999, stock: 1, leadDays: 30 });
    await harness.simulator.setFault("coster", { kind: "refused" });
    const [spencer, coster] = await syncAllSuppliers("schedule");
    expect(spencer!.status).toBe("succeeded");
    expect(coster).toMatchObject({ status: "failed", error: expect.stringMatching(/coster/) });
    const after = await row();
    expect(after).toMatchObject({ costerPriceUsd: before.costerPriceUsd, costerLastSynced: before.costerLastSynced });
    expect((await listSyncRuns(2)).map((r) => r.status).sort()).toEqual(["failed", "succeeded"]);
  });
});
