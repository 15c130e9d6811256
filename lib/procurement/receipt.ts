import type { z } from "zod";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { decimalToCents, formatMoney } from "@/lib/billing/money";
import { AppError } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/jobs/outbox";
import { assertProcurementAccess } from "./access";
import { moveTo } from "./events";
import { notifyOrderer } from "./notifications";
import { amountForReceived } from "./pricing";
import { checkReceiptCode } from "./receipt-code";
import type { receiptSchema } from "./response-schemas";
import type { ConfirmReceiptInput } from "./schemas";
import { loadProcurement } from "./service";

type OrderedItem = { sku: string; qty: number; unitPrice: string };

/** The quantities that arrived, every ordered SKU named; 422 for a SKU not in the order or more than was ordered. */
function receivedQuantities(items: OrderedItem[], input: ConfirmReceiptInput): Record<string, number> {
  const details = input.received.flatMap((line, index) => {
    const item = items.find((i) => i.sku === line.sku);
    if (!item) return [{ path: `received.${index}.sku`, message: `${line.sku} is not in this order` }];
    if (line.qty > item.qty) return [{ path: `received.${index}.qty`, message: `Only ${item.qty} were ordered` }];
    return [];
  });
  if (details.length > 0) throw new AppError("validation_failed", "The received quantities do not match the order", { details });
  return Object.fromEntries(items.map((item) => [item.sku, input.received.find((l) => l.sku === item.sku)?.qty ?? item.qty]));
}

/**
 * A member confirms the delivery with the order's receipt code (scanned or typed): the order
 * is received and the payment captured — in part when fewer units arrived, which needs a note.
 */
export async function confirmReceipt(ctx: ActorContext, id: string, input: ConfirmReceiptInput): Promise<z.input<typeof receiptSchema>> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const row = await loadProcurement(tx, tenantId, id, { forUpdate: true });
    assertProcurementAccess(ctx.actor, row, "confirmReceipt");
    if (row.status === "received") throw new AppError("conflict", "This order's receipt has already been confirmed");
    if (row.status !== "delivered" || !row.deliveredAt)
      throw new AppError("conflict", "Receipt can be confirmed once the supplier has delivered the order");
    const check = checkReceiptCode({ id: row.id, deliveredAt: row.deliveredAt }, input.code);
    if (check !== "valid") {
      throw new AppError(
        "validation_failed",
        check === "expired" ? "This receipt code has expired" : "That is not this order's receipt code",
        {
          details: [
            {
              path: "code",
              message:
                check === "expired"
                  ? "Expired: ask an admin to confirm the receipt"
                  : "Check the code on the order page or scan its QR code",
            },
          ],
        },
      );
    }
    const items = row.items as OrderedItem[];
    const received = receivedQuantities(items, input);
    const short = items.some((item) => received[item.sku]! < item.qty);
    if (short && !input.note) {
      throw new AppError("validation_failed", "Say what was missing or damaged", {
        details: [{ path: "note", message: "Needed when fewer units arrived" }],
      });
    }
    const due = amountForReceived(decimalToCents(row.total), items, received);
    const note = short
      ? `Fewer units arrived: ${formatMoney(due, row.currency)} of ${formatMoney(decimalToCents(row.total), row.currency)} is charged. ${input.note}`
      : (input.note ?? null);
    const moved = await moveTo(
      tx,
      row,
      "received",
      { source: "member", actorUserId: userId, note, data: { received } },
      { receivedAt: new Date(), receivedByUserId: userId, receivedQuantity: received, receiptNote: input.note ?? null },
    );
    await enqueueJob(tx, "procurement.capture", { tenantId, procurementId: id });
    await recordAudit(tx, auditContext(ctx), {
      action: "procurement.receive",
      resourceType: "procurement",
      resourceId: id,
      changes: { received, chargedCents: due },
    });
    await notifyOrderer(tx, moved, note ? [note] : []);
    return { id, status: moved.status, chargedCents: due, currency: row.currency };
  });
}
