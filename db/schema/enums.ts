// The values of every Postgres enum, as plain constants: the schema builds its enums from them
// and the domain derives its unions and zod enums from them, so a new value is added once.
// No drizzle import here, so browser code that validates with these lists stays small.

export const PLANS = ["starter", "professional", "enterprise"] as const;
export type Plan = (typeof PLANS)[number];

export const SUBSCRIPTION_STATUSES = ["active", "trialing", "past_due", "canceled"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const MEMBER_ROLES = ["admin", "user", "viewer"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const CONFIGURATION_STATUSES = ["draft", "complete", "ordered", "testing"] as const;
export type ConfigurationStatus = (typeof CONFIGURATION_STATUSES)[number];

export const SHARE_PERMISSIONS = ["view", "edit"] as const;
export type SharePermission = (typeof SHARE_PERMISSIONS)[number];

export const INVOICE_STATUSES = ["draft", "sent", "paid", "canceled"] as const;

// An order's life (lib/procurement/status.ts holds the transitions between these).
export const PROCUREMENT_STATUSES = [
  "draft",
  "pending_approval",
  "approved",
  "submitted",
  "confirmed",
  "shipped",
  "delivered",
  "received",
  "failed",
  "cancelled",
] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

export const ORDER_TYPES = ["sample", "pilot", "production"] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

// Where the order's money is: unpaid → pending (Checkout open) → authorized (held on the
// card) → paid (captured), or released (the hold let go) / refunded.
export const PROCUREMENT_PAYMENT_STATUSES = ["unpaid", "pending", "authorized", "paid", "released", "refunded"] as const;

// Why an API key stopped working before its expiry: revoked by a person, or its creator left.
export const API_KEY_REVOCATION_REASONS = ["revoked", "member_removed"] as const;
export type ApiKeyRevocationReason = (typeof API_KEY_REVOCATION_REASONS)[number];

// A lab result's verdict (spec §4.1).
export const FEEDBACK_PASS_FAIL = ["pass", "fail", "unknown"] as const;
