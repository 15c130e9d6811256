import { and, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import type { Tx } from "@/db/client";
import { procurementCommissions, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { enqueueJob } from "@/lib/jobs/outbox";
import type { JobPayload } from "@/lib/jobs/topics";
import { applyBps, centsToDecimal, decimalToCents, formatMoney } from "./money";
import { getStripe } from "./stripe";

// A recorded commission becomes a pending Stripe invoice item on the tenant's customer, so it is
// billed with the next subscription invoice; the invoice's sync links the two back together.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SUPPLIER_NAMES: Record<string, string> = { spencer: "Spencer", coster: "Coster" };

/** The invoice item's words: which order, which supplier, at what rate of what total. */
function describeCommission(c: { procurementId: string; supplier: string; commissionRate: string; orderTotal: string; currency: string }) {
  const supplier = SUPPLIER_NAMES[c.supplier] ?? c.supplier;
  const total = formatMoney(decimalToCents(c.orderTotal), c.currency);
  return `Procurement commission, order ${c.procurementId.slice(0, 8)} (${supplier}): ${Number(c.commissionRate)}% of ${total}`;
}

type Commission = typeof procurementCommissions.$inferSelect;

/**
 * Bills what is not yet billed: the first time a pending invoice item; after a refund lowered
 * the commission, the pending item is changed, or, once it is on an invoice, a credit item
 * follows on the next one. The key names the change, so a retried call makes no second item.
 */
async function billDifference(customer: string, c: Commission, due: number, billed: number): Promise<string | null> {
  const stripe = getStripe();
  const metadata = { aerospec_commission_id: c.id, procurement_id: c.procurementId, tenant_id: c.tenantId };
  const pending = c.stripeInvoiceItemId ? await stripe.invoiceItems.retrieve(c.stripeInvoiceItemId) : null;
  if (pending && !pending.invoice) {
    await stripe.invoiceItems.update(pending.id, { amount: due, description: describeCommission(c) });
    return pending.id;
  }
  const created = await stripe.invoiceItems.create(
    {
      customer,
      amount: due - billed,
      currency: c.currency,
      description: pending
        ? `Commission adjusted, order ${c.procurementId.slice(0, 8)}: part of the order was refunded`
        : describeCommission(c),
      metadata,
    },
    { idempotencyKey: `aerospec-commission-${c.id}-${billed}-${due}` },
  );
  return pending ? pending.id : created.id;
}

/** Job: puts the commission (or its change after a refund) on the tenant's next invoice. */
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
  if (!found?.customer) return;
  const { commission } = found;
  const due = decimalToCents(commission.commissionAmount);
  const billed = decimalToCents(commission.billedAmount);
  if (due === billed) return;
  const itemId = await billDifference(found.customer, commission, due, billed);
  const [stored] = await withSystemTx((tx) =>
    tx
      .update(procurementCommissions)
      .set({ stripeInvoiceItemId: itemId, billedAmount: commission.commissionAmount })
      .where(
        and(
          eq(procurementCommissions.tenantId, tenantId),
          eq(procurementCommissions.id, commission.id),
          eq(procurementCommissions.billedAmount, commission.billedAmount),
        ),
      )
      .returning({ id: procurementCommissions.id }),
  );
  // Another run billed first: fail, and the retry bills whatever is still different.
  if (!stored) throw new Error(`commission ${commission.id} was billed concurrently; retrying`);
}

/** A refund after capture lowers the order's commission to the plan rate of what was kept. */
export async function adjustCommission(tx: Tx, input: { tenantId: string; procurementId: string; keptCents: number }): Promise<void> {
  const [commission] = await tx
    .select()
    .from(procurementCommissions)
    .where(and(eq(procurementCommissions.tenantId, input.tenantId), eq(procurementCommissions.procurementId, input.procurementId)));
  if (!commission || decimalToCents(commission.orderTotal) <= input.keptCents) return;
  const rateBps = decimalToCents(commission.commissionRate);
  await tx
    .update(procurementCommissions)
    .set({ orderTotal: centsToDecimal(input.keptCents), commissionAmount: centsToDecimal(applyBps(input.keptCents, rateBps)) })
    .where(and(eq(procurementCommissions.tenantId, input.tenantId), eq(procurementCommissions.id, commission.id)));
  await enqueueJob(tx, "billing.invoice_commission", { tenantId: input.tenantId, commissionId: commission.id });
}

/** The invoice items on this invoice that bill commissions. */
export function commissionLines(invoice: Stripe.Invoice): Stripe.InvoiceLineItem[] {
  return invoice.lines.data.filter((line) => line.parent?.invoice_item_details && line.metadata?.aerospec_commission_id);
}

/** Marks the commissions this invoice bills as invoiced by it. */
export async function linkInvoicedCommissions(tx: Tx, tenantId: string, invoiceId: string, invoice: Stripe.Invoice): Promise<void> {
  const ids = commissionLines(invoice).flatMap((line) => line.metadata?.aerospec_commission_id ?? []);
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return;
  await tx
    .update(procurementCommissions)
    .set({ invoiceId })
    .where(and(eq(procurementCommissions.tenantId, tenantId), inArray(procurementCommissions.id, valid)));
}
