import type { ProcurementStatus } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { can } from "@/lib/rbac/permissions";
import { isEditable } from "./status";

/** What one actor may do with one order; sent with it so pages render from the same rule. */
export type ProcurementAccess = {
  edit: boolean;
  checkout: boolean;
  cancel: boolean;
  decide: boolean;
  confirmReceipt: boolean;
  /** Start a new draft with the same lines (any member who orders, once this one is settled or under way). */
  reorder: boolean;
};

type ProcurementFacts = { createdByUserId: string | null; status: ProcurementStatus };

/**
 * The one rule for orders: whoever may write orders edits, checks out and cancels the ones
 * they created, admins anyone's; only admins approve or reject an order waiting for approval;
 * any member who writes orders confirms a delivery's receipt (the person at the lab bench is
 * often not the one who ordered). Whether the state allows the action is the state machine's
 * answer (409), asked separately.
 */
export function getProcurementAccess(actor: Actor, row: ProcurementFacts): ProcurementAccess {
  const writes = can(actor.role, "procurements.write");
  const manages = can(actor.role, "procurements.approve");
  const mine = writes && (manages || row.createdByUserId === actor.userId);
  return {
    edit: mine && isEditable(row.status),
    checkout: mine && (row.status === "draft" || row.status === "approved"),
    cancel: mine && ["draft", "pending_approval", "approved", "submitted", "confirmed"].includes(row.status),
    decide: manages && row.status === "pending_approval",
    confirmReceipt: writes && row.status === "delivered",
    reorder: writes && !isEditable(row.status),
  };
}

const REFUSALS: Record<keyof ProcurementAccess, string> = {
  edit: "Only the member who created this order or an admin can change it",
  checkout: "Only the member who created this order or an admin can check it out",
  cancel: "Only the member who created this order or an admin can cancel it",
  decide: "Only an admin can approve or reject an order",
  confirmReceipt: "Your role does not allow confirming a delivery",
  reorder: "Your role does not allow ordering",
};

/** 403 naming why, unless `access` allows `action` for who the actor is (the state is checked apart). */
export function assertProcurementAccess(actor: Actor, row: ProcurementFacts, action: keyof ProcurementAccess): void {
  // Asked as if the order were in the state that allows the action, so a refusal here is
  // always about who is asking; the state machine answers for the state.
  const allowed = getProcurementAccess(actor, { ...row, status: STATE_FOR[action] })[action];
  if (!allowed) throw new AppError("forbidden", REFUSALS[action]);
}

const STATE_FOR: Record<keyof ProcurementAccess, ProcurementStatus> = {
  edit: "draft",
  checkout: "draft",
  cancel: "draft",
  decide: "pending_approval",
  confirmReceipt: "delivered",
  reorder: "received",
};
