import { describe, expect, it } from "vitest";
import { getBillingAccess, readOnlyMessage, trialDaysLeft } from "./access";

const NOW = new Date("2026-11-22T12:00:00Z");

describe("billing access", () => {
  it.each([
    ["active", null, false, null],
    ["trialing", "2026-11-30T00:00:00Z", false, null],
    ["trialing", "2026-11-22T11:59:59Z", true, "trial_ended"],
    ["past_due", null, true, "past_due"],
    ["canceled", null, true, "canceled"],
  ] as const)("a %s tenant (trial end %s) is read-only: %s", (status, trialEndsAt, readOnly, reason) => {
    expect(getBillingAccess({ subscriptionStatus: status, trialEndsAt }, NOW)).toEqual({ readOnly, reason });
  });

  it("says why and what to do", () => {
    expect(readOnlyMessage("past_due")).toMatch(/read-only.*Pay the open invoice in Settings → Billing/);
  });

  it("counts trial days left, rounding up", () => {
    expect(trialDaysLeft({ subscriptionStatus: "trialing", trialEndsAt: "2026-11-23T13:00:00Z" }, NOW)).toBe(2);
    expect(trialDaysLeft({ subscriptionStatus: "trialing", trialEndsAt: "2026-11-01T00:00:00Z" }, NOW)).toBe(0);
    expect(trialDaysLeft({ subscriptionStatus: "active", trialEndsAt: null }, NOW)).toBeNull();
  });
});
