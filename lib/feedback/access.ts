import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { allows } from "@/lib/rbac/permissions";

/** What one actor may do with one lab result; sent with it so the page renders from the same rule. */
export type FeedbackAccess = { edit: boolean; delete: boolean };

/** The one rule for lab results: members who record them edit and delete their own, admins anyone's. */
export function getFeedbackAccess(actor: Actor, row: { userId: string | null }): FeedbackAccess {
  const mine = allows(actor, "feedback.write") && (actor.role === "admin" || row.userId === actor.userId);
  return { edit: mine, delete: mine };
}

/** 403 naming why, unless the actor may do `action` with the result. */
export function assertFeedbackAccess(actor: Actor, row: { userId: string | null }, action: keyof FeedbackAccess): void {
  if (!getFeedbackAccess(actor, row)[action]) {
    throw new AppError("forbidden", `Only the member who recorded this result or an admin can ${action} it`);
  }
}
