import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { memberships, tenants, users } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { type AuditContext, diff, recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { cancelSubscriptionNow } from "@/lib/billing/lifecycle";
import type { PlanId } from "@/lib/billing/plans";
import { isLiveSubscription } from "@/lib/billing/predicates";
import { lockCustomer } from "@/lib/billing/sync";
import { AppError } from "@/lib/http/errors";
import { getTenant } from "./queries";
import type { UpdateTenantInput } from "./schemas";
import { slugify, slugWithSuffix } from "./slug";

// A tenant's life: created with its owner, settings changed, deleted with everything it owns.

type NewTenant = {
  id: string;
  name: string;
  ownerUserId: string;
  plan: PlanId;
  subscriptionStatus: "active" | "trialing";
  trialEndsAt: Date | null;
  billingEmail: string | null;
};

/** Inserts the tenant with a unique slug and makes the owner its first admin. */
export async function createTenant(tx: Tx, ctx: AuditContext, input: NewTenant): Promise<void> {
  let slug = slugify(input.name);
  for (let attempt = 0; ; attempt++) {
    try {
      // A savepoint, so a slug collision does not abort the surrounding transaction.
      await tx.transaction((sp) => sp.insert(tenants).values({ ...input, slug }));
      break;
    } catch (error) {
      if (!isUniqueViolation(error, "tenants_slug_unique") || attempt >= 5) throw error;
      slug = slugWithSuffix(input.name);
    }
  }
  await tx.insert(memberships).values({ tenantId: input.id, userId: input.ownerUserId, role: "admin" });
  await recordAudit(tx, ctx, {
    action: "tenant.create",
    resourceType: "tenant",
    resourceId: input.id,
    changes: { name: input.name, slug, plan: input.plan, status: input.subscriptionStatus },
  });
}

export async function updateTenant(ctx: ActorContext, input: UpdateTenantInput) {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const before = await getTenant(tx, tenantId);
    if (!before) throw new AppError("not_found", "Organization not found");
    const { procurementApprovalThreshold: threshold, ...rest } = input;
    const values = {
      ...rest,
      ...(threshold !== undefined && { procurementApprovalThreshold: threshold === null ? null : threshold.toFixed(2) }),
    };
    const [after] = await tx.update(tenants).set(values).where(eq(tenants.id, tenantId)).returning();
    const changes = diff(
      {
        name: before.name,
        billingEmail: before.billingEmail,
        procurementApprovalThreshold: before.procurementApprovalThreshold,
        shareFeedback: before.shareFeedback,
      },
      values,
    );
    // Starting or stopping to share moves the tenant's results into or out of every aggregate.
    if (input.shareFeedback !== undefined && input.shareFeedback !== before.shareFeedback) {
      await tx.execute(sql`select app_refresh_tenant_feedback_aggregates(${tenantId}::uuid)`);
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, auditContext(ctx), { action: "tenant.update", resourceType: "tenant", resourceId: tenantId, changes });
    }
    return after!;
  });
}

/**
 * Deletes the tenant and everything it owns (cascading foreign keys), plus the accounts of
 * members who belong to no other tenant. Only the owner may, after typing the exact name.
 * Cross-tenant by nature (it must see other memberships), hence the system transaction.
 */
export async function deleteTenant(ctx: ActorContext, confirmName: string): Promise<void> {
  const { tenantId, isOwner } = ctx.actor;
  if (!isOwner) throw new AppError("forbidden", "Only the organization's owner can delete it");
  const current = await withTenantTx(tenantId, (tx) => getTenant(tx, tenantId));
  if (current && current.name !== confirmName) throw confirmNameMismatch();
  // Stop billing first: if deleting then fails, the owner can retry; the reverse order could
  // leave a deleted organization still being charged.
  if (current && isLiveSubscription({ stripeSubscriptionId: current.stripeSubscriptionId, status: current.subscriptionStatus })) {
    await cancelSubscriptionNow(current.stripeSubscriptionId!);
  }
  await withSystemTx(async (tx) => {
    // Stripe's webhook for that cancellation takes the customer's lock, then the tenant's rows:
    // taking the same lock first makes it wait for the deletion (and then find no tenant)
    // instead of deadlocking with the cascade through billing_subscriptions.
    if (current?.stripeCustomerId) await lockCustomer(tx, current.stripeCustomerId);
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
    if (!tenant) throw new AppError("not_found", "Organization not found");
    if (confirmName !== tenant.name) throw confirmNameMismatch();
    const memberIds = (await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.tenantId, tenantId))).map(
      (m) => m.userId,
    );
    await tx.delete(tenants).where(eq(tenants.id, tenantId));
    if (memberIds.length > 0) {
      await tx
        .delete(users)
        .where(
          and(
            inArray(users.id, memberIds),
            notExists(tx.select({ one: sql`1` }).from(memberships).where(eq(memberships.userId, users.id))),
          ),
        );
    }
  });
}

function confirmNameMismatch(): AppError {
  return new AppError("validation_failed", "The name you typed does not match the organization's name", {
    details: [{ path: "confirmName", message: "Does not match" }],
  });
}

/** Locks the tenant row so seat checks and the writes they guard happen one at a time. */
export async function lockTenant(tx: Tx, tenantId: string) {
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
  if (!tenant) throw new AppError("not_found", "Organization not found");
  return tenant;
}
