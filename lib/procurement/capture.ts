import { env } from "@/lib/env";
import type { ProcurementRow } from "./present";

/** Stripe holds an authorised card payment for 7 days; a day is kept in hand. */
const HOLD_DAYS = 6;

/**
 * When the held amount is taken: at receipt when the delivery and the days allowed for
 * confirming it fit in the hold, else at shipment (and refunded if the receipt fails).
 */
export function capturePolicy(leadTimeDays: number | null, autoConfirmDays = env().RECEIPT_AUTO_CONFIRM_DAYS): "receipt" | "shipment" {
  return leadTimeDays !== null && leadTimeDays + autoConfirmDays <= HOLD_DAYS ? "receipt" : "shipment";
}

export function leadTimeOf(row: ProcurementRow): number | null {
  const offers = row.suppliersQuoted as { supplier: string; status: string; leadTimeDays?: number | null }[];
  return offers.find((o) => o.supplier === row.selectedSupplier && o.status === "quoted")?.leadTimeDays ?? null;
}
