import { describe, expect, it } from "vitest";
import { describePlan } from "./plan-description";
import { PLANS } from "./plans";

describe("the one description of a plan", () => {
  it("says what Starter lacks instead of ticking a zero", () => {
    const items = describePlan(PLANS.starter);
    expect(items).toContainEqual({ label: "No API calls per month", included: false });
    expect(items).toContainEqual({ label: "1 team member", included: true });
    expect(items).toContainEqual({ label: "Safety data sheet parsing", included: false });
  });

  it("counts Professional's seats and names its discount", () => {
    const labels = describePlan(PLANS.professional).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(["Up to 5 team members", "10,000 API calls per month", "5% off sample orders"]));
  });

  it("never uses a plural for one", () => {
    for (const plan of Object.values(PLANS)) {
      for (const { label } of describePlan(plan)) expect(label).not.toMatch(/^1 \S+s\b/);
    }
  });
});
