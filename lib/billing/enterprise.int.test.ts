import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLogs, mrrMovements, users } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { getMonthlyRevenue } from "@/lib/platform/revenue";
import { actorFor, createTenant } from "@/scripts/vitest/factories";
import { payCheckout, setupStripeEmulator } from "@/scripts/vitest/stripe";
import { getBillingAccess } from "./access";
import { endEnterprisePlan, setEnterprisePlan } from "./enterprise";
import { startSubscriptionCheckout } from "./service";
import { countUsage } from "./usage";

const stripe = setupStripeEmulator();

async function staffMember() {
  const own = await createTenant({ company: `AeroSpec Ops ${randomUUID().slice(0, 6)}` });
  await withSystemTx((tx) => tx.update(users).set({ isStaff: true }).where(eq(users.id, own.ownerId)));
  return actorFor(own.tenantId, own.ownerId);
}

const movements = (tenantId: string) =>
  withSystemTx((tx) => tx.select().from(mrrMovements).where(eq(mrrMovements.tenantId, tenantId)).orderBy(mrrMovements.createdAt));

describe("enterprise agreements", () => {
  it("staff move a trialing organization to Enterprise at a custom price: unlimited, active, counted in MRR, audited", async () => {
    const staff = await staffMember();
    const t = await createTenant();
    await setEnterprisePlan(staff, t.tenantId, 800_000);
    const member = await actorFor(t.tenantId, t.ownerId);
    expect(member.actor).toMatchObject({ plan: "enterprise", subscriptionStatus: "active" });
    expect(getBillingAccess(member.actor).readOnly).toBe(false);
    expect((await movements(t.tenantId)).map((m) => [m.kind, m.mrrCents])).toEqual([["new", 800_000]]);
    const [audit] = await withTenantTx(t.tenantId, (tx) =>
      tx
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.tenantId, t.tenantId), eq(auditLogs.action, "billing.enterprise_set"))),
    );
    expect(audit).toMatchObject({ userId: staff.actor.userId, changes: { monthlyAmountCents: 800_000 } });

    const month = new Date().toISOString().slice(0, 7);
    const [current] = await getMonthlyRevenue({ from: month, to: month });
    expect(current!.mrrCents).toBeGreaterThanOrEqual(800_000);
    expect(current!.newCents).toBeGreaterThanOrEqual(800_000);

    await setEnterprisePlan(staff, t.tenantId, 1_000_000);
    expect((await movements(t.tenantId)).map((m) => m.kind)).toEqual(["new", "expansion"]);
  });

  it("ending the agreement churns the revenue and makes the organization read-only; nothing is deleted", async () => {
    const staff = await staffMember();
    const t = await createTenant();
    await setEnterprisePlan(staff, t.tenantId, 500_000);
    await endEnterprisePlan(staff, t.tenantId);
    const member = await actorFor(t.tenantId, t.ownerId);
    expect(getBillingAccess(member.actor)).toEqual({ readOnly: true, reason: "canceled" });
    expect((await movements(t.tenantId)).map((m) => [m.kind, m.mrrCents, m.previousMrrCents])).toEqual([
      ["new", 500_000, 0],
      ["churn", 0, 500_000],
    ]);
    expect(await withTenantTx(t.tenantId, (tx) => countUsage(tx, t.tenantId, "max_users"))).toBe(1);
    await expect(endEnterprisePlan(staff, t.tenantId)).rejects.toMatchObject({ code: "conflict" });
  });

  it("an organization paying through Stripe must cancel that first (409); an unknown one is 404", async () => {
    const staff = await staffMember();
    const t = await createTenant();
    const { url } = await startSubscriptionCheckout(t.owner, "starter");
    await payCheckout(url);
    await stripe.emulator.idle();
    await expect(setEnterprisePlan(staff, t.tenantId, 500_000)).rejects.toMatchObject({ code: "conflict" });
    await expect(setEnterprisePlan(staff, randomUUID(), 500_000)).rejects.toMatchObject({ code: "not_found" });
  });
});
