import { describe, expect, it } from "vitest";
import { hasEnterpriseAgreement, isLiveSubscription, isSelfServe, stripeId } from "./predicates";

describe("billing predicates", () => {
  it("stripeId reads an id whether the reference came expanded or not", () => {
    expect(stripeId("cus_123")).toBe("cus_123");
    expect(stripeId({ id: "cus_123" })).toBe("cus_123");
    expect(stripeId(null)).toBeNull();
  });

  it("only Enterprise is not sold online", () => {
    expect(["starter", "professional", "enterprise"].map((p) => isSelfServe(p as "starter"))).toEqual([true, true, false]);
  });

  it("a subscription is live while it exists in Stripe and is not canceled", () => {
    expect(isLiveSubscription({ stripeSubscriptionId: "sub_1", status: "past_due" })).toBe(true);
    expect(isLiveSubscription({ stripeSubscriptionId: "sub_1", status: "canceled" })).toBe(false);
    expect(isLiveSubscription({ stripeSubscriptionId: null, status: "active" })).toBe(false);
    expect(isLiveSubscription(null)).toBe(false);
  });

  it("an Enterprise agreement can be ended until it is canceled", () => {
    expect(hasEnterpriseAgreement({ plan: "enterprise", status: "active" })).toBe(true);
    expect(hasEnterpriseAgreement({ plan: "enterprise", status: "canceled" })).toBe(false);
    expect(hasEnterpriseAgreement({ plan: "professional", status: "active" })).toBe(false);
  });
});
