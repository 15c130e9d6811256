import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Permission, permissionsFor, ROLES, type Role } from "./permissions";

// Spec §1.2, one row per action: [permission, admin, user, viewer].
const MATRIX: [Permission, boolean, boolean, boolean][] = [
  ["configurations.read", true, true, true],
  ["configurations.write", true, true, false],
  ["configurations.share", true, true, false],
  ["configurations.archive", true, true, false],
  ["configurations.manage", true, false, false],
  ["procurements.read", true, true, true],
  ["procurements.write", true, true, false],
  ["procurements.approve", true, false, false],
  ["feedback.write", true, true, false],
  ["members.read", true, true, true],
  ["members.manage", true, false, false],
  ["billing.read", true, true, true],
  ["billing.manage", true, false, false],
  ["analytics.read", true, true, false],
  ["data.export", true, true, false],
  ["api.access", true, true, false],
  ["api_keys.manage", true, false, false],
  ["webhooks.manage", true, false, false],
  ["tenant.read", true, true, true],
  ["tenant.manage", true, false, false],
  ["audit.read", true, false, false],
];

describe("RBAC matrix", () => {
  it("covers every permission exactly once", () => {
    expect(MATRIX.map(([p]) => p).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  const cases = MATRIX.flatMap(([permission, ...allowed]) => ROLES.map((role, i) => ({ permission, role, allowed: allowed[i]! })));
  it.each(cases)("$role → $permission: $allowed", ({ role, permission, allowed }) => {
    expect(can(role as Role, permission)).toBe(allowed);
  });

  it("lists a role's permissions", () => {
    expect(permissionsFor("viewer")).toEqual(["configurations.read", "procurements.read", "members.read", "billing.read", "tenant.read"]);
  });
});
