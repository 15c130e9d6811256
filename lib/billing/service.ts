import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { z } from "zod";
import { billingSubscriptions, tenants } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type Actor, type ActorContext, auditContext } from "@/lib/auth/actor";
import { getSessionState } from "@/lib/auth/service";
import { AppError } from "@/lib/http/errors";
import { appLink } from "@/lib/http/request";
import { countOf, LIMIT_LABELS, type LimitName, PLANS, type PlanId, UNLIMITED } from "./plans";
import { isLiveSubscription, isSelfServe, stripeId } from "./predicates";
import { getSubscriptionOverview } from "./queries";
import type { subscriptionOverviewSchema } from "./response-schemas";
import { getPlanPriceId, getStripe } from "./stripe";
import { applySubscription, lockCustomer } from "./sync";
import { countUsage } from "./usage";

const billingUrl = (ctx: ActorContext, query: string) => appLink(ctx.meta, `/settings/billing?${query}`);

type Subscription = typeof billingSubscriptions.$inferSelect;

async function getSubscriptionRow(tenantId: string): Promise<Subscription | null> {
  return withTenantTx(tenantId, async (tx) => {
    const [row] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, tenantId));
    return row ?? null;
  });
}

/** The tenant's live subscription, or 409 when there is none to change. */
async function requireLiveSubscription(tenantId: string): Promise<Subscription & { stripeSubscriptionId: string }> {
  const row = await getSubscriptionRow(tenantId);
  if (!row?.stripeSubscriptionId || row.status === "canceled") {
    throw new AppError("conflict", "This organization has no active subscription. Choose a plan to subscribe first.");
  }
  return row as Subscription & { stripeSubscriptionId: string };
}

/** The tenant's Stripe customer, created on first use and remembered on the tenant. */
export async function ensureCustomer(ctx: ActorContext): Promise<string> {
  const { tenantId } = ctx.actor;
  const tenant = await withTenantTx(tenantId, async (tx) => (await tx.select().from(tenants).where(eq(tenants.id, tenantId)))[0]);
  if (!tenant) throw new AppError("not_found", "Organization not found");
  if (tenant.stripeCustomerId) return tenant.stripeCustomerId;
  // The key makes concurrent first checkouts share one customer. Stripe refuses a key reused with
  // other parameters, so only what never changes goes with it; name and email (which a rename in
  // between would change) follow in an update.
  const customer = await getStripe().customers.create(
    { metadata: { tenant_id: tenantId } },
    { idempotencyKey: `aerospec-customer-${tenantId}` },
  );
  await getStripe().customers.update(customer.id, { name: tenant.name, email: tenant.billingEmail ?? ctx.actor.email });
  await withTenantTx(tenantId, async (tx) => {
    await tx.update(tenants).set({ stripeCustomerId: customer.id }).where(eq(tenants.id, tenantId));
    await recordAudit(tx, auditContext(ctx), {
      action: "billing.customer_create",
      resourceType: "tenant",
      resourceId: tenantId,
      changes: { stripeCustomerId: customer.id },
    });
  });
  return customer.id;
}

function assertSelfServe(plan: PlanId): void {
  if (!isSelfServe(plan)) {
    throw new AppError("validation_failed", `The ${PLANS[plan].name} plan is arranged with our sales team. Contact sales to move to it.`, {
      details: [{ path: "plan", message: "Not available online" }],
    });
  }
}

/** POST /api/billing/subscribe: a Stripe Checkout page for the chosen plan. */
export async function startSubscriptionCheckout(ctx: ActorContext, plan: PlanId): Promise<{ url: string; sessionId: string }> {
  assertSelfServe(plan);
  const existing = await getSubscriptionRow(ctx.actor.tenantId);
  if (isLiveSubscription(existing)) {
    throw new AppError("conflict", "This organization already has a subscription. Change its plan instead.");
  }
  await assertFitsPlan(ctx.actor.tenantId, plan);
  const customer = await ensureCustomer(ctx);
  const session = await getStripe().checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: ctx.actor.tenantId,
    line_items: [{ price: await getPlanPriceId(plan), quantity: 1 }],
    metadata: { tenant_id: ctx.actor.tenantId, plan },
    subscription_data: { metadata: { tenant_id: ctx.actor.tenantId, plan } },
    success_url: billingUrl(ctx, "checkout=success&session_id={CHECKOUT_SESSION_ID}"),
    cancel_url: billingUrl(ctx, "checkout=canceled"),
  });
  await withTenantTx(ctx.actor.tenantId, (tx) =>
    recordAudit(tx, auditContext(ctx), {
      action: "billing.checkout_start",
      resourceType: "billing",
      resourceId: ctx.actor.tenantId,
      changes: { plan, checkoutSessionId: session.id },
    }),
  );
  return { url: session.url!, sessionId: session.id };
}

