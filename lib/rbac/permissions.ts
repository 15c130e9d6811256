import { MEMBER_ROLES, type MemberRole } from "@/db/schema/enums";

export const ROLES = MEMBER_ROLES;
export type Role = MemberRole;

/**
 * Spec §1.2 as data: which roles hold each permission across the whole tenant. Rules about
 * one object (a user archives or shares only what they created; a share grants edit rights
 * on one configuration) live in the resource's access function (lib/<module>/access.ts),
 * which starts from these. Tenant ownership (delete tenant, transfer) is not a role; see
 * `isOwner` on the actor. Staff (AeroSpec operators) are not a role either (`withStaff`).
 */
export const PERMISSIONS = {
  "configurations.read": ["admin", "user", "viewer"],
  // Create, edit, duplicate and restore; a viewer can still be granted edit on one by a share.
  "configurations.write": ["admin", "user"],
  // Share and archive the configurations one created…
  "configurations.share": ["admin", "user"],
  "configurations.archive": ["admin", "user"],
  // …and anyone's.
  "configurations.manage": ["admin"],
  "procurements.read": ["admin", "user", "viewer"],
  // Create, edit, compare, check out and cancel one's own orders; confirm any order's receipt.
  "procurements.write": ["admin", "user"],
  // Edit and cancel anyone's orders, approve or reject orders above the threshold.
  "procurements.approve": ["admin"],
  // Record lab results and edit or delete one's own (admins anyone's, see lib/feedback/access.ts).
  "feedback.write": ["admin", "user"],
  "members.read": ["admin", "user", "viewer"],
  "members.manage": ["admin"],
  "billing.read": ["admin", "user", "viewer"],
  "billing.manage": ["admin"],
  "analytics.read": ["admin", "user"],
  "data.export": ["admin", "user"],
  // Use the API with keys of one's own (a user only when the plan enables API access, see
  // lib/api-keys/access.ts)…
  "api.access": ["admin", "user"],
  // …and see and revoke everyone's keys.
  "api_keys.manage": ["admin"],
  // Webhook endpoints: add, edit, rotate secrets, read delivery logs, redeliver.
  "webhooks.manage": ["admin"],
  "tenant.read": ["admin", "user", "viewer"],
  "tenant.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * What an API key can be granted: the permissions a machine uses. A key's scopes are always
 * narrowed by its creator's current role (`allows`); managing members, billing, the
 * organization and API keys themselves takes a person.
 */
export const API_KEY_SCOPES = [
  "configurations.read",
  "configurations.write",
  "configurations.archive",
  "procurements.read",
  "procurements.write",
  "feedback.write",
  "data.export",
  "analytics.read",
  "members.read",
  "tenant.read",
  "billing.read",
  "audit.read",
] as const satisfies readonly Permission[];
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** Who asks, as permissions see it: a role, narrowed by the scopes of the API key they came with. */
type Grantee = { role: Role; apiKey?: { scopes: readonly Permission[] } | null };

/** The one check of a permission for a request: the role grants it and, for an API key, so do its scopes. */
export function allows(grantee: Grantee, permission: Permission): boolean {
  return can(grantee.role, permission) && (!grantee.apiKey || grantee.apiKey.scopes.includes(permission));
}

export function permissionsFor(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
