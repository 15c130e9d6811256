import type { ProcurementStatus } from "@/db/schema/enums";
import { AppError } from "@/lib/http/errors";

export { PROCUREMENT_STATUSES, type ProcurementStatus } from "@/db/schema/enums";

/**
 * The one state machine of an order. A draft is the cart; above the tenant's threshold a
 * non-admin's order waits for an admin (approved, or back to draft when rejected); paying
 * (the card authorised) submits it to the supplier, whose updates move it on — possibly
 * skipping a step when a callback was missed — until a member confirms receipt. An order can
 * be cancelled until it ships; a supplier's rejection fails it.
 */
const TRANSITIONS: Record<ProcurementStatus, readonly ProcurementStatus[]> = {
  draft: ["pending_approval", "submitted", "cancelled"],
  pending_approval: ["approved", "draft", "cancelled"],
  approved: ["draft", "submitted", "cancelled"],
  submitted: ["confirmed", "shipped", "delivered", "failed", "cancelled"],
  confirmed: ["shipped", "delivered", "failed", "cancelled"],
  shipped: ["delivered"],
  delivered: ["received"],
  received: [],
  failed: [],
  cancelled: [],
};

export function canTransition(from: ProcurementStatus, to: ProcurementStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** 409 naming both states, unless the machine allows `from` → `to`. */
export function assertTransition(from: ProcurementStatus, to: ProcurementStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("conflict", `An order that is ${describeStatus(from)} cannot become ${describeStatus(to)}`);
  }
}

/** The states in which the cart (lines, quantities, type, address) may still change. */
export function isEditable(status: ProcurementStatus): boolean {
  return status === "draft" || status === "pending_approval" || status === "approved";
}

/** The states after which nothing more happens to the order. */
export function isFinal(status: ProcurementStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

const WORDS: Record<ProcurementStatus, string> = {
  draft: "a draft",
  pending_approval: "waiting for approval",
  approved: "approved",
  submitted: "submitted",
  confirmed: "confirmed",
  shipped: "shipped",
  delivered: "delivered",
  received: "received",
  failed: "failed",
  cancelled: "cancelled",
};

export function describeStatus(status: ProcurementStatus): string {
  return WORDS[status];
}
