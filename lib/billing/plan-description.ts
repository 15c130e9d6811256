import { countOf, FEATURE_LABELS, LIMIT_LABELS, type LimitName, type PlanDefinition, UNLIMITED } from "./plans";

// The one description of a plan, shown on the pricing page and on the billing page alike.

/** "50 configurations per month", "Unlimited exports per day", "Up to 5 team members", "No API calls per month". */
function describeLimit(limit: LimitName, allowed: number): string {
  const label = LIMIT_LABELS[limit];
  if (allowed === UNLIMITED) return `Unlimited ${label}`;
  if (allowed === 0) return `No ${label}`;
  if (limit === "max_users" && allowed > 1) return `Up to ${countOf(limit, allowed)}`;
  return countOf(limit, allowed);
}

export function listPlanLimits(plan: PlanDefinition): string[] {
  return (Object.keys(LIMIT_LABELS) as LimitName[]).map((limit) => describeLimit(limit, plan.limits[limit]));
}

export function listPlanFeatures(plan: PlanDefinition): { label: string; included: boolean }[] {
  const features = Object.entries(FEATURE_LABELS).map(([key, label]) => ({ label, included: plan.features[key] === true }));
  if (plan.procurementDiscountBps > 0) features.push({ label: `${plan.procurementDiscountBps / 100}% off sample orders`, included: true });
  return features;
}

/** Limits then features, each marked included or not (a limit of zero is not included). */
export function describePlan(plan: PlanDefinition): { label: string; included: boolean }[] {
  const limits = (Object.keys(LIMIT_LABELS) as LimitName[]).map((limit) => ({
    label: describeLimit(limit, plan.limits[limit]),
    included: plan.limits[limit] !== 0,
  }));
  return [...limits, ...listPlanFeatures(plan)];
}
