import type Stripe from "stripe";
import { addInterval } from "../core/calendar";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { PriceRecord, SubscriptionItemRecord, SubscriptionRecord } from "../core/records";
import { planOf } from "./prices";

export type SubscriptionLine = { price: PriceRecord; quantity: number };

export type SubscriptionDraft = {
  customer: string;
  lines: SubscriptionLine[];
  metadata: Stripe.Metadata;
  trialDays: number | null;
  status: Stripe.Subscription.Status;
  latestInvoice: string;
};

function itemRecord(line: SubscriptionLine, subscriptionId: string, start: number, end: number): SubscriptionItemRecord {
  return {
    id: newId("si"),
    object: "subscription_item",
    billing_thresholds: null,
    created: start,
    current_period_end: end,
    current_period_start: start,
    discounts: [],
    metadata: {},
    plan: planOf(line.price),
    price: structuredClone(line.price),
    quantity: line.quantity,
    subscription: subscriptionId,
    tax_rates: [],
  };
}

/** The first period: the trial when there is one, otherwise one billing interval from now. */
function firstPeriod(now: number, price: PriceRecord, trialDays: number | null): { end: number; anchor: number } {
  if (trialDays !== null && trialDays > 0) {
    const trialEnd = now + trialDays * 86_400;
    return { end: trialEnd, anchor: trialEnd };
  }
  const recurring = price.recurring;
  return { end: addInterval(now, recurring?.interval ?? "month", recurring?.interval_count ?? 1), anchor: now };
}

/** A new subscription object (not stored); its items start their first period now. */
export function buildSubscription(ctx: Ctx, draft: SubscriptionDraft): SubscriptionRecord {
  const id = newId("sub");
  const now = ctx.clock.now();
  const first = draft.lines[0];
  if (!first) throw new Error("a subscription needs at least one item");
  const period = firstPeriod(now, first.price, draft.trialDays);
  const trial = period.anchor !== now;
  return {
    id,
    ...staticSubscriptionFields(),
    billing_cycle_anchor: period.anchor,
    created: now,
    currency: first.price.currency,
    customer: draft.customer,
    items: {
      object: "list",
      data: draft.lines.map((line) => itemRecord(line, id, now, period.end)),
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: draft.latestInvoice,
    metadata: draft.metadata,
    start_date: now,
    status: draft.status,
    trial_end: trial ? period.end : null,
    trial_start: trial ? now : null,
  };
}

type StaticField =
  | "object"
  | "application"
  | "application_fee_percent"
  | "automatic_tax"
  | "billing_cycle_anchor_config"
  | "billing_mode"
  | "billing_thresholds"
  | "cancel_at"
  | "cancel_at_period_end"
  | "canceled_at"
  | "cancellation_details"
  | "collection_method"
  | "customer_account"
  | "days_until_due"
  | "default_payment_method"
  | "default_source"
  | "description"
  | "discounts"
  | "ended_at"
  | "invoice_settings"
  | "livemode"
  | "next_pending_invoice_item_invoice"
  | "on_behalf_of"
  | "pause_collection"
  | "payment_settings"
  | "pending_invoice_item_interval"
  | "pending_setup_intent"
  | "pending_update"
  | "schedule"
  | "test_clock"
  | "transfer_data"
  | "trial_settings";

function staticSubscriptionFields(): Pick<SubscriptionRecord, StaticField> {
  return {
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    livemode: false,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    test_clock: null,
    transfer_data: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
  };
}
