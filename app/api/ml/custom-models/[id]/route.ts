import { withTenant } from "@/lib/http/route";
import { customModelSchema } from "@/lib/ml/custom-models/response-schemas";
import { customModelParamsSchema } from "@/lib/ml/custom-models/schemas";
import { getCustomModel } from "@/lib/ml/custom-models/service";

export const dynamic = "force-dynamic";

// GET /api/ml/custom-models/:id — training progress, then the cross-validated RMSE against the physics baseline
export const GET = withTenant(
  { permission: "analytics.read", params: customModelParamsSchema, response: customModelSchema },
  async ({ actor, meta, params }) => {
    return getCustomModel({ actor, meta }, params.id);
  },
);
