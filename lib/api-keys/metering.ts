import { assertWithinLimit, PLANS, UNLIMITED } from "@/lib/billing/plans";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import type { ApiKeyCount, ApiKeyState, CountRequest } from "./calls";

const WINDOW_MS = 60_000;

/**
 * How to count a request decided on `state`: against the key's per-minute window always, and
 * against the plan's API calls of the month when it was `admitted` (allowed, its input valid).
 */
export function countRequestFor(
  state: ApiKeyState,
  admitted: boolean,
  now = new Date(),
  points = env().API_KEY_REQUESTS_PER_MINUTE,
): CountRequest {
  const allowed = PLANS[state.plan].limits.api_calls_per_month;
  const ceiling = allowed === UNLIMITED ? Number.MAX_SAFE_INTEGER : allowed;
  return { expect: state.fingerprint, plan: admitted, points, windowMs: WINDOW_MS, ceiling, now };
}

/**
 * Spec §7.1's headers on the answer, whatever it is: the per-minute limit, what is left of it,
 * and when it starts over (Unix seconds). Past the limit: 429 with Retry-After.
 */
export function applyRateLimit(headers: Headers, count: ApiKeyCount, points = env().API_KEY_REQUESTS_PER_MINUTE): void {
  const now = Date.now();
  const msBeforeNext = Math.max(count.expire.getTime() - now, 0);
  headers.set("X-RateLimit-Limit", String(points));
  headers.set("X-RateLimit-Remaining", String(Math.max(points - count.points, 0)));
  headers.set("X-RateLimit-Reset", String(Math.ceil((now + msBeforeNext) / 1000)));
  if (count.points <= points) return;
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  throw new AppError("rate_limited", `This API key is limited to ${points} requests a minute. Try again in ${retryAfter} s.`, {
    headers: { "Retry-After": String(retryAfter) },
    details: [{ message: "retry_after", retryAfterSeconds: retryAfter }],
  });
}

/** 402 plan_limit when the call was not counted against the plan: its calls of the month are spent (Starter has none). */
export function assertCallCounted(state: ApiKeyState, count: ApiKeyCount): void {
  if (count.counted) return;
  assertWithinLimit(state.plan, "api_calls_per_month", PLANS[state.plan].limits.api_calls_per_month);
}
