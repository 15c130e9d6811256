import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { setEnterprisePlan } from "@/lib/billing/enterprise";
import { actorFor, createTenant } from "@/scripts/vitest/factories";
import { getTenantDetailForStaff } from "./tenant-detail";
import { listTenantsForStaff } from "./tenants";

async function staffMember() {
  const own = await createTenant({ company: `AeroSpec Ops ${randomUUID().slice(0, 6)}` });
  await withSystemTx((tx) => tx.update(users).set({ isStaff: true }).where(eq(users.id, own.ownerId)));
  return actorFor(own.tenantId, own.ownerId);
}

describe("the staff list of organizations", () => {
  it("staff find organizations by name with their plan, seats and MRR", async () => {
    const staff = await staffMember();
    const name = `Findable ${randomUUID().slice(0, 8)}`;
    const t = await createTenant({ company: name });
    await setEnterprisePlan(staff, t.tenantId, 300_000);
    const page = await listTenantsForStaff({ q: name.slice(-8), limit: 10 });
    expect(page.items).toEqual([
      expect.objectContaining({ id: t.tenantId, name, plan: "enterprise", status: "active", members: 1, mrrCents: 300_000 }),
    ]);
  });

  it("without a search, lists the newest organizations first", async () => {
    const t = await createTenant();
    const page = await listTenantsForStaff({ limit: 5 });
    expect(page.items[0]).toMatchObject({ id: t.tenantId, plan: "professional", status: "trialing", members: 1 });
  });
});

describe("one organization as staff see it", () => {
  it("counts members, configurations and procurements and lists its usage meters", async () => {
    const t = await createTenant();
    const detail = await getTenantDetailForStaff(t.tenantId);
    expect(detail).toMatchObject({ id: t.tenantId, members: 1, configurationsTotal: 0, procurements: { total: 0, byStatus: {} } });
    expect(detail.planChanges).toEqual([]);
    expect(detail.invoices).toEqual([]);
    expect(detail.usage).toHaveLength(4);
  });

  it("is a 404 for an organization that does not exist", async () => {
    await expect(getTenantDetailForStaff(randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });

  it("sorts by name in byte order and pages without repeats", async () => {
    const tag = `Zsort ${randomUUID().slice(0, 6)}`;
    const ids = [];
    for (const suffix of ["b", "a", "c"]) ids.push((await createTenant({ company: `${tag} ${suffix}` })).tenantId);
    const first = await listTenantsForStaff({ q: tag, sort: "name", limit: 2 });
    const second = await listTenantsForStaff({ q: tag, sort: "name", limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual([ids[1], ids[0], ids[2]]);
  });
});
