import type { Ctx } from "../core/context";
import type { InvoiceRecord } from "../core/records";
import type { State } from "../core/state";
import { updateWithEvent } from "../events/tracked-update";

/** The subscription an invoice bills, if any. */
export function invoiceSubscriptionId(invoice: InvoiceRecord): string | null {
  return invoice.parent?.subscription_details.subscription ?? null;
}

export function hasOpenInvoices(state: State, subscriptionId: string): boolean {
  return [...state.invoices.values()].some((inv) => inv.status === "open" && invoiceSubscriptionId(inv) === subscriptionId);
}

/**
 * After an invoice is paid: a `past_due` or `incomplete` subscription with nothing left open
 * becomes `active` again (emits `customer.subscription.updated`).
 */
export function recoverAfterPayment(ctx: Ctx, invoice: InvoiceRecord): void {
  const subscriptionId = invoiceSubscriptionId(invoice);
  const subscription = subscriptionId ? ctx.state.subscriptions.get(subscriptionId) : undefined;
  if (!subscription || (subscription.status !== "past_due" && subscription.status !== "incomplete")) return;
  if (hasOpenInvoices(ctx.state, subscription.id)) return;
  updateWithEvent(ctx, subscription, "customer.subscription.updated", (sub) => {
    sub.status = "active";
  });
}
