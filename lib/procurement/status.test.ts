import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { assertTransition, canTransition, isEditable, isFinal, PROCUREMENT_STATUSES, type ProcurementStatus } from "./status";

// Every pair of states: the allowed ones listed, every other pair refused.
const ALLOWED: [ProcurementStatus, ProcurementStatus][] = [
  ["draft", "pending_approval"],
  ["draft", "submitted"],
  ["draft", "cancelled"],
  ["pending_approval", "approved"],
  ["pending_approval", "draft"],
  ["pending_approval", "cancelled"],
  ["approved", "draft"],
  ["approved", "submitted"],
  ["approved", "cancelled"],
  ["submitted", "confirmed"],
  ["submitted", "shipped"],
  ["submitted", "delivered"],
  ["submitted", "failed"],
  ["submitted", "cancelled"],
  ["confirmed", "shipped"],
  ["confirmed", "delivered"],
  ["confirmed", "failed"],
  ["confirmed", "cancelled"],
  ["shipped", "delivered"],
  ["delivered", "received"],
];

describe("procurement state machine", () => {
  const pairs = PROCUREMENT_STATUSES.flatMap((from) => PROCUREMENT_STATUSES.map((to) => ({ from, to })));
  it.each(pairs)("$from → $to", ({ from, to }) => {
    const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
    else expect(() => assertTransition(from, to)).toThrow(AppError);
  });

  it("refuses with a conflict that names both states", () => {
    expect(() => assertTransition("shipped", "cancelled")).toThrow("An order that is shipped cannot become cancelled");
  });

  it("keeps the cart editable only before payment", () => {
    expect(PROCUREMENT_STATUSES.filter(isEditable)).toEqual(["draft", "pending_approval", "approved"]);
    expect(PROCUREMENT_STATUSES.filter(isFinal)).toEqual(["received", "failed", "cancelled"]);
  });
});
