import { redirectUrlSchema } from "@/lib/billing/response-schemas";
import { createPortalSession } from "@/lib/billing/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/portal-session — a Stripe billing portal link for this organization (admins)
export const GET = withTenant({ permission: "billing.manage", response: redirectUrlSchema }, async ({ actor, meta }) =>
  createPortalSession({ actor, meta }),
);
