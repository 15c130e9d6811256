import { describe, expect, it } from "vitest";
import { toCreditBalance } from "./credit";

describe("toCreditBalance", () => {
  it("reads Stripe's negative balance as credit in the customer's favour", () => {
    expect(toCreditBalance({ balance: -74_193, currency: "usd" })).toEqual({ creditCents: 74_193, debitCents: 0, currency: "usd" });
  });

  it("reads a positive balance as an amount owed on the next invoice", () => {
    expect(toCreditBalance({ balance: 1_250, currency: "eur" })).toEqual({ creditCents: 0, debitCents: 1_250, currency: "eur" });
  });

  it("is zero both ways for a new customer without a currency yet", () => {
    expect(toCreditBalance({ balance: 0, currency: null })).toEqual({ creditCents: 0, debitCents: 0, currency: "usd" });
  });
});
