import { logger } from "@/lib/http/logger";
import { getStripe } from "./stripe";

/**
 * Ends a tenant's Stripe subscription now, without proration, before the tenant is deleted:
 * a deleted organization must not be charged again. A subscription Stripe no longer knows
 * (already gone) is not an error.
 */
export async function cancelSubscriptionNow(subscriptionId: string): Promise<void> {
  try {
    await getStripe().subscriptions.cancel(subscriptionId, { prorate: false, invoice_now: false });
  } catch (error) {
    const code = (error as { code?: string; statusCode?: number }).code;
    if (code === "resource_missing") {
      logger.warn({ subscriptionId }, "subscription already gone at tenant deletion");
      return;
    }
    throw error;
  }
}
