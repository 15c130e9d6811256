import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { allows } from "@/lib/rbac/permissions";

type Member = Pick<Actor, "role" | "features"> & { apiKey?: Actor["apiKey"] };

/**
 * Spec §1.2 "API access": admins always, users when the organization's plan (or AeroSpec
 * staff) turned the `api_access` feature on, viewers never. A key works only while its
 * creator passes this, so a downgrade or a plan without API access stops their keys.
 */
export function hasApiAccess(member: Member): boolean {
  if (!allows(member, "api.access")) return false;
  return allows(member, "api_keys.manage") || member.features.api_access === true;
}

export function assertApiAccess(member: Member): void {
  if (!hasApiAccess(member)) {
    throw new AppError("forbidden", "API access is not enabled for your organization's plan. Ask an admin to create the key.");
  }
}

/** The one rule for one key: admins see and revoke every key of the organization, a user their own. */
export function canManageApiKey(actor: Pick<Actor, "role" | "features" | "userId">, key: { createdByUserId: string }): boolean {
  return hasApiAccess(actor) && (allows(actor, "api_keys.manage") || key.createdByUserId === actor.userId);
}
