export const ROLES = ["admin", "user", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Spec §1.2 as data: which roles hold each permission. "Own only" rules (a user deletes
 * only their own configurations) are a separate permission checked with the owner.
 * Tenant ownership (delete tenant, transfer) is not a role; see `isOwner` on the actor.
 */
export const PERMISSIONS = {
  "configurations.read": ["admin", "user", "viewer"],
  "configurations.write": ["admin", "user"],
  "configurations.delete_any": ["admin"],
  "configurations.delete_own": ["admin", "user"],
  "members.read": ["admin", "user", "viewer"],
  "members.manage": ["admin"],
  "billing.read": ["admin", "user", "viewer"],
  "billing.manage": ["admin"],
  "analytics.read": ["admin", "user"],
  "data.export": ["admin", "user"],
  "api.access": ["admin", "user"],
  "tenant.read": ["admin", "user", "viewer"],
  "tenant.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsFor(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
