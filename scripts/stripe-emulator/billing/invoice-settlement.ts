import type { Ctx } from "../core/context";
import type { InvoiceRecord } from "../core/records";
import { attemptPayment } from "./payment-outcome";

/** Records a successful payment; emits `invoice.paid` and `invoice.payment_succeeded`. */
export function markInvoicePaid(ctx: Ctx, invoice: InvoiceRecord): void {
  if (invoice.amount_due > 0) invoice.attempt_count++;
  invoice.attempted = true;
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.status = "paid";
  invoice.status_transitions.paid_at = ctx.clock.now();
  invoice.next_payment_attempt = null;
  ctx.emit("invoice.paid", invoice);
  ctx.emit("invoice.payment_succeeded", invoice);
}

/** Records a declined attempt; the invoice stays open. Emits `invoice.payment_failed`. */
export function markInvoiceFailed(ctx: Ctx, invoice: InvoiceRecord): void {
  invoice.attempt_count++;
  invoice.attempted = true;
  invoice.next_payment_attempt = null;
  ctx.emit("invoice.payment_failed", invoice);
}

/**
 * Charges a finalized invoice with the given outcome (nothing due counts as paid).
 * Returns whether the invoice ended up paid.
 */
export function settleInvoice(ctx: Ctx, invoice: InvoiceRecord, approved: boolean): boolean {
  if (invoice.amount_due === 0 || approved) {
    markInvoicePaid(ctx, invoice);
    return true;
  }
  markInvoiceFailed(ctx, invoice);
  return false;
}

/** Attempts payment of a finalized invoice (using up a queued decline only when money is due). */
export function chargeInvoice(ctx: Ctx, invoice: InvoiceRecord): boolean {
  return settleInvoice(ctx, invoice, invoice.amount_due === 0 || attemptPayment(ctx.state, invoice.customer));
}
