import { describe, expect, it } from "vitest";
import { diff } from "./service";

describe("diff", () => {
  it("lists only the fields whose value changed, old → new", () => {
    expect(diff({ name: "A", email: "a@x.test" }, { name: "B", email: "a@x.test" })).toEqual({ name: { from: "A", to: "B" } });
  });

  it("compares nested objects and arrays by value, not identity or key order", () => {
    const before = { fluid: { viscosityCp: 1, densityKgM3: 998 }, tags: ["a", "b"] };
    expect(diff(before, { fluid: { densityKgM3: 998, viscosityCp: 1 }, tags: ["a", "b"] })).toEqual({});
    expect(diff(before, { tags: ["a"] })).toEqual({ tags: { from: ["a", "b"], to: ["a"] } });
  });

  it("ignores fields left undefined in the patch but records a change to null", () => {
    expect(diff({ a: 1, b: "x" as string | null }, { a: undefined, b: null })).toEqual({ b: { from: "x", to: null } });
  });
});
