import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import type { Role } from "@/lib/rbac/permissions";
import { testActor as actor, ME, SOMEONE } from "@/scripts/vitest/actor";
import { assertProcurementAccess, getProcurementAccess, type ProcurementAccess } from "./access";
import type { ProcurementStatus } from "./status";

const none: ProcurementAccess = { edit: false, checkout: false, cancel: false, decide: false, confirmReceipt: false, reorder: false };
type Case = { who: string; role: Role; own: boolean; status: ProcurementStatus; expected: ProcurementAccess };

// One row per kind of member, relation to the order and state that changes the answer.
const CASES: Case[] = [
  { who: "a user, own draft", role: "user", own: true, status: "draft", expected: { ...none, edit: true, checkout: true, cancel: true } },
  { who: "a user, someone else's draft", role: "user", own: false, status: "draft", expected: none },
  {
    who: "an admin, anyone's draft",
    role: "admin",
    own: false,
    status: "draft",
    expected: { ...none, edit: true, checkout: true, cancel: true },
  },
  {
    who: "a user, own order waiting for approval",
    role: "user",
    own: true,
    status: "pending_approval",
    expected: { ...none, edit: true, cancel: true },
  },
  {
    who: "an admin, an order waiting for approval",
    role: "admin",
    own: false,
    status: "pending_approval",
    expected: { ...none, edit: true, cancel: true, decide: true },
  },
  {
    who: "a user, own approved order",
    role: "user",
    own: true,
    status: "approved",
    expected: { ...none, edit: true, checkout: true, cancel: true },
  },
  { who: "a user, own submitted order", role: "user", own: true, status: "submitted", expected: { ...none, cancel: true, reorder: true } },
  {
    who: "a user, someone else's delivered order",
    role: "user",
    own: false,
    status: "delivered",
    expected: { ...none, confirmReceipt: true, reorder: true },
  },
  { who: "a user, own shipped order", role: "user", own: true, status: "shipped", expected: { ...none, reorder: true } },
  { who: "a viewer, a delivered order", role: "viewer", own: false, status: "delivered", expected: none },
  { who: "a viewer, own draft (role since lowered)", role: "viewer", own: true, status: "draft", expected: none },
  { who: "an admin, a received order", role: "admin", own: true, status: "received", expected: { ...none, reorder: true } },
  { who: "a viewer, a received order", role: "viewer", own: false, status: "received", expected: none },
];

describe("procurement access", () => {
  it.each(CASES)("$who", ({ role, own, status, expected }) => {
    expect(getProcurementAccess(actor(role), { createdByUserId: own ? ME : SOMEONE, status })).toEqual(expected);
  });

  it("refuses by who is asking, whatever the state", () => {
    const theirs = { createdByUserId: SOMEONE, status: "shipped" as const };
    expect(() => assertProcurementAccess(actor("user"), theirs, "cancel")).toThrow(AppError);
    expect(() => assertProcurementAccess(actor("admin"), theirs, "cancel")).not.toThrow();
    expect(() => assertProcurementAccess(actor("user"), theirs, "decide")).toThrow("Only an admin can approve or reject an order");
  });
});
