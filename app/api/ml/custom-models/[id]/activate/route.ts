import { withTenant } from "@/lib/http/route";
import { customModelSchema } from "@/lib/ml/custom-models/response-schemas";
import { customModelParamsSchema } from "@/lib/ml/custom-models/schemas";
import { activateCustomModel } from "@/lib/ml/custom-models/service";

export const dynamic = "force-dynamic";

// POST /api/ml/custom-models/:id/activate — allow predictions with a model; refused (409) unless it beats the physics out of sample
export const POST = withTenant(
  { permission: "feedback.write", params: customModelParamsSchema, response: customModelSchema },
  async ({ actor, meta, params }) => {
    return activateCustomModel({ actor, meta }, params.id);
  },
);
