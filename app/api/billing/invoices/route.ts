import { listInvoices } from "@/lib/billing/queries";
import { invoicePageSchema } from "@/lib/billing/response-schemas";
import { listInvoicesSchema } from "@/lib/billing/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/invoices — the organization's invoices, newest first (admins)
export const GET = withTenant(
  { permission: "billing.manage", query: listInvoicesSchema, transaction: true, response: invoicePageSchema },
  async ({ actor, query, tx }) => listInvoices(tx, actor.tenantId, query),
);
