import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { procurements, supplierEvents, tenants } from "@/db/schema";
import type { ProcurementStatus } from "@/db/schema/enums";
import { withSystemTx } from "@/db/tenant";
import { adjustCommission } from "@/lib/billing/commission-invoicing";
import { decimalToCents, formatMoney } from "@/lib/billing/money";
import { cancelPayment, capturePayment, getPayment, recordCommission, refundPayment } from "@/lib/billing/payments";
import { env } from "@/lib/env";
import { logger } from "@/lib/http/logger";
import { enqueueJob } from "@/lib/jobs/outbox";
import type { JobPayload } from "@/lib/jobs/topics";
import type { Supplier } from "@/lib/prediction/schemas";
import { getSupplierClient } from "@/lib/suppliers/client";
import { SupplierError } from "@/lib/suppliers/errors";
import type { ShipTo, SupplierCallbackEvent, SupplierOrder } from "@/lib/suppliers/schemas";
import { moveTo, recordEvent } from "./events";
import { notifyOrderer } from "./notifications";
import type { ProcurementRow } from "./present";
import { amountForReceived } from "./pricing";
import { getProcurementRow } from "./queries";
import { canTransition } from "./status";

// What happens to an order after it is paid for, driven by jobs, Stripe and the supplier:
// every step reads the order as it is now, so a repeated or late step does nothing twice.

type OrderedItem = { sku: string; qty: number };
type PricedItem = OrderedItem & { unitPrice: string };

async function lockOrder(tx: Tx, tenantId: string, id: string): Promise<ProcurementRow | null> {
  return getProcurementRow(tx, tenantId, id, { forUpdate: true });
}

/** Stripe moved an order's payment: authorised submits the order, captured records the commission. */
export async function handlePaymentUpdated({ tenantId, paymentId, reference }: JobPayload<"payment.updated">): Promise<void> {
  const procurementId = /^procurement:([0-9a-f-]{36})$/i.exec(reference)?.[1];
  if (!procurementId) return;
  const stale = await withSystemTx(async (tx) => {
    const row = await lockOrder(tx, tenantId, procurementId);
    const payment = await getPayment(tx, tenantId, paymentId);
    if (!row || !payment) return false;
    // An older Checkout of the same order completed after a newer one began: not this order's payment.
    if (row.paymentId !== payment.id) return payment.status === "requires_capture";
    // Paid for after it was cancelled (a Checkout page left open): the hold is let go.
    if (payment.status === "requires_capture" && (row.status === "cancelled" || row.status === "failed")) return true;
    if (payment.status === "requires_capture" && row.paymentStatus === "pending" && canTransition(row.status, "submitted")) {
      const moved = await moveTo(
        tx,
        row,
        "submitted",
        {
          source: "payment",
          note: `${formatMoney(decimalToCents(payment.amount), row.currency)} held on the card; placing the order with the supplier`,
        },
        { paymentStatus: "authorized", stripePaymentIntentId: payment.stripePaymentIntentId },
      );
      await enqueueJob(tx, "procurement.place_order", { tenantId, procurementId });
      await notifyOrderer(tx, moved);
    } else if (payment.status === "failed" && row.paymentStatus === "pending") {
      await tx
        .update(procurements)
        .set({ paymentStatus: "unpaid" })
        .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, row.id)));
      await recordEvent(tx, tenantId, row.id, {
        from: row.status,
        to: row.status,
        source: "payment",
        note: `The card was declined: ${payment.failureMessage ?? "no reason given"}. Check out again to retry.`,
      });
    } else if (payment.status === "canceled" && (row.paymentStatus === "authorized" || row.paymentStatus === "pending")) {
      await tx
        .update(procurements)
        .set({ paymentStatus: row.paymentStatus === "pending" ? "unpaid" : "released" })
        .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, row.id)));
      if (row.paymentStatus === "authorized")
        await recordEvent(tx, tenantId, row.id, {
          from: row.status,
          to: row.status,
          source: "payment",
          note: "The hold on the card was released; nothing was charged",
        });
    } else if (payment.status === "succeeded" && row.paymentStatus !== "paid" && row.paymentStatus !== "refunded") {
      await tx
        .update(procurements)
        .set({ paymentStatus: "paid", paidAt: new Date(), amountCaptured: payment.amountCaptured })
        .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, row.id)));
      const charged = `${formatMoney(decimalToCents(payment.amountCaptured), row.currency)} charged`;
      await recordEvent(tx, tenantId, row.id, { from: row.status, to: row.status, source: "payment", note: charged });
      // AeroSpec's margin on what was actually taken, once per order, at the plan's rate.
      const [tenant] = await tx.select({ plan: tenants.plan }).from(tenants).where(eq(tenants.id, tenantId));
      await recordCommission(tx, {
        tenantId,
        procurementId: row.id,
        supplier: row.selectedSupplier ?? "unknown",
        orderTotalCents: decimalToCents(payment.amountCaptured),
        plan: tenant!.plan,
        currency: row.currency.toLowerCase(),
      });
    } else if (payment.status === "succeeded" && decimalToCents(payment.amountRefunded) > 0 && row.paymentStatus === "paid") {
      const refunded = decimalToCents(payment.amountRefunded);
      if (refunded >= decimalToCents(payment.amountCaptured)) {
        await tx
          .update(procurements)
          .set({ paymentStatus: "refunded" })
          .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, row.id)));
      }
      await adjustCommission(tx, { tenantId, procurementId: row.id, keptCents: decimalToCents(payment.amountCaptured) - refunded });
      const note = `${formatMoney(refunded, row.currency)} refunded`;
      await recordEvent(tx, tenantId, row.id, { from: row.status, to: row.status, source: "payment", note });
    }
    return false;
  });
  if (stale) await cancelPayment(tenantId, paymentId);
}

