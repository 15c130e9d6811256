import { withTenant } from "@/lib/http/route";
import { customModelListSchema } from "@/lib/ml/custom-models/response-schemas";
import { listCustomModels } from "@/lib/ml/custom-models/service";

export const dynamic = "force-dynamic";

// GET /api/ml/custom-models — the organization's custom models, newest first, with their status and out-of-sample accuracy
export const GET = withTenant({ permission: "analytics.read", response: customModelListSchema }, async ({ actor, meta }) => {
  return listCustomModels({ actor, meta });
});
