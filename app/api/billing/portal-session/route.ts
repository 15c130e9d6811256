import { createPortalSession } from "@/lib/billing/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/billing/portal-session — a Stripe billing portal link for this organization (admins)
export const GET = withTenant({ permission: "billing.manage" }, async ({ actor, meta }) => createPortalSession({ actor, meta }));
