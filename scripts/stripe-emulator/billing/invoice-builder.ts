import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { CustomerRecord, InvoiceLineRecord, InvoiceRecord, SubscriptionRecord } from "../core/records";
import type { LineDraft } from "../core/state";
import { staticInvoiceFields } from "./invoice-defaults";
import { claimPendingItems } from "./invoice-items";

type BillingReason = "subscription_create" | "subscription_cycle" | "subscription_update" | "manual";

export type InvoiceInput = {
  id?: string;
  customer: CustomerRecord;
  subscription: SubscriptionRecord | null;
  reason: BillingReason;
  lines: LineDraft[];
  period: { start: number; end: number };
};

function lineRecord(draft: LineDraft, invoiceId: string, subscriptionId: string | null): InvoiceLineRecord {
  return {
    id: newId("il"),
    object: "line_item",
    amount: draft.amount,
    currency: draft.price.currency,
    description: draft.description,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: draft.subscriptionItem
      ? {
          type: "subscription_item_details",
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: draft.proration,
            proration_details: { credited_items: null },
            subscription: subscriptionId,
            subscription_item: draft.subscriptionItem,
          },
        }
      : null,
    period: draft.period,
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: { price: draft.price.id, product: draft.price.product },
      unit_amount_decimal: draft.price.unit_amount_decimal,
    },
    quantity: draft.quantity,
    subscription: subscriptionId,
    subtotal: draft.amount,
    taxes: [],
  };
}

function amounts(
  total: number,
): Pick<
  InvoiceRecord,
  "subtotal" | "subtotal_excluding_tax" | "total" | "total_excluding_tax" | "amount_due" | "amount_paid" | "amount_remaining"
> {
  return {
    subtotal: total,
    subtotal_excluding_tax: total,
    total,
    total_excluding_tax: total,
    amount_due: Math.max(total, 0),
    amount_paid: 0,
    amount_remaining: Math.max(total, 0),
  };
}

/** Stores a draft invoice with these lines and emits `invoice.created`. */
export function createInvoice(ctx: Ctx, input: InvoiceInput): InvoiceRecord {
  const id = input.id ?? newId("in");
  const subscription = input.subscription;
  const currency = input.lines[0]?.price.currency ?? subscription?.currency ?? "usd";
  const lines = [
    ...input.lines.map((draft) => lineRecord(draft, id, subscription?.id ?? null)),
    ...claimPendingItems(ctx, input.customer.id, currency, id),
  ];
  const invoice: InvoiceRecord = {
    id,
    ...staticInvoiceFields(),
    ...amounts(lines.reduce((sum, line) => sum + line.amount, 0)),
    attempt_count: 0,
    attempted: false,
    billing_reason: input.reason,
    created: ctx.clock.now(),
    currency,
    customer: input.customer.id,
    customer_email: input.customer.email,
    customer_name: input.customer.name ?? null,
    effective_at: null,
    ending_balance: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    metadata: {},
    number: null,
    parent: subscription
      ? {
          type: "subscription_details",
          quote_details: null,
          subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
        }
      : null,
    period_end: input.period.end,
    period_start: input.period.start,
    starting_balance: input.customer.balance,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
  };
  ctx.state.invoices.set(id, invoice);
  ctx.emit("invoice.created", invoice);
  return invoice;
}
