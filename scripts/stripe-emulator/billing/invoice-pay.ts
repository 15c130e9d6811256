import { cardDeclined, unexpectedState } from "../core/api-error";
import type { Ctx } from "../core/context";
import type { InvoiceRecord } from "../core/records";
import { markInvoiceFailed, markInvoicePaid } from "./invoice-settlement";
import { attemptPayment } from "./payment-outcome";
import { recoverAfterPayment } from "./subscription-recovery";

/**
 * Pays an open invoice now (API `POST /v1/invoices/:id/pay` and the hosted invoice page).
 * A decline counts an attempt, emits `invoice.payment_failed` and throws a 402 card error.
 */
export function payInvoice(ctx: Ctx, invoice: InvoiceRecord): InvoiceRecord {
  if (invoice.status === "paid") throw unexpectedState("Invoice is already paid.", "invoice_already_paid");
  if (invoice.status !== "open") {
    throw unexpectedState(`You can only pay an invoice that is open; this one is ${invoice.status}.`, "invoice_not_open");
  }
  if (invoice.amount_due > 0 && !attemptPayment(ctx.state, invoice.customer)) {
    markInvoiceFailed(ctx, invoice);
    throw cardDeclined();
  }
  markInvoicePaid(ctx, invoice);
  recoverAfterPayment(ctx, invoice);
  return invoice;
}