/** A downgrade must leave room for what the tenant already has (seats, this month's configurations). */
async function assertFitsPlan(tenantId: string, plan: PlanId): Promise<void> {
  const limits: LimitName[] = ["max_users"];
  for (const limit of limits) {
    const allowed = PLANS[plan].limits[limit];
    if (allowed === UNLIMITED) continue;
    const used = await withTenantTx(tenantId, (tx) => countUsage(tx, tenantId, limit));
    if (used > allowed) {
      throw new AppError(
        "conflict",
        `The ${PLANS[plan].name} plan allows ${countOf(limit, allowed)}; this organization has ${used} (members and pending invitations). Remove some before switching.`,
        { details: [{ path: "plan", message: LIMIT_LABELS[limit], limit, allowed, usage: used }] },
      );
    }
  }
}

/** Reads the subscription back from Stripe and applies it now, so the change shows at once. */
async function applyNow(tenantId: string, subscription: Stripe.Subscription): Promise<void> {
  await withSystemTx(async (tx) => {
    await lockCustomer(tx, stripeId(subscription.customer));
    await applySubscription(tx, tenantId, await getStripe().subscriptions.retrieve(subscription.id), null);
  });
}

/** POST /api/billing/change-plan: switches the price now, invoicing the prorated difference. */
export async function changePlan(ctx: ActorContext, plan: PlanId): Promise<void> {
  assertSelfServe(plan);
  const current = await requireLiveSubscription(ctx.actor.tenantId);
  if (current.plan === plan) throw new AppError("conflict", `This organization is already on the ${PLANS[plan].name} plan`);
  await assertFitsPlan(ctx.actor.tenantId, plan);
  const stripe = getStripe();
  const subscription = await stripe.subscriptions.retrieve(current.stripeSubscriptionId);
  const item = subscription.items.data[0];
  if (!item) throw new Error(`Subscription ${subscription.id} has no items`);
  const updated = await stripe.subscriptions.update(subscription.id, {
    items: [{ id: item.id, price: await getPlanPriceId(plan) }],
    proration_behavior: "always_invoice",
    metadata: { tenant_id: ctx.actor.tenantId, plan },
  });
  await applyNow(ctx.actor.tenantId, updated);
  await withTenantTx(ctx.actor.tenantId, (tx) =>
    recordAudit(tx, auditContext(ctx), {
      action: "billing.plan_change",
      resourceType: "billing",
      resourceId: ctx.actor.tenantId,
      changes: { plan: { from: current.plan, to: plan } },
    }),
  );
}

/** DELETE /api/billing/cancel (cancel = true) and its undo, POST /api/billing/resume. */
export async function setCancelAtPeriodEnd(ctx: ActorContext, cancel: boolean): Promise<void> {
  const current = await requireLiveSubscription(ctx.actor.tenantId);
  if (current.cancelAtPeriodEnd === cancel) {
    throw new AppError(
      "conflict",
      cancel ? "The subscription is already set to end with this period" : "The subscription is not set to end",
    );
  }
  const updated = await getStripe().subscriptions.update(current.stripeSubscriptionId, { cancel_at_period_end: cancel });
  await applyNow(ctx.actor.tenantId, updated);
  await withTenantTx(ctx.actor.tenantId, (tx) =>
    recordAudit(tx, auditContext(ctx), {
      action: cancel ? "billing.cancel" : "billing.resume",
      resourceType: "billing",
      resourceId: ctx.actor.tenantId,
      changes: { cancelAtPeriodEnd: { from: !cancel, to: cancel }, periodEnd: current.currentPeriodEnd.toISOString() },
    }),
  );
}

/** GET /api/billing/portal-session: Stripe's billing portal for payment methods, plan and invoices. */
export async function createPortalSession(ctx: ActorContext): Promise<{ url: string }> {
  const customer = await ensureCustomer(ctx);
  const session = await getStripe().billingPortal.sessions.create({ customer, return_url: billingUrl(ctx, "portal=returned") });
  return { url: session.url };
}

/** The billing overview after a change, read with the tenant's new plan and status. */
export async function getCurrentOverview(actor: Actor): Promise<z.input<typeof subscriptionOverviewSchema>> {
  const state = await getSessionState(actor.tenantId, actor.userId);
  const fresh: Actor = state
    ? { ...actor, plan: state.plan, subscriptionStatus: state.subscriptionStatus, trialEndsAt: state.trialEndsAt }
    : actor;
  return withTenantTx(actor.tenantId, (tx) => getSubscriptionOverview(tx, fresh));
}
