import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/rbac/permissions";
import { testActor as actor, ME, SOMEONE } from "@/scripts/vitest/actor";
import { type ConfigurationAccess, getConfigurationAccess, type SharePermission } from "./access";

type Case = { who: string; role: Role; own: boolean; share: SharePermission | null; archived?: boolean; expected: ConfigurationAccess };
const all = (v: boolean): ConfigurationAccess => ({ edit: v, restore: v, duplicate: v, share: v, archive: v });

// One row per kind of member and relation to the configuration.
const CASES: Case[] = [
  { who: "an admin, anyone's", role: "admin", own: false, share: null, expected: all(true) },
  { who: "a user, their own", role: "user", own: true, share: null, expected: all(true) },
  {
    who: "a user, someone else's",
    role: "user",
    own: false,
    share: null,
    expected: { edit: true, restore: true, duplicate: true, share: false, archive: false },
  },
  { who: "a viewer", role: "viewer", own: false, share: null, expected: all(false) },
  { who: "a viewer it is shared with to view", role: "viewer", own: false, share: "view", expected: all(false) },
  {
    who: "a viewer it is shared with to edit",
    role: "viewer",
    own: false,
    share: "edit",
    expected: { edit: true, restore: true, duplicate: false, share: false, archive: false },
  },
  {
    who: "an admin, archived",
    role: "admin",
    own: false,
    share: null,
    archived: true,
    expected: { edit: false, restore: false, duplicate: true, share: true, archive: true },
  },
  { who: "a viewer with an edit share, archived", role: "viewer", own: false, share: "edit", archived: true, expected: all(false) },
];

describe("getConfigurationAccess", () => {
  it.each(CASES)("$who", ({ role, own, share, archived, expected }) => {
    const row = { createdByUserId: own ? ME : SOMEONE, archivedAt: archived ? new Date() : null };
    expect(getConfigurationAccess(actor(role), row, share)).toEqual(expected);
  });

  it("a configuration whose creator left is managed by admins only", () => {
    const row = { createdByUserId: null, archivedAt: null };
    expect(getConfigurationAccess(actor("user"), row, null).archive).toBe(false);
    expect(getConfigurationAccess(actor("admin"), row, null).archive).toBe(true);
  });
});
