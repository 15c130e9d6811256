import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { procurements } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { decimalToCents, formatMoney } from "@/lib/billing/money";
import { startPayment } from "@/lib/billing/payments";
import { ensureCustomer } from "@/lib/billing/service";
import { AppError } from "@/lib/http/errors";
import { appLink } from "@/lib/http/request";
import { assertProcurementAccess } from "./access";
import { capturePolicy, leadTimeOf } from "./capture";
import { compareSuppliers } from "./compare";
import type { ProcurementRow } from "./present";
import { listLines } from "./queries";
import type { checkoutSchema, paymentStatusSchema } from "./response-schemas";
import { getApprovalThresholdCents, loadProcurement } from "./service";

/** Why the order cannot be paid for yet, as the 4xx that says what to do. */
async function assertReadyToPay(ctx: ActorContext, row: ProcurementRow): Promise<void> {
  assertProcurementAccess(ctx.actor, row, "checkout");
  if (row.status === "pending_approval")
    throw new AppError("conflict", "This order waits for an admin's approval before it can be paid for");
  if (row.status !== "draft" && row.status !== "approved") throw new AppError("conflict", "This order has already been paid for or closed");
  if (row.paymentStatus === "authorized" || row.paymentStatus === "paid")
    throw new AppError("conflict", "This order has already been paid for");
  if (!row.selectedSupplier) throw new AppError("conflict", "Choose a supplier's quote before checking out");
  if (!row.shipToAddress) {
    throw new AppError("validation_failed", "Add the delivery address before checking out", {
      details: [{ path: "shipTo", message: "Where should the supplier ship?" }],
    });
  }
  if (row.status === "draft" && ctx.actor.role !== "admin") {
    const threshold = await withTenantTx(ctx.actor.tenantId, (tx) => getApprovalThresholdCents(tx, ctx.actor.tenantId));
    if (threshold !== null && decimalToCents(row.total) > threshold) {
      throw new AppError("conflict", `Orders above ${formatMoney(threshold, row.currency)} need an admin's approval: ask for it first`);
    }
  }
}

/**
 * Spec §2.3 checkout: Stripe Checkout in payment mode with manual capture — the card is
 * authorised, not charged. An expired quote is asked again first; if its total moved, the
 * member sees the new total before paying. Returns the Checkout page's URL.
 */
export async function startCheckout(ctx: ActorContext, id: string): Promise<z.input<typeof checkoutSchema>> {
  const { tenantId } = ctx.actor;
  let row = await withTenantTx(tenantId, (tx) => loadProcurement(tx, tenantId, id));
  await assertReadyToPay(ctx, row);
  if (!row.quotesExpireAt || row.quotesExpireAt.getTime() <= Date.now()) {
    const before = row.total;
    await compareSuppliers(ctx, { procurementId: id });
    row = await withTenantTx(tenantId, (tx) => loadProcurement(tx, tenantId, id));
    if (!row.selectedSupplier) throw new AppError("conflict", "The chosen supplier can no longer quote every line: choose another quote");
    if (row.total !== before) {
      throw new AppError(
        "conflict",
        `The quote had expired and the supplier's price changed to ${formatMoney(decimalToCents(row.total), row.currency)}: review it and check out again`,
      );
    }
  }
  const customer = await ensureCustomer(ctx);
  const captureAt = capturePolicy(leadTimeOf(row));
  const claimed = await withTenantTx(tenantId, async (tx) => {
    const lines = await listLines(tx, tenantId, id);
    const [updated] = await tx
      .update(procurements)
      .set({
        paymentStatus: "pending",
        captureAt,
        items: lines.map((l) => ({ sku: l.actuatorSku, qty: l.quantity, unitPrice: l.unitPrice, supplier: l.supplier })),
        version: sql`${procurements.version} + 1`,
      })
      .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, id), eq(procurements.version, row.version)))
      .returning();
    return updated ?? null;
  });
  if (!claimed) throw new AppError("conflict", "The order changed while checking out: reload it and try again");
  try {
    const { payment, url } = await startPayment({
      tenantId,
      customer,
      reference: `procurement:${id}`,
      description: `AeroSpec order ${id.slice(0, 8)}: ${row.selectedSupplier === "spencer" ? "Spencer" : "Coster"}, ${(claimed.items as unknown[]).length} line(s)`,
      amountCents: decimalToCents(claimed.total),
      currency: claimed.currency.toLowerCase(),
      captureMethod: "manual",
      successUrl: appLink(ctx.meta, `/procurements/${id}?checkout=success`),
      cancelUrl: appLink(ctx.meta, `/procurements/${id}?checkout=cancelled`),
    });
    await withTenantTx(tenantId, async (tx) => {
      await tx
        .update(procurements)
        .set({ paymentId: payment.id })
        .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, id)));
      await recordAudit(tx, auditContext(ctx), {
        action: "procurement.checkout_start",
        resourceType: "procurement",
        resourceId: id,
        changes: { total: claimed.total, currency: claimed.currency, supplier: claimed.selectedSupplier, captureAt },
      });
    });
    return { url, captureAt };
  } catch (error) {
    await withTenantTx(tenantId, (tx) =>
      tx
        .update(procurements)
        .set({ paymentStatus: "unpaid" })
        .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, id))),
    );
    throw error;
  }
}

/** GET …/payment-status: where the order's money is, for the page to poll after Checkout. */
export async function getPaymentStatus(ctx: ActorContext, id: string): Promise<z.input<typeof paymentStatusSchema>> {
  const row = await withTenantTx(ctx.actor.tenantId, (tx) => loadProcurement(tx, ctx.actor.tenantId, id));
  return {
    id: row.id,
    status: row.status,
    paymentStatus: row.paymentStatus,
    captureAt: row.captureAt,
    currency: row.currency,
    totalCents: decimalToCents(row.total),
    amountCapturedCents: decimalToCents(row.amountCaptured),
    paidAt: row.paidAt,
    updatedAt: row.updatedAt,
  };
}
