import { formatAmount } from "../core/money";
import type { InvoiceRecord } from "../core/records";
import { formatDate, type Html, html, humanize, page } from "./html";

function statusLine(invoice: InvoiceRecord): Html {
  if (invoice.status === "paid") return html`<p class="ok" role="status">Paid</p>`;
  return html`<p>Status: <strong>${humanize(invoice.status ?? "draft")}</strong></p>`;
}

/** The hosted invoice page: lines, amount due, "Pay invoice" while open, and the PDF link. */
export function renderInvoicePage(invoice: InvoiceRecord, error?: string): string {
  const currency = invoice.currency;
  return page(
    `Invoice ${invoice.number ?? invoice.id}`,
    html`<p><span class="badge">Test mode</span></p>
  <h1>Invoice ${invoice.number ?? invoice.id}</h1>
  <p class="muted">Issued ${formatDate(invoice.created)}</p>
  ${statusLine(invoice)}
  <ul class="lines" aria-label="Invoice lines">${invoice.lines.data.map(
    (line) => html`<li><span>${line.description ?? ""}</span><span>${formatAmount(line.amount, currency)}</span></li>`,
  )}</ul>
  <p>Total: ${formatAmount(invoice.total, currency)}</p>
  <p class="total">Amount due: ${formatAmount(invoice.amount_remaining, currency)}</p>
  ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  ${invoice.status === "open" ? html`<form method="post" action="/invoices/${invoice.id}/pay"><button type="submit">Pay invoice</button></form>` : null}
  <p><a href="/invoices/${invoice.id}/pdf">Download PDF</a></p>`,
  );
}
