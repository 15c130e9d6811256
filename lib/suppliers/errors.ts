import type { Supplier } from "@/lib/prediction/schemas";

/**
 * What went wrong talking to a supplier, in a handful of kinds the callers act on:
 * - timeout: no answer within the deadline (a hung or very slow supplier)
 * - unavailable: could not connect, a 5xx, the circuit is open, or too many calls in flight
 * - rate_limited: 429; `retryAfterMs` says when to come back
 * - bad_response: an answer that is not JSON or not the documented shape
 * - rejected: the supplier understood and said no (4xx: unknown SKU, bad key, conflict)
 */
export type SupplierErrorKind = "timeout" | "unavailable" | "rate_limited" | "bad_response" | "rejected";

export class SupplierError extends Error {
  readonly supplier: Supplier;
  readonly kind: SupplierErrorKind;
  /** The supplier's HTTP status, when it answered. */
  readonly status: number | null;
  readonly retryAfterMs: number | null;

  constructor(
    supplier: Supplier,
    kind: SupplierErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(`${supplier}: ${message}`, { cause: options.cause });
    this.name = "SupplierError";
    this.supplier = supplier;
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}
