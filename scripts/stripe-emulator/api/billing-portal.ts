import { findOr404 } from "../core/lookup";
import { createPortalSession } from "../portal/portal-sessions";
import type { ApiRoute } from "./api-types";

export const billingPortalRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/billing_portal/sessions",
    handler: (ctx, { params }) => {
      const customer = findOr404(ctx.state.customers, params.requiredString("customer"), "customer", "customer");
      return createPortalSession(ctx, customer, params.string("return_url") || null);
    },
  },
];
