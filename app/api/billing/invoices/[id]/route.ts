import { getInvoicePdf } from "@/lib/billing/invoice-pdf";
import { invoiceParamsSchema } from "@/lib/billing/schemas";
import { AppError } from "@/lib/http/errors";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/invoices/:id — the invoice as a PDF (admins)
export const GET = withTenant(
  {
    permission: "billing.manage",
    params: invoiceParamsSchema,
    produces: { mediaTypes: ["application/pdf"], description: "The invoice as a PDF file (an attachment)" },
  },
  async ({ actor, params }) => {
    const invoice = await getInvoicePdf(actor.tenantId, params.id);
    if (!invoice) throw new AppError("not_found", "Invoice not found");
    return new Response(Buffer.from(invoice.pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${invoice.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
