import { describe, expect, it } from "vitest";
import { describeChanges, humanizeField } from "./changes";

describe("audit changes as a person reads them", () => {
  it("names fields in words", () => {
    expect(humanizeField("billingEmail")).toBe("Billing email");
    expect(humanizeField("fluid.viscosityCp")).toBe("Fluid viscosity cp");
  });

  it("lists old → new per field, and only the nested keys that changed", () => {
    const lines = describeChanges({
      name: { from: "Primer", to: "Primer v2" },
      fluid: { from: { viscosityCp: 1, densityKgM3: 998 }, to: { viscosityCp: 12, densityKgM3: 998 } },
      tags: { from: [], to: ["coating", "line-3"] },
    });
    expect(lines).toEqual([
      { field: "Name", from: "Primer", to: "Primer v2" },
      { field: "Fluid viscosity cp", from: "1", to: "12" },
      { field: "Tags", from: "none", to: "coating, line-3" },
    ]);
  });

  it("shows plain facts as field and value, and nothing for no changes", () => {
    expect(describeChanges({ ended: 2, plan: "starter" })).toEqual([
      { field: "Ended", to: "2" },
      { field: "Plan", to: "starter" },
    ]);
    expect(describeChanges(null)).toEqual([]);
  });
});
