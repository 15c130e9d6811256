import { and, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import type { Tx } from "@/db/client";
import { procurementCommissions, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import type { JobPayload } from "@/lib/jobs/topics";
import { decimalToCents, formatMoney } from "./money";
import { getStripe } from "./stripe";

// A recorded commission becomes a pending Stripe invoice item on the tenant's customer, so it is
// billed with the next subscription invoice; the invoice's sync links the two back together.

const SUPPLIER_NAMES: Record<string, string> = { spencer: "Spencer", coster: "Coster" };

/** The invoice item's words: which order, which supplier, at what rate of what total. */
function describeCommission(c: {
  procurementId: string;
  supplier: string;
  commissionRate: string;
  orderTotal: string;
  currency: string;
}) {
  const supplier = SUPPLIER_NAMES[c.supplier] ?? c.supplier;
  const total = formatMoney(decimalToCents(c.orderTotal), c.currency);
  return `Procurement commission, order ${c.procurementId.slice(0, 8)} (${supplier}): ${Number(c.commissionRate)}% of ${total}`;
}

/** Job: adds the commission to the tenant's next invoice, once (the commission id is the key). */
export async function handleInvoiceCommission({ tenantId, commissionId }: JobPayload<"billing.invoice_commission">): Promise<void> {
  const found = await withSystemTx(async (tx) => {
    const [row] = await tx
      .select({ commission: procurementCommissions, customer: tenants.stripeCustomerId })
      .from(procurementCommissions)
      .innerJoin(tenants, eq(tenants.id, procurementCommissions.tenantId))
      .where(and(eq(procurementCommissions.tenantId, tenantId), eq(procurementCommissions.id, commissionId)));
    return row;
  });
  // Paying the order created the customer; without one there is nobody to bill.
  if (!found?.customer || found.commission.stripeInvoiceItemId) return;
  const { commission } = found;
  const item = await getStripe().invoiceItems.create(
    {
      customer: found.customer,
      amount: decimalToCents(commission.commissionAmount),
      currency: commission.currency,
      description: describeCommission(commission),
      metadata: { aerospec_commission_id: commission.id, procurement_id: commission.procurementId, tenant_id: tenantId },
    },
    { idempotencyKey: `aerospec-commission-${commission.id}` },
  );
  await withSystemTx((tx) =>
    tx
      .update(procurementCommissions)
      .set({ stripeInvoiceItemId: item.id })
      .where(and(eq(procurementCommissions.tenantId, tenantId), eq(procurementCommissions.id, commission.id))),
  );
}

/** The invoice items on this invoice that bill commissions. */
export function commissionLines(invoice: Stripe.Invoice): Stripe.InvoiceLineItem[] {
  return invoice.lines.data.filter((line) => line.parent?.invoice_item_details && line.metadata?.aerospec_commission_id);
}

/** Marks the commissions this invoice bills as invoiced by it. */
export async function linkInvoicedCommissions(tx: Tx, tenantId: string, invoiceId: string, invoice: Stripe.Invoice): Promise<void> {
  const items = commissionLines(invoice).flatMap((line) => line.parent?.invoice_item_details?.invoice_item ?? []);
  if (items.length === 0) return;
  await tx
    .update(procurementCommissions)
    .set({ invoiceId })
    .where(and(eq(procurementCommissions.tenantId, tenantId), inArray(procurementCommissions.stripeInvoiceItemId, items)));
}
