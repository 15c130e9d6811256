import {
  BrokenCircuitError,
  BulkheadRejectedError,
  bulkhead,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  type IPolicy,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
  wrap,
} from "cockatiel";
import type { Supplier } from "@/lib/prediction/schemas";
import { SupplierError } from "./errors";

export type ResilienceOptions = {
  /** Deadline of one call, retries and backoff included. */
  callTimeoutMs: number;
  /** Deadline of one attempt. */
  attemptTimeoutMs: number;
  /** Attempts after the first, for idempotent calls. */
  retries: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  /** Consecutive failures that open the circuit. */
  breakerThreshold: number;
  /** How long an open circuit fails fast before one trial call (half-open). */
  halfOpenAfterMs: number;
  /** Calls in flight to this supplier at once, and calls waiting for a slot. */
  concurrency: number;
  queue: number;
};

export const DEFAULT_RESILIENCE: Omit<ResilienceOptions, "callTimeoutMs"> = {
  attemptTimeoutMs: 3000,
  retries: 2,
  backoffInitialMs: 100,
  backoffMaxMs: 1000,
  breakerThreshold: 5,
  halfOpenAfterMs: 10_000,
  concurrency: 16,
  queue: 64,
};

type Attempt<T> = (signal: AbortSignal) => Promise<T>;

/** The supplier's fault, not ours: counts toward opening the circuit and may be retried. */
function isSupplierFault(error: Error): boolean {
  if (error instanceof TaskCancelledError) return true;
  return error instanceof SupplierError && error.kind !== "rejected";
}

/** Worth another attempt now: a timeout, a refused connection or a 5xx (not a 429 or a bad answer). */
function isTransient(error: Error): boolean {
  if (error instanceof TaskCancelledError) return true;
  return error instanceof SupplierError && (error.kind === "unavailable" || error.kind === "timeout");
}

function toSupplierError(supplier: Supplier, error: unknown, options: ResilienceOptions): SupplierError {
  if (error instanceof SupplierError) return error;
  if (error instanceof TaskCancelledError)
    return new SupplierError(
      supplier,
      "timeout",
      `no answer in time (${options.attemptTimeoutMs} ms an attempt, ${options.callTimeoutMs} ms a call)`,
      { cause: error },
    );
  if (error instanceof BrokenCircuitError)
    return new SupplierError(supplier, "unavailable", "circuit open after repeated failures", { cause: error });
  if (error instanceof BulkheadRejectedError)
    return new SupplierError(supplier, "unavailable", "too many calls in flight", { cause: error });
  return new SupplierError(supplier, "bad_response", error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * One supplier's policies (cockatiel): a concurrency cap, a deadline per call, retries with
 * exponential backoff (idempotent calls only), a circuit breaker shared by every call, and a
 * deadline per attempt. Every failure comes out as a SupplierError.
 */
export function createResilience(supplier: Supplier, options: ResilienceOptions) {
  const cap = bulkhead(options.concurrency, options.queue);
  const deadline = timeout(options.callTimeoutMs, TimeoutStrategy.Aggressive);
  const breaker: CircuitBreakerPolicy = circuitBreaker(handleWhen(isSupplierFault), {
    halfOpenAfter: options.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.breakerThreshold),
  });
  const attemptDeadline = timeout(options.attemptTimeoutMs, TimeoutStrategy.Aggressive);
  const retries = retry(handleWhen(isTransient), {
    maxAttempts: options.retries,
    backoff: new ExponentialBackoff({ initialDelay: options.backoffInitialMs, maxDelay: options.backoffMaxMs }),
  });
  const idempotent: IPolicy = wrap(cap, deadline, retries, breaker, attemptDeadline);
  const once: IPolicy = wrap(cap, deadline, breaker, attemptDeadline);
  return {
    breaker,
    async run<T>(attempt: Attempt<T>, { idempotent: canRetry }: { idempotent: boolean }): Promise<T> {
      try {
        return await (canRetry ? idempotent : once).execute(({ signal }) => attempt(signal));
      } catch (error) {
        throw toSupplierError(supplier, error, options);
      }
    },
  };
}
