import { getCreditBalance } from "@/lib/billing/credit";
import { creditBalanceSchema } from "@/lib/billing/response-schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/credit — the organization's Stripe account balance: credit (from a downgrade's unused time) or debit, taken off or added to the next invoices (admins)
export const GET = withTenant({ permission: "billing.manage", response: creditBalanceSchema }, async ({ actor }) =>
  getCreditBalance(actor.tenantId),
);
