import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { assertWithinLimit, PLANS, upgradeFor } from "./plans";

describe("plans", () => {
  it("holds the spec §1.3 seat limits", () => {
    expect([PLANS.starter.limits.max_users, PLANS.professional.limits.max_users, PLANS.enterprise.limits.max_users]).toEqual([1, 5, -1]);
  });

  it("allows usage up to the limit", () => {
    expect(() => assertWithinLimit("professional", "max_users", 4)).not.toThrow();
    expect(() => assertWithinLimit("enterprise", "max_users", 10_000)).not.toThrow();
  });

  it("refuses past the limit with 402 plan_limit naming the limit and the upgrade", () => {
    let error: unknown;
    try {
      assertWithinLimit("starter", "max_users", 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.status).toBe(402);
    expect(appError.code).toBe("plan_limit");
    expect(appError.message).toContain("1 team member;");
    expect(appError.message).toContain("Upgrade to Professional");
    expect(appError.details[0]).toMatchObject({ limit: "max_users", allowed: 1, usage: 1, upgradeTo: "professional" });
  });

  it("points to enterprise when professional is full", () => {
    expect(upgradeFor("max_users", 5)).toBe("enterprise");
  });
});
