import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { withTenantReadTx } from "@/db/tenant";
import { getTenant } from "@/lib/tenants/queries";
import { decimalToCents, formatMoney } from "./money";
import { getInvoice, type Invoice } from "./queries";

const STATUS_LABEL: Record<Invoice["status"], string> = { draft: "Draft", sent: "Due", paid: "Paid", canceled: "Void" };
const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

type Writer = { page: PDFPage; font: PDFFont; bold: PDFFont };

function text(w: Writer, value: string, x: number, y: number, opts: { size?: number; bold?: boolean; right?: boolean } = {}) {
  const size = opts.size ?? 10;
  const font = opts.bold ? w.bold : w.font;
  const left = opts.right ? x - font.widthOfTextAtSize(value, size) : x;
  w.page.drawText(value, { x: left, y, size, font, color: rgb(0.1, 0.12, 0.16) });
}

/** Cuts text to what fits in `width` points, with an ellipsis. */
function fitWidth(w: Writer, value: string, width: number, size = 10): string {
  if (w.font.widthOfTextAtSize(value, size) <= width) return value;
  let cut = value;
  while (cut.length > 1 && w.font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

type InvoiceRow = { label: string; amount: string; detail?: string; strong?: boolean; gapAfter?: boolean };

const MAX_LINES_SHOWN = 14;

/**
 * What the PDF lists: each of Stripe's lines (plan, period, proration), commissions, then the
 * totals. "Amount due" is what is still owed, so a paid invoice says $0.00.
 */
export function listInvoiceRows(invoice: Invoice): InvoiceRow[] {
  const money = (cents: number) => formatMoney(cents, invoice.currency);
  const rows: InvoiceRow[] = [];
  const lines =
    invoice.lines.length > 0
      ? invoice.lines
      : [
          {
            description: "Subscription",
            amountCents: decimalToCents(invoice.subscriptionAmount ?? "0"),
            periodStart: null,
            periodEnd: null,
            proration: false,
          },
        ];
  for (const line of lines.slice(0, MAX_LINES_SHOWN)) {
    const period = line.periodStart && line.periodEnd ? `${date(new Date(line.periodStart))} to ${date(new Date(line.periodEnd))}` : null;
    const detail = [period, line.proration ? "prorated" : null].filter(Boolean).join(" · ");
    rows.push({ label: line.description, amount: money(line.amountCents), detail: detail || undefined });
  }
  if (lines.length > MAX_LINES_SHOWN) {
    const rest = lines.slice(MAX_LINES_SHOWN).reduce((sum, line) => sum + line.amountCents, 0);
    rows.push({ label: `${lines.length - MAX_LINES_SHOWN} more lines (see the online invoice)`, amount: money(rest) });
  }
  // Commissions billed as invoice items are lines of their own; older invoices carry only the sum.
  if (invoice.procurementCommissions && invoice.lines.length === 0)
    rows.push({ label: "Procurement commissions", amount: money(decimalToCents(invoice.procurementCommissions)) });
  rows[rows.length - 1]!.gapAfter = true;
  rows.push(
    { label: "Subtotal", amount: money(decimalToCents(invoice.subtotal)) },
    { label: "Tax", amount: money(decimalToCents(invoice.tax)) },
  );
  const credits = decimalToCents(invoice.creditsApplied);
  if (credits > 0) rows.push({ label: "Credits applied", amount: `-${money(credits)}` });
  const remaining = Math.max(0, decimalToCents(invoice.amountDue) - decimalToCents(invoice.amountPaid));
  rows.push(
    { label: "Total", amount: money(decimalToCents(invoice.total)), strong: true },
    { label: "Amount paid", amount: money(decimalToCents(invoice.amountPaid)) },
    { label: "Amount due", amount: money(remaining), strong: true },
  );
  return rows;
}

/** The invoice as a one-page PDF, rendered from the row kept in step with Stripe. */
async function renderInvoicePdf(invoice: Invoice, billedTo: { name: string; email: string | null }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`AeroSpec invoice ${invoice.number ?? invoice.stripeInvoiceId}`);
  doc.setProducer("AeroSpec");
  const page = doc.addPage([595, 842]);
  const w: Writer = { page, font: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };

  text(w, "AeroSpec", 50, 780, { size: 22, bold: true });
  text(w, "Invoice", 545, 780, { size: 22, right: true });
  text(w, `Number ${invoice.number ?? invoice.stripeInvoiceId}`, 545, 760, { right: true });
  text(w, `Status ${STATUS_LABEL[invoice.status]}`, 545, 746, { right: true });

  text(w, "Billed to", 50, 720, { bold: true });
  text(w, billedTo.name, 50, 706);
  if (billedTo.email) text(w, billedTo.email, 50, 692);
  text(w, `Invoice date ${date(invoice.invoiceDate)}`, 545, 720, { right: true });
  text(w, `Due date ${date(invoice.dueDate)}`, 545, 706, { right: true });
  if (invoice.periodStart && invoice.periodEnd) {
    text(w, `Period ${date(invoice.periodStart)} to ${date(invoice.periodEnd)}`, 545, 692, { right: true });
  }

  page.drawLine({ start: { x: 50, y: 660 }, end: { x: 545, y: 660 }, thickness: 0.5, color: rgb(0.7, 0.7, 0.75) });
  let y = 636;
  for (const row of listInvoiceRows(invoice)) {
    text(w, fitWidth(w, row.label, 360), 50, y, { bold: row.strong });
    text(w, row.amount, 545, y, { right: true, bold: row.strong });
    if (row.detail) {
      y -= 12;
      text(w, row.detail, 50, y, { size: 8 });
    }
    y -= row.gapAfter ? 28 : 20;
  }
  if (invoice.paidAt) text(w, `Paid on ${date(invoice.paidAt)}. Thank you.`, 50, y - 8);
  if (invoice.memo) text(w, fitWidth(w, invoice.memo, 495), 50, y - 28);
  return doc.save();
}

type InvoicePdf = { pdf: Uint8Array; fileName: string };

/** One of the tenant's invoices as a PDF with its download name, or null when it has none by that id. */
export async function getInvoicePdf(tenantId: string, invoiceId: string): Promise<InvoicePdf | null> {
  const found = await withTenantReadTx(tenantId, async (tx) => ({
    invoice: await getInvoice(tx, tenantId, invoiceId),
    tenant: await getTenant(tx, tenantId),
  }));
  if (!found.invoice || !found.tenant) return null;
  // Rendered after the transaction: it needs no connection.
  const pdf = await renderInvoicePdf(found.invoice, { name: found.tenant.name, email: found.tenant.billingEmail });
  const fileName = `aerospec-invoice-${found.invoice.number ?? found.invoice.id}.pdf`.replace(/[^\w.-]/g, "_");
  return { pdf, fileName };
}
