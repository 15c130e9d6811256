import { describe, expect, it } from "vitest";
import { revenueQuerySchema } from "./schemas";

describe("revenue query", () => {
  it("refuses a from after this month when to is left out (it would leave no months)", () => {
    const result = revenueQuerySchema.safeParse({ from: "2099-12" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["from"], message: "from must not be after to" })]);
  });

  it("refuses months outside 2000–2099, which Postgres would read as another year or not at all", () => {
    for (const month of ["0000-01", "0001-01", "8469-12", "1999-12"])
      expect(revenueQuerySchema.safeParse({ from: month, to: "2099-12" }).success).toBe(false);
    expect(revenueQuerySchema.parse({ from: "2026-01", to: "2026-03" })).toEqual({ from: "2026-01", to: "2026-03" });
  });
});
