import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { billingSubscriptions, invoices, mrrMovements } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getBillingAccess, trialDaysLeft } from "./access";
import { decimalToCents } from "./money";
import { PLANS } from "./plans";
import type { invoicePageSchema, subscriptionOverviewSchema } from "./response-schemas";
import type { ListInvoicesInput } from "./schemas";
import { listUsageMeters } from "./usage";

export type Invoice = typeof invoices.$inferSelect;

/** GET /api/billing/subscription: plan, status, trial, period, usage against every limit. */
export async function getSubscriptionOverview(
  db: DbOrTx,
  actor: Actor,
  now = new Date(),
): Promise<z.input<typeof subscriptionOverviewSchema>> {
  const [sub] = await db.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, actor.tenantId));
  const access = getBillingAccess(actor, now);
  const plan = PLANS[actor.plan];
  return {
    plan: actor.plan,
    planName: plan.name,
    status: actor.subscriptionStatus,
    readOnly: access.readOnly,
    readOnlyReason: access.reason,
    trialEndsAt: actor.trialEndsAt,
    trialDaysLeft: trialDaysLeft(actor, now),
    subscription: sub
      ? {
          status: sub.status,
          currentPeriodStart: sub.currentPeriodStart.toISOString(),
          currentPeriodEnd: sub.currentPeriodEnd.toISOString(),
          cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
          canceledAt: sub.canceledAt?.toISOString() ?? null,
          amountCents: sub.monthlyAmountCents,
          currency: sub.currency,
        }
      : null,
    usage: await listUsageMeters(db, actor.tenantId, actor.plan, now),
  };
}

// What an invoice shows in the list; the full row (memo, Stripe ids, PDF link) is for the PDF.
const invoiceSummaryColumns = {
  id: invoices.id,
  number: invoices.number,
  status: invoices.status,
  billingReason: invoices.billingReason,
  invoiceDate: invoices.invoiceDate,
  dueDate: invoices.dueDate,
  periodStart: invoices.periodStart,
  periodEnd: invoices.periodEnd,
  subtotal: invoices.subtotal,
  tax: invoices.tax,
  total: invoices.total,
  amountPaid: invoices.amountPaid,
  amountDue: invoices.amountDue,
  currency: invoices.currency,
  paidAt: invoices.paidAt,
  hostedInvoiceUrl: invoices.hostedInvoiceUrl,
};
type InvoiceSummaryRow = Pick<Invoice, keyof typeof invoiceSummaryColumns>;

function presentInvoice(row: InvoiceSummaryRow) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    billingReason: row.billingReason,
    invoiceDate: row.invoiceDate.toISOString(),
    dueDate: row.dueDate.toISOString(),
    periodStart: row.periodStart?.toISOString() ?? null,
    periodEnd: row.periodEnd?.toISOString() ?? null,
    subtotalCents: decimalToCents(row.subtotal),
    taxCents: decimalToCents(row.tax),
    totalCents: decimalToCents(row.total),
    amountPaidCents: decimalToCents(row.amountPaid),
    amountDueCents: decimalToCents(row.amountDue),
    currency: row.currency,
    paidAt: row.paidAt?.toISOString() ?? null,
    payUrl: row.status === "sent" ? row.hostedInvoiceUrl : null,
  };
}

const NEWEST_FIRST: KeysetOrder = { key: invoices.invoiceDate, id: invoices.id, direction: "desc", keyType: "timestamptz" };

/** GET /api/billing/invoices: newest first, keyset-paginated. */
export async function listInvoices(db: DbOrTx, tenantId: string, input: ListInvoicesInput): Promise<z.input<typeof invoicePageSchema>> {
  const filters = [eq(invoices.tenantId, tenantId)];
  if (input.cursor) filters.push(afterCursor(NEWEST_FIRST, input.cursor));
  const rows = await db
    .select({ invoice: invoiceSummaryColumns, cursorKey: cursorKey(NEWEST_FIRST) })
    .from(invoices)
    .where(and(...filters))
    .orderBy(...orderByKeyset(NEWEST_FIRST))
    .limit(input.limit + 1);
  const page = paginate(rows, input.limit, (r) => ({ key: r.cursorKey, id: r.invoice.id }));
  return { ...page, items: page.items.map((r) => presentInvoice(r.invoice)) };
}

export async function getInvoice(db: DbOrTx, tenantId: string, id: string): Promise<Invoice | null> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.id, id)));
  return row ?? null;
}

/** A tenant's plan and MRR changes, newest first (the staff view of an organization's plan history). */
export async function listPlanChanges(db: DbOrTx, tenantId: string, limit = 50) {
  const rows = await db
    .select({
      kind: mrrMovements.kind,
      plan: mrrMovements.plan,
      status: mrrMovements.status,
      mrrCents: mrrMovements.mrrCents,
      previousMrrCents: mrrMovements.previousMrrCents,
      currency: mrrMovements.currency,
      occurredAt: mrrMovements.occurredAt,
    })
    .from(mrrMovements)
    .where(eq(mrrMovements.tenantId, tenantId))
    .orderBy(desc(mrrMovements.occurredAt), desc(mrrMovements.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}
