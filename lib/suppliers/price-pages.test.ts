import { describe, expect, it } from "vitest";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { createSupplierClient } from "./client";

// 2,500 SKUs: three pages of 1,000 for whoever carries them all.
const catalog = Array.from({ length: 2500 }, (_, i) => ({
  sku: `BULK-${String(i).padStart(5, "0")}`,
  supplier: i % 2 === 0 ? ("spencer" as const) : ("coster" as const),
  orificeDiameterMm: 0.5 + (i % 40) / 10,
}));
const harness = setupSupplierSimulator(catalog);

describe.each(["spencer", "coster"] as const)("%s bulk price pages", (supplier) => {
  it("cover every SKU the supplier carries exactly once", async () => {
    const baseUrl = supplier === "spencer" ? process.env.SPENCER_API_URL! : process.env.COSTER_API_URL!;
    const apiKey = supplier === "spencer" ? process.env.SPENCER_API_KEY! : process.env.COSTER_API_KEY!;
    const client = createSupplierClient({ supplier, baseUrl, apiKey });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await client.listPrices(cursor);
      pages++;
      expect(page.items.length).toBeLessThanOrEqual(1000);
      for (const item of page.items) {
        expect(item).toMatchObject({
          currency: "USD",
          unitPriceCents: expect.any(Number),
          stock: expect.any(Number),
          leadTimeDays: expect.any(Number),
        });
        seen.push(item.sku);
      }
      cursor = page.next;
    } while (cursor !== null);
    const carried = harness.simulator.offers(supplier).map((offer) => offer.sku);
    expect(carried.length).toBeGreaterThan(1250);
    expect(seen).toEqual(carried);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(carried.length / 1000));
    // Its own SKUs all, about half of the other distributor's.
    expect(carried.filter((sku) => Number(sku.slice(5)) % 2 === (supplier === "spencer" ? 0 : 1))).toHaveLength(1250);
  });
});

it("offers are the same on every run of the same catalog", async () => {
  const before = harness.simulator.offers("coster");
  await harness.simulator.reset();
  expect(harness.simulator.offers("coster")).toEqual(before);
});
