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

/** The invoice as a one-page PDF, rendered from the row kept in step with Stripe. */
async function renderInvoicePdf(invoice: Invoice, billedTo: { name: string; email: string | null }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`AeroSpec invoice ${invoice.number ?? invoice.stripeInvoiceId}`);
  doc.setProducer("AeroSpec");
  const page = doc.addPage([595, 842]);
  const w: Writer = { page, font: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const money = (value: string) => formatMoney(decimalToCents(value), invoice.currency);

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
  const rows: [string, string][] = [["Subscription", money(invoice.subscriptionAmount ?? "0")]];
  if (invoice.procurementCommissions) rows.push(["Procurement commissions", money(invoice.procurementCommissions)]);
  rows.push(["Subtotal", money(invoice.subtotal)], ["Tax", money(invoice.tax)]);
  if (decimalToCents(invoice.creditsApplied) > 0) rows.push(["Credits applied", `-${money(invoice.creditsApplied)}`]);
  rows.push(["Total", money(invoice.total)], ["Amount paid", money(invoice.amountPaid)], ["Amount due", money(invoice.amountDue)]);
  rows.forEach(([label, amount], i) => {
    const y = 636 - i * 20;
    const strong = label === "Total" || label === "Amount due";
    text(w, label, 50, y, { bold: strong });
    text(w, amount, 545, y, { right: true, bold: strong });
  });
  if (invoice.paidAt) text(w, `Paid on ${date(invoice.paidAt)}. Thank you.`, 50, 636 - rows.length * 20 - 20);
  if (invoice.memo) text(w, invoice.memo, 50, 636 - rows.length * 20 - 40);
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
