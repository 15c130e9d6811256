import { describe, expect, it } from "vitest";
import { listAuditLogsSchema } from "./schemas";

describe("audit log filters", () => {
  it("refuses a date in the year 0, which Postgres cannot store, naming the field", () => {
    const result = listAuditLogsSchema.safeParse({ from: "0000-02-29" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["from"], message: "from must be a date from the year 1 on" });
  });

  it("takes ordinary and early dates", () => {
    expect(listAuditLogsSchema.parse({ from: "0001-01-01", to: "2026-12-01" })).toMatchObject({ from: "0001-01-01", to: "2026-12-01" });
  });
});
