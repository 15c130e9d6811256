import type { Ctx } from "../core/context";
import type { CustomerRecord, InvoiceRecord } from "../core/records";
import { takeInvoiceNumber } from "./customers";

/**
 * Applies the customer's balance: credit (negative balance) reduces what is due, a debit adds
 * to it, and a negative invoice total becomes more credit.
 */
function applyBalance(invoice: InvoiceRecord, customer: CustomerRecord): void {
  const balance = customer.balance;
  const due = Math.max(invoice.total + balance, 0);
  const ending = invoice.total + balance - due;
  invoice.starting_balance = balance;
  invoice.ending_balance = ending;
  invoice.amount_due = due;
  invoice.amount_remaining = due;
  customer.balance = ending;
}

/** Moves a draft invoice to `open`: balance applied, number assigned; emits `invoice.finalized`. */
export function finalizeInvoice(ctx: Ctx, invoice: InvoiceRecord): void {
  const customer = ctx.state.customers.get(invoice.customer);
  if (customer) {
    applyBalance(invoice, customer);
    invoice.number = takeInvoiceNumber(customer);
  }
  const now = ctx.clock.now();
  invoice.status = "open";
  invoice.effective_at = now;
  invoice.status_transitions.finalized_at = now;
  invoice.hosted_invoice_url = `${ctx.config.publicUrl}/invoices/${invoice.id}`;
  invoice.invoice_pdf = `${ctx.config.publicUrl}/invoices/${invoice.id}/pdf`;
  ctx.emit("invoice.finalized", invoice);
}
