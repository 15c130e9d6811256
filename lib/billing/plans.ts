import { PLANS as PLAN_VALUES, type Plan as PlanEnum } from "@/db/schema/enums";
import { AppError } from "@/lib/http/errors";

export type { SubscriptionStatus } from "@/db/schema/enums";
export { SUBSCRIPTION_STATUSES } from "@/db/schema/enums";

export const PLAN_IDS = PLAN_VALUES;
export type PlanId = PlanEnum;

/** -1 means unlimited (spec §1.3). */
export const UNLIMITED = -1;

type PlanLimits = {
  api_calls_per_month: number;
  configurations_per_month: number;
  export_requests_per_day: number;
  max_users: number;
};
export type LimitName = keyof PlanLimits;

export type PlanDefinition = {
  id: PlanId;
  name: string;
  /** Monthly price in cents; null for custom (contact sales). */
  priceCents: number | null;
  currency: "usd";
  summary: string;
  limits: PlanLimits;
  features: Record<string, boolean>;
  /** Discount on procurement orders, in basis points (500 = 5%). */
  procurementDiscountBps: number;
  /** AeroSpec's commission on procurement orders, in basis points. */
  commissionRateBps: number;
  /** Stripe price lookup key; null when the plan is not sold through Stripe. */
  stripeLookupKey: string | null;
};

// Spec §1.3 (limits) and §3.1 (prices). The billing module owns this table.
export const PLANS: Record<PlanId, PlanDefinition> = {
  starter: {
    id: "starter",
    name: "Starter",
    priceCents: 50_000,
    currency: "usd",
    summary: "One engineer matching fluids to actuators.",
    limits: {
      api_calls_per_month: 0,
      configurations_per_month: 50,
      export_requests_per_day: 5,
      max_users: 1,
    },
    features: { api_access: false, ecommerce: true, msds_parsing: false, custom_models: false },
    procurementDiscountBps: 0,
    commissionRateBps: 2_000,
    stripeLookupKey: "aerospec_starter_monthly",
  },
  professional: {
    id: "professional",
    name: "Professional",
    priceCents: 200_000,
    currency: "usd",
    summary: "A team sharing configurations, with API access.",
    limits: {
      api_calls_per_month: 10_000,
      configurations_per_month: UNLIMITED,
      export_requests_per_day: 50,
      max_users: 5,
    },
    features: { api_access: true, ecommerce: true, msds_parsing: true, custom_models: false },
    procurementDiscountBps: 500,
    commissionRateBps: 1_500,
    stripeLookupKey: "aerospec_professional_monthly",
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    priceCents: null,
    currency: "usd",
    summary: "Unlimited seats and API calls, custom terms.",
    limits: {
      api_calls_per_month: UNLIMITED,
      configurations_per_month: UNLIMITED,
      export_requests_per_day: UNLIMITED,
      max_users: UNLIMITED,
    },
    features: { api_access: true, ecommerce: true, msds_parsing: true, custom_models: true },
    procurementDiscountBps: 1_000,
    commissionRateBps: 1_000,
    stripeLookupKey: null,
  },
};

export const LIMIT_LABELS: Record<LimitName, string> = {
  api_calls_per_month: "API calls per month",
  configurations_per_month: "configurations per month",
  export_requests_per_day: "exports per day",
  max_users: "team members",
};

/** The plan features a price list names (spec §1.3). */
export const FEATURE_LABELS: Record<string, string> = {
  ecommerce: "Sample ordering and checkout",
  api_access: "API access",
  msds_parsing: "Safety data sheet parsing",
  custom_models: "Custom prediction models",
};

export const TRIAL_PLAN: PlanId = "professional";
export const TRIAL_DAYS = 14;

const SINGULAR_LABELS: Record<LimitName, string> = {
  api_calls_per_month: "API call per month",
  configurations_per_month: "configuration per month",
  export_requests_per_day: "export per day",
  max_users: "team member",
};

/** "1 team member", "50 configurations per month". */
export function countOf(limit: LimitName, count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? SINGULAR_LABELS[limit] : LIMIT_LABELS[limit]}`;
}

export function formatLimit(value: number): string {
  return value === UNLIMITED ? "Unlimited" : value.toLocaleString("en-US");
}

/** The cheapest plan whose limit is above `usage`, to name in the upgrade path. */
export function upgradeFor(limit: LimitName, usage: number): PlanId | null {
  for (const id of PLAN_IDS) {
    const allowed = PLANS[id].limits[limit];
    if (allowed === UNLIMITED || allowed > usage) return id;
  }
  return null;
}

/**
 * Throws 402 plan_limit when `usage + adding` would exceed the plan's limit. The body
 * names the limit, the usage and the plan to upgrade to.
 */
export function assertWithinLimit(plan: PlanId, limit: LimitName, usage: number, adding = 1): void {
  const allowed = PLANS[plan].limits[limit];
  if (allowed === UNLIMITED || usage + adding <= allowed) return;
  const upgrade = upgradeFor(limit, usage + adding - 1);
  const label = LIMIT_LABELS[limit];
  const path = upgrade ? ` Upgrade to ${PLANS[upgrade].name} in Settings → Billing to raise it.` : " Contact sales to raise it.";
  throw new AppError("plan_limit", `Your ${PLANS[plan].name} plan allows ${countOf(limit, allowed)}; you have used ${usage}.${path}`, {
    details: [{ message: label, limit, allowed, usage, plan, upgradeTo: upgrade }],
  });
}

/**
 * Throws 402 plan_limit when the organization's plan (with any feature AeroSpec staff turned on)
 * lacks `feature`, naming the cheapest plan that has it.
 */
export function assertPlanFeature(tenant: { plan: PlanId; features: Record<string, boolean> }, feature: string): void {
  if (tenant.features[feature] === true) return;
  const upgrade = PLAN_IDS.find((id) => PLANS[id].features[feature] === true) ?? null;
  const label = FEATURE_LABELS[feature] ?? feature;
  const path = upgrade ? ` Upgrade to ${PLANS[upgrade].name} in Settings → Billing to use it.` : " Contact sales to use it.";
  throw new AppError("plan_limit", `${label} is not part of your ${PLANS[tenant.plan].name} plan.${path}`, {
    details: [{ message: label, feature, plan: tenant.plan, upgradeTo: upgrade }],
  });
}
