import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { actuators } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { seedCatalog } from "@/scripts/seed";
import { applySupplierPrices } from "./supplier-prices";

const page = (skus: string[], cents: number) =>
  skus.map((sku) => ({ sku, currency: "usd", unitPriceCents: cents, stock: 5, leadTimeDays: 3 }));

describe("supplier price pages", () => {
  it("two suppliers updating the same rows in opposite orders do not deadlock: their pages take turns", async () => {
    await seedCatalog();
    const skus = (await getDb().select({ sku: actuators.sku }).from(actuators).limit(40)).map((r) => r.sku);
    // Rows in table order; Coster starts from the back, so each holds what the other wants next.
    const [first, second] = [skus.slice(20), skus.slice(0, 20)];
    let costerStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      costerStarted = resolve;
    });
    // Coster takes the first rows, then (while Spencer is under way) the second ones...
    const coster = withSystemTx(async (tx) => {
      await applySupplierPrices(tx, "coster", page(first, 1_000), new Date());
      costerStarted();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return applySupplierPrices(tx, "coster", page(second, 1_000), new Date());
    });
    await started;
    // ...while Spencer wants the second rows first, then the first: without turns, a deadlock.
    const spencer = withSystemTx((tx) => applySupplierPrices(tx, "spencer", page([...second, ...first], 2_000), new Date()));
    const [costerResult, spencerResult] = await Promise.all([coster, spencer]);
    expect(costerResult.seen).toBe(second.length);
    expect(spencerResult.seen).toBe(skus.length);
  });
});
