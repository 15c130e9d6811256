import { describe, expect, it } from "vitest";
import { sendOptionsOf } from "./worker";

describe("send options", () => {
  it("debounces recalibration per tenant: one waiting job per tenant, started a minute later", () => {
    const options = sendOptionsOf("ml.recalibrate", { tenantId: "t-1" }, "job-1");
    expect(options).toMatchObject({ id: "job-1", singletonKey: "t-1", startAfter: 60 });
  });

  it("sends other jobs at once, one per outbox row", () => {
    const options = sendOptionsOf("procurement.place_order", { tenantId: "t-1", procurementId: "p" }, "job-2");
    expect(options.id).toBe("job-2");
    expect(options.singletonKey).toBeUndefined();
    expect(options.startAfter).toBeUndefined();
  });
});
