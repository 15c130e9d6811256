import { describe, expect, it } from "vitest";
import { withTenantTx } from "@/db/tenant";
import type { AppError } from "@/lib/http/errors";
import { inviteMember } from "@/lib/tenants/invitations";
import { createTenant, uniqueEmail } from "@/scripts/vitest/factories";
import { consumeQuota, countUsage, listUsageMeters } from "./usage";

describe("usage counting", () => {
  it("counts seats as members plus pending invitations", async () => {
    const { tenantId, owner } = await createTenant({ plan: "professional" });
    await inviteMember(owner, { email: uniqueEmail(), role: "user" });
    expect(await withTenantTx(tenantId, (tx) => countUsage(tx, tenantId, "max_users"))).toBe(2);
  });

  it("stops a metered limit exactly at the allowance, even under concurrent use", async () => {
    const { tenantId } = await createTenant({ plan: "starter" });
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, () => withTenantTx(tenantId, (tx) => consumeQuota(tx, tenantId, "starter", "export_requests_per_day"))),
    );
    const refused = attempts.filter((a) => a.status === "rejected");
    expect(attempts.length - refused.length).toBe(5);
    for (const r of refused) {
      const error = (r as PromiseRejectedResult).reason as AppError;
      expect([error.status, error.code]).toEqual([402, "plan_limit"]);
      expect(error.details[0]).toMatchObject({ limit: "export_requests_per_day", allowed: 5, usage: 5, upgradeTo: "professional" });
    }
    expect(await withTenantTx(tenantId, (tx) => countUsage(tx, tenantId, "export_requests_per_day"))).toBe(5);
  });

  it("refuses any API call on a plan without API access", async () => {
    const { tenantId } = await createTenant({ plan: "starter" });
    const call = withTenantTx(tenantId, (tx) => consumeQuota(tx, tenantId, "starter", "api_calls_per_month"));
    await expect(call).rejects.toMatchObject({ code: "plan_limit" });
    expect(await withTenantTx(tenantId, (tx) => countUsage(tx, tenantId, "api_calls_per_month"))).toBe(0);
  });

  it("counts per period: yesterday's exports do not count today", async () => {
    const { tenantId } = await createTenant({ plan: "starter" });
    const yesterday = new Date(Date.now() - 86_400_000);
    await withTenantTx(tenantId, (tx) => consumeQuota(tx, tenantId, "starter", "export_requests_per_day", yesterday));
    expect(await withTenantTx(tenantId, (tx) => countUsage(tx, tenantId, "export_requests_per_day"))).toBe(0);
  });

  it("reports every limit of the plan with its usage", async () => {
    const { tenantId } = await createTenant({ plan: "professional" });
    const meters = await withTenantTx(tenantId, (tx) => listUsageMeters(tx, tenantId, "professional"));
    expect(meters.map((m) => [m.limit, m.used, m.allowed])).toEqual([
      ["api_calls_per_month", 0, 10_000],
      ["configurations_per_month", 0, -1],
      ["export_requests_per_day", 0, 50],
      ["max_users", 1, 5],
    ]);
  });
});
