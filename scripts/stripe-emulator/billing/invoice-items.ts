import type Stripe from "stripe";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { InvoiceItemRecord, InvoiceLineRecord } from "../core/records";

export type InvoiceItemInput = {
  customer: string;
  amount: number;
  currency: string;
  description: string | null;
  metadata: Stripe.Metadata;
};

/** Stores a pending invoice item and emits `invoiceitem.created`. */
export function createInvoiceItem(ctx: Ctx, input: InvoiceItemInput): InvoiceItemRecord {
  const now = ctx.clock.now();
  const item: InvoiceItemRecord = {
    id: newId("ii"),
    object: "invoiceitem",
    amount: input.amount,
    currency: input.currency.toLowerCase(),
    customer: input.customer,
    date: now,
    description: input.description,
    discountable: input.amount >= 0,
    invoice: null,
    livemode: false,
    metadata: input.metadata,
    period: { start: now, end: now },
    proration: false,
    quantity: 1,
  };
  ctx.state.invoiceItems.set(item.id, item);
  ctx.emit("invoiceitem.created", item);
  return item;
}

type InvoiceItemUpdate = {
  amount: number | undefined;
  description: string | undefined;
  metadata: ((current: Stripe.Metadata) => Stripe.Metadata) | undefined;
};

/** Changes a pending invoice item; one already on an invoice is fixed, as on Stripe. */
export function updateInvoiceItem(item: InvoiceItemRecord, update: InvoiceItemUpdate): InvoiceItemRecord {
  if (item.invoice) throw invalidRequest("This invoice item is already on an invoice and cannot be updated.", "id");
  if (update.amount !== undefined) {
    item.amount = update.amount;
    item.discountable = update.amount >= 0;
  }
  if (update.description !== undefined) item.description = update.description || null;
  if (update.metadata) item.metadata = update.metadata(item.metadata ?? {});
  return item;
}

/** Stripe only deletes an invoice item that is not yet on an invoice. */
export function deleteInvoiceItem(ctx: Ctx, item: InvoiceItemRecord): { id: string; object: "invoiceitem"; deleted: true } {
  if (item.invoice) throw invalidRequest("This invoice item is already on an invoice and cannot be deleted.", "id");
  ctx.state.invoiceItems.delete(item.id);
  ctx.emit("invoiceitem.deleted", item);
  return { id: item.id, object: "invoiceitem", deleted: true };
}

function itemLine(item: InvoiceItemRecord, invoiceId: string): InvoiceLineRecord {
  return {
    id: newId("il"),
    object: "line_item",
    amount: item.amount,
    currency: item.currency,
    description: item.description,
    discount_amounts: [],
    discountable: item.discountable,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: { ...item.metadata },
    parent: {
      type: "invoice_item_details",
      invoice_item_details: { invoice_item: item.id, proration: false, proration_details: { credited_items: null }, subscription: null },
      subscription_item_details: null,
    },
    period: item.period,
    pretax_credit_amounts: [],
    pricing: null,
    quantity: item.quantity,
    subscription: null,
    subtotal: item.amount,
    taxes: [],
  };
}

/**
 * The customer's pending invoice items in this currency, moved onto the invoice being created:
 * Stripe adds them to the customer's next invoice, subscription invoices included.
 */
export function claimPendingItems(ctx: Ctx, customerId: string, currency: string, invoiceId: string): InvoiceLineRecord[] {
  const pending = [...ctx.state.invoiceItems.values()].filter(
    (item) => item.customer === customerId && item.invoice === null && item.currency === currency,
  );
  for (const item of pending) item.invoice = invoiceId;
  return pending.map((item) => itemLine(item, invoiceId));
}
