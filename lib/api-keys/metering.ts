import { sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { apiKeyUsage, rateLimits } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { consumeQuota } from "@/lib/billing/usage";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import type { KeyActor } from "./authenticate";

const WINDOW_SECONDS = 60;

const globalForLimits = globalThis as unknown as { __aerospecApiKeyLimiters?: Map<number, RateLimiterDrizzle> };

// One limiter per limit (the setting, or a test's), each counting in the shared rate_limits table.
function limiter(points: number): RateLimiterDrizzle {
  globalForLimits.__aerospecApiKeyLimiters ??= new Map();
  let found = globalForLimits.__aerospecApiKeyLimiters.get(points);
  if (!found) {
    found = new RateLimiterDrizzle({ storeClient: getDb(), schema: rateLimits, keyPrefix: "api_key", points, duration: WINDOW_SECONDS });
    globalForLimits.__aerospecApiKeyLimiters.set(points, found);
  }
  return found;
}

/** Spec §7.1's headers: the per-minute limit, what is left of it, and when it starts over (Unix seconds). */
function rateLimitHeaders(points: number, res: RateLimiterRes, now: number): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(points),
    "X-RateLimit-Remaining": String(res.remainingPoints),
    "X-RateLimit-Reset": String(Math.ceil((now + Math.max(res.msBeforeNext, 0)) / 1000)),
  };
}

/**
 * Counts one request against the key's per-minute limit and returns the headers saying where it
 * stands; past the limit, 429 with those headers and Retry-After. One atomic upsert, so
 * concurrent requests at the boundary get exactly the limit between them.
 */
export async function limitApiKeyRate(apiKeyId: string, points = env().API_KEY_REQUESTS_PER_MINUTE): Promise<Record<string, string>> {
  const now = Date.now();
  try {
    return rateLimitHeaders(points, await limiter(points).consume(apiKeyId), now);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError("rate_limited", `This API key is limited to ${points} requests a minute. Try again in ${retryAfter} s.`, {
      headers: { ...rateLimitHeaders(points, error, now), "Retry-After": String(retryAfter) },
      details: [{ message: "retry_after", retryAfterSeconds: retryAfter }],
    });
  }
}

/**
 * Counts one call against the plan's API calls per month (402 plan_limit once spent: Starter
 * has none) and in the key's usage of the day, in one transaction: both or neither.
 */
export async function countApiCall(actor: KeyActor, now = new Date()): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  await withTenantTx(actor.tenantId, async (tx) => {
    await consumeQuota(tx, actor.tenantId, actor.plan, "api_calls_per_month", now);
    await tx
      .insert(apiKeyUsage)
      .values({ tenantId: actor.tenantId, apiKeyId: actor.apiKey.id, day, count: 1, lastUsedAt: now })
      .onConflictDoUpdate({
        target: [apiKeyUsage.tenantId, apiKeyUsage.apiKeyId, apiKeyUsage.day],
        set: { count: sql`${apiKeyUsage.count} + 1`, lastUsedAt: sql`greatest(${apiKeyUsage.lastUsedAt}, excluded.last_used_at)` },
      });
  });
}
