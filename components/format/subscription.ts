export type SubscriptionStatus = "active" | "trialing" | "past_due" | "canceled";

export const STATUS_LABELS: Record<SubscriptionStatus, string> = {
  active: "Active",
  trialing: "Trial",
  past_due: "Payment past due",
  canceled: "Canceled",
};

export const STATUS_BADGE: Record<SubscriptionStatus, "success" | "warning" | "destructive"> = {
  active: "success",
  trialing: "warning",
  past_due: "destructive",
  canceled: "destructive",
};
