import { describe, expect, it } from "vitest";
import { capturePolicy } from "./capture";

describe("when an order's payment is captured", () => {
  it.each([
    [0, 2, "receipt"],
    [4, 2, "receipt"],
    [5, 2, "shipment"],
    [1, 5, "receipt"],
    [2, 5, "shipment"],
    [null, 2, "shipment"],
  ] as const)("lead time %s days, %s days to confirm receipt: at %s", (lead, confirmDays, expected) => {
    // Stripe holds an authorisation 7 days; delivery plus the confirmation window must fit, with a day to spare.
    expect(capturePolicy(lead, confirmDays)).toBe(expected);
  });
});
