import { LIMIT_LABELS, type LimitName, type PlanDefinition, UNLIMITED } from "@/lib/billing/plans";

const FEATURE_LABELS: Record<string, string> = {
  ecommerce: "Sample ordering and checkout",
  api_access: "API access",
  msds_parsing: "Safety data sheet parsing",
};

/** "50 configurations per month", "Unlimited exports per day", "Up to 5 team members". */
function describeLimit(limit: LimitName, allowed: number): string {
  const label = LIMIT_LABELS[limit];
  if (allowed === UNLIMITED) return `Unlimited ${label}`;
  if (allowed === 0) return `No ${label}`;
  if (limit === "max_users") return allowed === 1 ? "1 team member" : `Up to ${allowed.toLocaleString("en-US")} ${label}`;
  return `${allowed.toLocaleString("en-US")} ${label}`;
}

export function listPlanLimits(plan: PlanDefinition): string[] {
  return (Object.keys(LIMIT_LABELS) as LimitName[]).map((limit) => describeLimit(limit, plan.limits[limit]));
}

export function listPlanFeatures(plan: PlanDefinition): { label: string; included: boolean }[] {
  const features = Object.entries(FEATURE_LABELS).map(([key, label]) => ({ label, included: plan.features[key] === true }));
  if (plan.procurementDiscountBps > 0) features.push({ label: `${plan.procurementDiscountBps / 100}% off sample orders`, included: true });
  return features;
}
