import { withTenantTx } from "@/db/tenant";
import { renderInvoicePdf } from "@/lib/billing/invoice-pdf";
import { getInvoice } from "@/lib/billing/queries";
import { invoiceParamsSchema } from "@/lib/billing/schemas";
import { AppError } from "@/lib/http/errors";
import { withTenant } from "@/lib/http/route";
import { getTenant } from "@/lib/tenants/queries";

// GET /api/billing/invoices/:id — the invoice as a PDF (admins)
export const GET = withTenant({ permission: "billing.manage", params: invoiceParamsSchema }, async ({ actor, params }) => {
  const found = await withTenantTx(actor.tenantId, async (tx) => ({
    invoice: await getInvoice(tx, actor.tenantId, params.id),
    tenant: await getTenant(tx, actor.tenantId),
  }));
  if (!found.invoice || !found.tenant) throw new AppError("not_found", "Invoice not found");
  const pdf = await renderInvoicePdf(found.invoice, { name: found.tenant.name, email: found.tenant.billingEmail });
  const name = `aerospec-invoice-${found.invoice.number ?? found.invoice.id}.pdf`.replace(/[^\w.-]/g, "_");
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
    },
  });
});
