import { configurationIdParamsSchema } from "@/lib/configurations/schemas";
import { configurationFeedbackSchema } from "@/lib/feedback/response-schemas";
import { getConfigurationFeedback } from "@/lib/feedback/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/configurations/:id/feedback — the configuration's lab results against their predictions, and anonymised results of other organizations
export const GET = withTenant(
  { permission: "configurations.read", params: configurationIdParamsSchema, response: configurationFeedbackSchema },
  async ({ actor, meta, params }) => {
    return getConfigurationFeedback({ actor, meta }, params.id);
  },
);
