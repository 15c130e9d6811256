import { listInvoices } from "@/lib/billing/queries";
import { listInvoicesSchema } from "@/lib/billing/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/invoices — the organization's invoices, newest first (admins)
export const GET = withTenant(
  { permission: "billing.manage", query: listInvoicesSchema, transaction: true },
  async ({ actor, query, tx }) => listInvoices(tx, actor.tenantId, query),
);
