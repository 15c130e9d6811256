import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { afterCursor, cursorTimestamp, encodeCursor, escapeLike } from "@/db/keyset";
import { billingSubscriptions, mrrMovements, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import type { ActorContext } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/service";
import { parseCursor } from "@/lib/http/cursor";
import { AppError } from "@/lib/http/errors";
import type { ListTenantsInput } from "./schemas";
import { classifyMovement } from "./sync";
import { hasEnterpriseAgreement } from "./predicates";

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
      throw new AppError("conflict", `${tenant.name} pays for a plan through Stripe. Cancel that subscription before moving it to Enterprise.`);
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

/** GET /api/admin/tenants: every organization with plan, status, seats and current MRR. */
export async function listTenantsForStaff(input: ListTenantsInput) {
  return withSystemTx((tx) => listStaffTenantsPage(tx, input));
}

/** One page of the staff list, newest first; `db` must see every tenant (the system role). */
export async function listStaffTenantsPage(db: DbOrTx, input: ListTenantsInput) {
  const filters = [];
  if (input.q) filters.push(or(ilike(tenants.name, `%${escapeLike(input.q)}%`), ilike(tenants.slug, `%${escapeLike(input.q)}%`)));
  if (input.cursor) filters.push(afterCursor(tenants.createdAt, tenants.id, parseCursor(input.cursor)));
  const rows = await db
    .select({
      id: tenants.id,
      name: tenants.name,
      slug: tenants.slug,
      plan: tenants.plan,
      status: tenants.subscriptionStatus,
      trialEndsAt: tenants.trialEndsAt,
      createdAt: tenants.createdAt,
      at: cursorTimestamp(tenants.createdAt),
      // Written out in full: inside a one-table select Drizzle leaves column names unqualified.
      members: sql<number>`(select count(*)::int from memberships m where m.tenant_id = tenants.id)`,
      mrrCents: sql<string>`coalesce((select mm.mrr_cents from mrr_movements mm where mm.tenant_id = tenants.id
        order by mm.occurred_at desc, mm.created_at desc limit 1), 0)::text`,
    })
    .from(tenants)
    .where(and(...filters))
    .orderBy(desc(tenants.createdAt), desc(tenants.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((tenant) => ({
      id: tenant.id,
      name: tenant.name,
      slug: tenant.slug,
      plan: tenant.plan,
      status: tenant.status,
      trialEndsAt: tenant.trialEndsAt?.toISOString() ?? null,
      members: tenant.members,
      mrrCents: Number(tenant.mrrCents),
      createdAt: tenant.createdAt.toISOString(),
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.at, id: last.id }) : null,
  };
}
