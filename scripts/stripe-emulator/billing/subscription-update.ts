import type Stripe from "stripe";
import { invalidRequest, unexpectedState } from "../core/api-error";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { PriceRecord, SubscriptionRecord } from "../core/records";
import type { LineDraft } from "../core/state";
import { updateWithEvent } from "../events/tracked-update";
import { createInvoice } from "./invoice-builder";
import { finalizeInvoice } from "./invoice-finalize";
import { chargeInvoice } from "./invoice-settlement";
import { planOf } from "./prices";
import { type PriceChange, prorationLines, sumLines } from "./proration";
import { applyCancelAtPeriodEnd } from "./subscription-cancel";
import { assertSubscribable } from "./subscription-lines";

type ProrationBehavior = "create_prorations" | "always_invoice" | "none";

export type SubscriptionUpdate = {
  items: Array<{ id: string; price?: PriceRecord; quantity?: number }>;
  prorationBehavior: ProrationBehavior;
  cancelAtPeriodEnd?: boolean;
  metadata?: (current: Stripe.Metadata) => Stripe.Metadata;
};

function resolveChanges(subscription: SubscriptionRecord, items: SubscriptionUpdate["items"]): PriceChange[] {
  return items.map((change, index) => {
    const item = subscription.items.data.find((candidate) => candidate.id === change.id);
    if (!item) throw invalidRequest(`No such subscription item: '${change.id}'`, `items[${index}][id]`, "resource_missing");
    const price = change.price ?? item.price;
    assertSubscribable([subscription.items.data[0]?.price ?? price, price], `items[${index}][price]`);
    return { item, price, quantity: change.quantity ?? item.quantity ?? 1 };
  });
}

function applyChange(change: PriceChange): void {
  change.item.price = structuredClone(change.price);
  change.item.plan = planOf(change.price);
  change.item.quantity = change.quantity;
}

/**
 * Updates a subscription and emits `customer.subscription.updated` with what changed. Price or
 * quantity changes are prorated per `prorationBehavior` (not during a trial).
 */
export function updateSubscription(ctx: Ctx, subscription: SubscriptionRecord, update: SubscriptionUpdate): SubscriptionRecord {
  if (subscription.status === "canceled") {
    throw unexpectedState("A canceled subscription can only update its cancellation_details and metadata.", "subscription_canceled");
  }
  const now = ctx.clock.now();
  const changes = resolveChanges(subscription, update.items);
  const prorate = update.prorationBehavior !== "none" && subscription.status !== "trialing";
  const lines = prorate ? changes.flatMap((change) => prorationLines(ctx, change, now)) : [];
  const invoiceId = update.prorationBehavior === "always_invoice" && sumLines(lines) > 0 ? newId("in") : null;
  updateWithEvent(ctx, subscription, "customer.subscription.updated", (sub) => {
    changes.forEach(applyChange);
    if (update.metadata) sub.metadata = update.metadata(sub.metadata);
    if (update.cancelAtPeriodEnd !== undefined && update.cancelAtPeriodEnd !== sub.cancel_at_period_end) {
      applyCancelAtPeriodEnd(sub, update.cancelAtPeriodEnd, now);
    }
    if (invoiceId) sub.latest_invoice = invoiceId;
  });
  if (update.prorationBehavior === "create_prorations") queueLines(ctx, subscription.id, lines);
  if (update.prorationBehavior === "always_invoice") invoiceProrations(ctx, subscription, lines, invoiceId);
  return subscription;
}

function queueLines(ctx: Ctx, subscriptionId: string, lines: LineDraft[]): void {
  if (lines.length === 0) return;
  ctx.state.pendingLines.set(subscriptionId, [...(ctx.state.pendingLines.get(subscriptionId) ?? []), ...lines]);
}

/** `always_invoice`: bill a positive proration now; a negative one becomes customer credit. */
function invoiceProrations(ctx: Ctx, subscription: SubscriptionRecord, lines: LineDraft[], invoiceId: string | null): void {
  const customer = ctx.state.customers.get(subscription.customer);
  if (!customer || lines.length === 0) return;
  if (!invoiceId) {
    customer.balance += sumLines(lines);
    return;
  }
  const now = ctx.clock.now();
  const pending = ctx.state.pendingLines.get(subscription.id) ?? [];
  ctx.state.pendingLines.delete(subscription.id);
  const invoice = createInvoice(ctx, {
    id: invoiceId,
    customer,
    subscription,
    reason: "subscription_update",
    lines: [...pending, ...lines],
    period: { start: now, end: now },
  });
  finalizeInvoice(ctx, invoice);
  if (chargeInvoice(ctx, invoice)) return;
  updateWithEvent(ctx, subscription, "customer.subscription.updated", (sub) => {
    sub.status = "past_due";
  });
}
