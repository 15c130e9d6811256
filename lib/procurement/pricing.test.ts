import { describe, expect, it } from "vitest";
import type { SupplierQuote } from "@/lib/suppliers/schemas";
import { amountForReceived, markOffers, offerFromQuote, offersExpireAt, type QuotedOffer, type SupplierOffer, totalsOf } from "./pricing";

const NOW = new Date("2026-12-02T10:00:00Z");

function quote(overrides: Partial<SupplierQuote> = {}): SupplierQuote {
  return {
    supplier: "spencer",
    quoteId: "q1",
    currency: "USD",
    lines: [
      {
        sku: "SP-HC-0001",
        quantity: 10,
        listUnitPriceCents: 1_250,
        unitPriceCents: 1_125,
        lineTotalCents: 11_250,
        availability: "in_stock",
        stock: 40,
        leadTimeDays: 3,
      },
    ],
    subtotalCents: 11_250,
    taxCents: 900,
    shippingCents: 1_500,
    totalCents: 13_650,
    leadTimeDays: 3,
    availability: "in_stock",
    validUntil: new Date("2026-12-02T10:15:00Z"),
    ...overrides,
  };
}

describe("order totals", () => {
  it("takes the plan's discount off the subtotal and the tax on what is left", () => {
    // 5% of $112.50 is $5.63 (half up); tax 8% of $106.87 is $8.55.
    expect(totalsOf(11_250, 500, { taxCents: 900, shippingCents: 1_500 })).toEqual({
      subtotalCents: 11_250,
      discountBps: 500,
      discountCents: 563,
      taxCents: 855,
      shippingCents: 1_500,
      totalCents: 10_687 + 855 + 1_500,
    });
  });

  it("keeps the supplier's figures when there is no discount", () => {
    expect(totalsOf(11_250, 0, { taxCents: 900, shippingCents: 1_500 }).totalCents).toBe(13_650);
  });

  it("prices an empty subtotal at the shipping alone", () => {
    expect(totalsOf(0, 1_000, { taxCents: 0, shippingCents: 700 }).totalCents).toBe(700);
  });
});

describe("offers", () => {
  it("states the total in units and the delivery in words and as a date", () => {
    const offer = offerFromQuote(quote(), 0, NOW);
    expect(offer).toMatchObject({
      total: "136.50",
      delivery: "3 days",
      expectedDeliveryDate: "2026-12-05",
      validUntil: "2026-12-02T10:15:00.000Z",
    });
  });

  it("marks the cheapest and the fastest of the suppliers that carry every line", () => {
    const spencer = offerFromQuote(quote(), 0, NOW);
    const coster = offerFromQuote(
      quote({
        supplier: "coster",
        quoteId: "q2",
        subtotalCents: 10_000,
        taxCents: 800,
        totalCents: 12_300,
        leadTimeDays: 9,
        availability: "backorder",
      }),
      0,
      NOW,
    );
    const [s, c] = markOffers([spencer, coster]) as QuotedOffer[];
    expect(s!.marks).toEqual({ cheapest: false, fastest: true, allInStock: true });
    expect(c!.marks).toEqual({ cheapest: true, fastest: false, allInStock: false });
  });

  it("does not call a supplier cheapest when it cannot deliver a line", () => {
    const partial = quote({ supplier: "coster", subtotalCents: 100, taxCents: 0, shippingCents: 0, totalCents: 100 });
    partial.lines = [
      { ...partial.lines[0]!, availability: "unavailable", unitPriceCents: null, listUnitPriceCents: null, lineTotalCents: 0 },
    ];
    const failed: SupplierOffer = {
      supplier: "spencer",
      name: "Spencer",
      status: "error",
      error: { kind: "timeout", message: "no answer" },
    };
    const [c, s] = markOffers([offerFromQuote(partial, 0, NOW), failed]);
    expect(c).toMatchObject({ marks: { cheapest: false, fastest: false } });
    expect(s).toBe(failed);
  });

  it("expires with the earliest quote", () => {
    const a = offerFromQuote(quote(), 0, NOW);
    const b = offerFromQuote(quote({ validUntil: new Date("2026-12-02T10:05:00Z") }), 0, NOW);
    expect(offersExpireAt([a, b])).toEqual(new Date("2026-12-02T10:05:00Z"));
    expect(
      offersExpireAt([{ supplier: "coster", name: "Coster", status: "error", error: { kind: "unavailable", message: "down" } }]),
    ).toBeNull();
  });
});

describe("a short delivery", () => {
  const items = [
    { sku: "A", qty: 10, unitPrice: "2.00" },
    { sku: "B", qty: 5, unitPrice: "4.00" },
  ];

  it("costs the share of the line value that arrived", () => {
    // $40 of $40 ordered → all; 5 of A missing is $10 of $40 → 75% of the total.
    expect(amountForReceived(4_500, items, {})).toBe(4_500);
    expect(amountForReceived(4_500, items, { A: 10, B: 5 })).toBe(4_500);
    expect(amountForReceived(4_500, items, { A: 5 })).toBe(3_375);
    expect(amountForReceived(4_500, items, { A: 0, B: 0 })).toBe(0);
  });

  it("never charges more than the order, whatever quantities are claimed", () => {
    expect(amountForReceived(4_500, items, { A: 99 })).toBe(4_500);
  });
});
