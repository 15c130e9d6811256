import type { z } from "zod";
import type { procurementLineItems, procurements } from "@/db/schema";
import type { ProcurementStatus } from "@/db/schema/enums";
import { decimalToCents } from "@/lib/billing/money";
import type { Supplier } from "@/lib/prediction/schemas";
import type { ProcurementAccess } from "./access";
import type { SupplierOffer } from "./pricing";
import type { procurementSchema, procurementSummarySchema } from "./response-schemas";

export type ProcurementRow = typeof procurements.$inferSelect;
export type LineRow = typeof procurementLineItems.$inferSelect;

/** The money of an order as the API shows it: integer cents beside the currency. */
function presentMoney(row: ProcurementRow) {
  return {
    currency: row.currency,
    subtotalCents: decimalToCents(row.subtotal),
    discountPct: Number(row.discountPct),
    discountCents: decimalToCents(row.discount),
    taxCents: decimalToCents(row.tax),
    shippingCents: decimalToCents(row.shipping),
    totalCents: decimalToCents(row.total),
  };
}

function presentFields(row: ProcurementRow) {
  return {
    id: row.id,
    configurationId: row.configurationId,
    createdByUserId: row.createdByUserId,
    status: row.status,
    orderType: row.orderType,
    ...presentMoney(row),
    selectedSupplier: row.selectedSupplier,
    supplierOrderId: row.supplierOrderId,
    expectedDeliveryDate: row.expectedDeliveryDate,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    paymentStatus: row.paymentStatus,
    paidAt: row.paidAt,
    receivedAt: row.receivedAt,
    failureReason: row.failureReason,
    cancelledAt: row.cancelledAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

type SummaryRow = { row: ProcurementRow; configurationName: string; createdByName: string | null; lines: { sku: string; qty: number }[] };

/** An order in a list: its lines as SKU and quantity. */
export function presentProcurementSummary({
  row,
  configurationName,
  createdByName,
  lines,
}: SummaryRow): z.input<typeof procurementSummarySchema> {
  return { ...presentFields(row), configurationName, createdByName, lines };
}

export function presentLine(line: LineRow) {
  const unitPriceCents = decimalToCents(line.unitPrice);
  return {
    sku: line.actuatorSku,
    qty: line.quantity,
    supplier: line.supplier as Supplier,
    unitPriceCents,
    lineTotalCents: unitPriceCents * line.quantity,
  };
}

type Detail = {
  row: ProcurementRow;
  lines: LineRow[];
  events: {
    id: string;
    fromStatus: ProcurementStatus | null;
    toStatus: ProcurementStatus;
    source: string;
    note: string | null;
    data: Record<string, unknown>;
    createdAt: Date;
    actor: { id: string; name: string } | null;
  }[];
  names: { configurationName: string | null; createdByName: string | null };
  access: ProcurementAccess;
  /** Whether the total is over the tenant's approval threshold for this member. */
  needsApproval: boolean;
  quotesExpired: boolean;
  /** When the held amount is taken (decided at checkout; before it, what checkout would decide). */
  captureAt: "receipt" | "shipment" | null;
  /** Days after delivery when an unconfirmed receipt is confirmed by AeroSpec. */
  autoConfirmDays: number;
  /** The delivered order's receipt code, for members who may confirm it. */
  receipt: { code: string; url: string; qrSvg: string; expiresAt: Date } | null;
};

/** The order as the API shows it: lines, the quotes last taken, the timeline and what the caller may do. */
export function presentProcurement({
  row,
  lines,
  events,
  names,
  access,
  needsApproval,
  quotesExpired,
  captureAt,
  autoConfirmDays,
  receipt,
}: Detail): z.input<typeof procurementSchema> & { quotes: { suppliers: SupplierOffer[] } } {
  return {
    ...presentFields(row),
    captureAt,
    autoConfirmDays,
    receipt,
    deliveredAt: row.deliveredAt,
    receivedQuantity: row.receivedQuantity,
    receiptNote: row.receiptNote,
    amountCapturedCents: decimalToCents(row.amountCaptured),
    ...names,
    lines: lines.map(presentLine),
    shipTo: row.shipToAddress,
    quotes: {
      suppliers: row.suppliersQuoted as SupplierOffer[],
      quotedAt: row.quotedAt,
      expiresAt: row.quotesExpireAt,
      expired: quotesExpired,
    },
    decision: row.decidedAt ? { decidedByUserId: row.decidedByUserId, decidedAt: row.decidedAt, note: row.decisionNote } : null,
    timeline: events,
    needsApproval,
    access,
  };
}
