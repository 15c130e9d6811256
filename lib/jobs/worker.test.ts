import { describe, expect, it } from "vitest";
import { toInsert } from "./worker";

describe("queue rows", () => {
  it("debounces recalibration per tenant: one waiting job per tenant, started a minute later", () => {
    const job = toInsert({ topic: "ml.recalibrate", payload: { tenantId: "t-1" }, id: "job-1" });
    expect(job).toMatchObject({ id: "job-1", name: "ml.recalibrate", singletonKey: "t-1", startAfter: "60" });
  });

  it("sends other jobs at once, one per outbox row", () => {
    const job = toInsert({ topic: "procurement.place_order", payload: { tenantId: "t-1", procurementId: "p" }, id: "job-2" });
    expect(job.id).toBe("job-2");
    expect(job.singletonKey).toBeUndefined();
    expect(job.startAfter).toBeUndefined();
  });
});
