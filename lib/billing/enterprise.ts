import { desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { billingSubscriptions, mrrMovements, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import type { ActorContext } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { hasEnterpriseAgreement } from "./predicates";
import { classifyMovement } from "./sync";

// Enterprise is sold by sales at a custom price and invoiced outside Stripe Checkout: AeroSpec
// staff move an organization onto it (and off it) here. Cross-tenant by nature: system role.

async function latestMrr(tx: Tx, tenantId: string): Promise<{ mrr: number; any: boolean }> {
  const [row] = await tx
    .select({ mrr: mrrMovements.mrrCents })
    .from(mrrMovements)
    .where(eq(mrrMovements.tenantId, tenantId))
    .orderBy(desc(mrrMovements.occurredAt), desc(mrrMovements.createdAt))
    .limit(1);
  return { mrr: row?.mrr ?? 0, any: row !== undefined };
}

async function lockTenantForStaff(tx: Tx, tenantId: string) {
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
  if (!tenant) throw new AppError("not_found", "Organization not found");
  const [sub] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, tenantId));
  const paysThroughStripe = Boolean(sub?.stripeSubscriptionId) && sub?.status !== "canceled";
  return { tenant, paysThroughStripe };
}

function staffAudit(ctx: ActorContext, tenantId: string) {
  return { tenantId, userId: ctx.actor.userId, ip: ctx.meta.ip, userAgent: ctx.meta.userAgent, requestId: ctx.meta.requestId };
}

/** PUT /api/admin/tenants/:id/plan: Enterprise at a custom monthly price, active at once. */
export async function setEnterprisePlan(ctx: ActorContext, tenantId: string, monthlyAmountCents: number): Promise<void> {
  await withSystemTx(async (tx) => {
    const { tenant, paysThroughStripe } = await lockTenantForStaff(tx, tenantId);
    if (paysThroughStripe) {
      throw new AppError(
        "conflict",
        `${tenant.name} pays for a plan through Stripe. Cancel that subscription before moving it to Enterprise.`,
      );
    }
    const previous = await latestMrr(tx, tenantId);
    await tx.update(tenants).set({ plan: "enterprise", subscriptionStatus: "active" }).where(eq(tenants.id, tenantId));
    if (previous.mrr !== monthlyAmountCents) {
      await tx.insert(mrrMovements).values({
        tenantId,
        kind: classifyMovement(previous.mrr, monthlyAmountCents, previous.any),
        plan: "enterprise",
        status: "active",
        mrrCents: monthlyAmountCents,
        previousMrrCents: previous.mrr,
        occurredAt: new Date(),
      });
    }
    await recordAudit(tx, staffAudit(ctx, tenantId), {
      action: "billing.enterprise_set",
      resourceType: "tenant",
      resourceId: tenantId,
      changes: { plan: { from: tenant.plan, to: "enterprise" }, monthlyAmountCents },
    });
  });
}

/** DELETE /api/admin/tenants/:id/plan: ends an Enterprise agreement; the tenant is read-only until it subscribes. */
export async function endEnterprisePlan(ctx: ActorContext, tenantId: string): Promise<void> {
  await withSystemTx(async (tx) => {
    const { tenant } = await lockTenantForStaff(tx, tenantId);
    if (!hasEnterpriseAgreement({ plan: tenant.plan, status: tenant.subscriptionStatus })) {
      throw new AppError("conflict", `${tenant.name} has no Enterprise agreement to end`);
    }
    const previous = await latestMrr(tx, tenantId);
    await tx.update(tenants).set({ subscriptionStatus: "canceled" }).where(eq(tenants.id, tenantId));
    if (previous.mrr > 0) {
      await tx.insert(mrrMovements).values({
        tenantId,
        kind: "churn",
        plan: "enterprise",
        status: "canceled",
        mrrCents: 0,
        previousMrrCents: previous.mrr,
        occurredAt: new Date(),
      });
    }
    await recordAudit(tx, staffAudit(ctx, tenantId), {
      action: "billing.enterprise_end",
      resourceType: "tenant",
      resourceId: tenantId,
      changes: { status: { from: tenant.subscriptionStatus, to: "canceled" } },
    });
  });
}
