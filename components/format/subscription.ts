import type { SubscriptionStatus } from "@/lib/billing/plans";

export type { SubscriptionStatus };

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

export type InvoiceStatus = "draft" | "sent" | "paid" | "canceled";

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: "Draft",
  sent: "Open",
  paid: "Paid",
  canceled: "Void",
};

export const INVOICE_STATUS_BADGE: Record<InvoiceStatus, "secondary" | "warning" | "success"> = {
  draft: "secondary",
  sent: "warning",
  paid: "success",
  canceled: "secondary",
};

/** "12 days left", "1 day left", or "Ends today" for a trial. */
export function formatTrialDaysLeft(days: number): string {
  if (days <= 0) return "Ends today";
  return `${days} ${days === 1 ? "day" : "days"} left`;
}

const BILLING_DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * Billing periods, trials and invoices are dated in UTC, as the payment provider bills them;
 * the same on the server and in every browser.
 */
export function formatBillingDate(value: string | Date | null | undefined, fallback = "—"): string {
  if (!value) return fallback;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? fallback : BILLING_DATE.format(date);
}
