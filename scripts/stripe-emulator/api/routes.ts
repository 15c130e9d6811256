import type { ApiRoute } from "./api-types";
import { billingPortalRoutes } from "./billing-portal";
import { checkoutSessionRoutes } from "./checkout-sessions";
import { customerRoutes } from "./customers";
import { eventRoutes } from "./events";
import { invoiceItemRoutes } from "./invoice-items";
import { invoiceRoutes } from "./invoices";
import { paymentIntentRoutes } from "./payment-intents";
import { priceRoutes } from "./prices";
import { productRoutes } from "./products";
import { refundRoutes } from "./refunds";
import { subscriptionRoutes } from "./subscriptions";

/** Every REST endpoint the emulator answers under /v1. */
export const apiRoutes: ApiRoute[] = [
  ...customerRoutes,
  ...productRoutes,
  ...priceRoutes,
  ...checkoutSessionRoutes,
  ...subscriptionRoutes,
  ...invoiceRoutes,
  ...invoiceItemRoutes,
  ...paymentIntentRoutes,
  ...refundRoutes,
  ...billingPortalRoutes,
  ...eventRoutes,
];
