import { RateLimiterDrizzle } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

type Limiters = { account: RateLimiterDrizzle; ip: RateLimiterDrizzle; resetEmail: RateLimiterDrizzle };
const RESET_EMAILS_PER_HOUR = 3;
const globalForLimits = globalThis as unknown as { __aerospecLoginLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.__aerospecLoginLimiters) {
    const e = env();
    const common = { storeClient: getDb(), schema: rateLimits, duration: e.LOGIN_BLOCK_SECONDS };
    globalForLimits.__aerospecLoginLimiters = {
      account: new RateLimiterDrizzle({
        ...common,
        keyPrefix: "login:account",
        points: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      }),
      ip: new RateLimiterDrizzle({ ...common, keyPrefix: "login:ip", points: e.LOGIN_MAX_FAILURES_PER_IP }),
      resetEmail: new RateLimiterDrizzle({
        storeClient: getDb(),
        schema: rateLimits,
        keyPrefix: "reset:email",
        points: RESET_EMAILS_PER_HOUR,
        duration: 3600,
      }),
    };
  }
  return globalForLimits.__aerospecLoginLimiters;
}

function keys(email: string, ip: string | null) {
  return { account: email.trim().toLowerCase(), ip: ip ?? "unknown" };
}

/** Throws 429 with Retry-After when this account or this IP has failed too often. */
export async function assertLoginAllowed(email: string, ip: string | null): Promise<void> {
  const { account, ip: ipKey } = keys(email, ip);
  const l = limiters();
  const [byAccount, byIp] = await Promise.all([l.account.get(account), l.ip.get(ipKey)]);
  const blocked = [
    byAccount && byAccount.consumedPoints >= l.account.points ? byAccount.msBeforeNext : 0,
    byIp && byIp.consumedPoints >= l.ip.points ? byIp.msBeforeNext : 0,
  ];
  const waitMs = Math.max(...blocked);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new AppError("rate_limited", `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`, {
      headers: { "Retry-After": String(seconds) },
      details: [{ message: "retry_after", retryAfterSeconds: seconds }],
    });
  }
}

export async function recordLoginFailure(email: string, ip: string | null): Promise<void> {
  const { account, ip: ipKey } = keys(email, ip);
  const l = limiters();
  // consume() rejects once the limit is passed; the counter is still incremented.
  await Promise.allSettled([l.account.consume(account), l.ip.consume(ipKey)]);
}

export async function clearLoginFailures(email: string): Promise<void> {
  await limiters().account.delete(keys(email, null).account);
}

/** At most a few reset emails per address per hour, so the form cannot be used to flood an inbox. */
export async function allowPasswordResetEmail(email: string): Promise<boolean> {
  try {
    await limiters().resetEmail.consume(keys(email, null).account);
    return true;
  } catch {
    return false;
  }
}