/** Places the paid order with the chosen supplier, once: the order's id is the idempotency key. */
export async function handlePlaceOrder({ tenantId, procurementId }: JobPayload<"procurement.place_order">): Promise<void> {
  const row = await withSystemTx((tx) => getProcurementRow(tx, tenantId, procurementId));
  if (row?.status !== "submitted" || row.supplierOrderId || !row.selectedSupplier) return;
  const supplier = row.selectedSupplier;
  let order: SupplierOrder;
  try {
    order = await getSupplierClient(supplier).placeOrder({
      items: (row.items as OrderedItem[]).map((item) => ({ sku: item.sku, quantity: item.qty })),
      shipTo: row.shipToAddress as ShipTo,
      idempotencyKey: `aerospec-order-${row.id}`,
    });
  } catch (error) {
    // The supplier said no: the order fails and the hold is released. Anything else is retried.
    if (error instanceof SupplierError && error.kind === "rejected") return failOrder(tenantId, procurementId, error.message);
    throw error;
  }
  await withSystemTx(async (tx) => {
    const current = await lockOrder(tx, tenantId, procurementId);
    if (!current || current.supplierOrderId) return;
    await tx
      .update(procurements)
      .set({ supplierOrderId: order.orderId, expectedDeliveryDate: order.expectedDeliveryDate })
      .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, procurementId)));
    await recordEvent(tx, tenantId, procurementId, {
      from: current.status,
      to: current.status,
      source: "supplier",
      note: `Placed with the supplier as order ${order.orderId}`,
    });
    // Cancelled while it was being placed: cancel it at the supplier too.
    if (current.status === "cancelled") await enqueueJob(tx, "procurement.cancel_order", { tenantId, procurementId });
    else await applyOrderState(tx, { ...current, supplierOrderId: order.orderId }, order, "supplier");
  });
}

async function failOrder(tenantId: string, procurementId: string, reason: string): Promise<void> {
  await withSystemTx(async (tx) => {
    const row = await lockOrder(tx, tenantId, procurementId);
    if (!row || !canTransition(row.status, "failed")) return;
    const failed = await moveTo(tx, row, "failed", { source: "supplier", note: reason }, { failureReason: reason });
    await enqueueJob(tx, "procurement.cancel_order", { tenantId, procurementId });
    await notifyOrderer(tx, failed, [reason, "The hold on your card is released; nothing is charged."]);
  });
}

const STATUS_OF: Record<SupplierOrder["status"], ProcurementStatus | null> = {
  received: null,
  confirmed: "confirmed",
  shipped: "shipped",
  delivered: "delivered",
  rejected: "failed",
  cancelled: "cancelled",
};

/**
 * Moves the order to what the supplier reports, when that is forward of where it is (a late
 * callback for an earlier step changes nothing), with tracking and dates on the way.
 */
async function applyOrderState(tx: Tx, row: ProcurementRow, order: SupplierOrder, source: "supplier"): Promise<void> {
  const to = STATUS_OF[order.status];
  if (!to || to === row.status || !canTransition(row.status, to)) return;
  const set = {
    carrier: order.carrier ?? row.carrier,
    trackingNumber: order.trackingNumber ?? row.trackingNumber,
    expectedDeliveryDate: order.expectedDeliveryDate ?? row.expectedDeliveryDate,
    ...(to === "delivered" && { deliveredAt: order.updatedAt }),
    ...(to === "failed" && { failureReason: order.rejectionReason ?? "Rejected by the supplier" }),
  };
  const note =
    to === "shipped" && order.trackingNumber
      ? `Shipped with ${order.carrier ?? "the carrier"}, tracking ${order.trackingNumber}`
      : to === "failed"
        ? (order.rejectionReason ?? "Rejected by the supplier")
        : null;
  const moved = await moveTo(tx, row, to, { source, note, data: { supplierStatus: order.status } }, set);
  if (to === "failed" || to === "cancelled")
    await enqueueJob(tx, "procurement.cancel_order", { tenantId: row.tenantId, procurementId: row.id });
  if (to === "shipped" && row.captureAt === "shipment")
    await enqueueJob(tx, "procurement.capture", { tenantId: row.tenantId, procurementId: row.id });
  await notifyOrderer(tx, moved, note ? [note] : []);
}

/**
 * A verified supplier callback, applied once (its event id is recorded in the same
 * transaction). An order AeroSpec does not know is acknowledged and ignored.
 */
export async function applySupplierCallback(event: SupplierCallbackEvent): Promise<"applied" | "duplicate" | "unknown_order"> {
  return withSystemTx(async (tx) => {
    const [row] = await tx
      .select()
      .from(procurements)
      .where(and(eq(procurements.selectedSupplier, event.supplier), eq(procurements.supplierOrderId, event.order.orderId)))
      .for("update");
    const outcome = row ? "applied" : "unknown_order";
    const recorded = await tx
      .insert(supplierEvents)
      .values({ supplier: event.supplier, eventId: event.eventId, orderId: event.order.orderId, outcome })
      .onConflictDoNothing()
      .returning({ eventId: supplierEvents.eventId });
    if (recorded.length === 0) return "duplicate";
    if (row) await applyOrderState(tx, row, event.order, "supplier");
    return outcome;
  });
}

/** Cancels the order at the supplier (when it was placed) and releases the card hold. */
export async function handleCancelOrder({ tenantId, procurementId }: JobPayload<"procurement.cancel_order">): Promise<void> {
  const row = await withSystemTx((tx) => getProcurementRow(tx, tenantId, procurementId));
  if (!row) return;
  if (row.status === "cancelled" && row.supplierOrderId && row.selectedSupplier) {
    try {
      await getSupplierClient(row.selectedSupplier).cancelOrder(row.supplierOrderId);
    } catch (error) {
      // Already shipped or already cancelled on their side: the hold is still released below.
      if (!(error instanceof SupplierError && error.kind === "rejected")) throw error;
      logger.warn({ procurementId, err: error }, "supplier refused to cancel an order");
    }
  }
  if (row.paymentId && row.paymentStatus === "authorized") await cancelPayment(tenantId, row.paymentId);
}

/**
 * Takes the held amount: all of it at shipment (when delivery comes after the hold would
 * lapse), what arrived at receipt; a shortfall found after a capture at shipment is refunded.
 */
export async function handleCapture({ tenantId, procurementId }: JobPayload<"procurement.capture">): Promise<void> {
  const row = await withSystemTx((tx) => getProcurementRow(tx, tenantId, procurementId));
  if (!row?.paymentId) return;
  const total = decimalToCents(row.total);
  const due =
    row.status === "received" && row.receivedQuantity ? amountForReceived(total, row.items as PricedItem[], row.receivedQuantity) : total;
  if (row.paymentStatus === "authorized") {
    // A repeated job can run after Stripe took the money but before its webhook updated the order.
    const payment = await withSystemTx((tx) => getPayment(tx, tenantId, row.paymentId!));
    if (payment?.status !== "requires_capture") return;
    if (due === 0) await cancelPayment(tenantId, row.paymentId);
    else await capturePayment(tenantId, row.paymentId, due < total ? due : undefined);
  } else if (row.paymentStatus === "paid" && row.status === "received") {
    const captured = decimalToCents(row.amountCaptured);
    if (due < captured) await refundPayment(tenantId, row.paymentId, "receipt-shortfall", captured - due);
  }
}

/** Receipts no one confirmed within the allowed days after delivery are confirmed in full by AeroSpec. */
export async function handleAutoConfirm(): Promise<void> {
  const days = env().RECEIPT_AUTO_CONFIRM_DAYS;
  const cutoff = new Date(Date.now() - days * 86_400_000);
  const due = await withSystemTx((tx) =>
    tx
      .select({ tenantId: procurements.tenantId, id: procurements.id })
      .from(procurements)
      .where(and(eq(procurements.status, "delivered"), lt(procurements.deliveredAt, cutoff)))
      .limit(500),
  );
  for (const { tenantId, id } of due) {
    await withSystemTx(async (tx) => {
      const row = await lockOrder(tx, tenantId, id);
      if (row?.status !== "delivered") return;
      const received = Object.fromEntries((row.items as PricedItem[]).map((item) => [item.sku, item.qty]));
      const note = `No one confirmed receipt within ${days} days of delivery, so AeroSpec confirmed it in full`;
      const moved = await moveTo(tx, row, "received", { source: "system", note }, { receivedAt: new Date(), receivedQuantity: received });
      await enqueueJob(tx, "procurement.capture", { tenantId, procurementId: id });
      await notifyOrderer(tx, moved, [note]);
    });
  }
}

/** Asks the suppliers about open orders, for callbacks that never arrived. */
export async function handlePoll(): Promise<void> {
  const open = await withSystemTx((tx) =>
    tx
      .select()
      .from(procurements)
      .where(and(inArray(procurements.status, ["submitted", "confirmed", "shipped"]), isNotNull(procurements.supplierOrderId)))
      .limit(500),
  );
  for (const row of open) {
    try {
      const order = await getSupplierClient(row.selectedSupplier as Supplier).getOrder(row.supplierOrderId!);
      await withSystemTx(async (tx) => {
        const current = await lockOrder(tx, row.tenantId, row.id);
        if (current) await applyOrderState(tx, current, order, "supplier");
      });
    } catch (error) {
      logger.warn({ procurementId: row.id, err: error }, "could not poll a supplier order");
    }
  }
}
