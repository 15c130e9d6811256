import { predictForInput } from "@/lib/configurations/predict";
import { predictRequestSchema } from "@/lib/configurations/schemas";
import { withTenant } from "@/lib/http/route";
import { loadActiveCustomModel } from "@/lib/ml/custom-models/active-model";
import { predictWithModelQuerySchema } from "@/lib/ml/custom-models/schemas";
import { predictionSchema } from "@/lib/prediction/response-schemas";

export const dynamic = "force-dynamic";

// POST /api/configurations/predict — rank the catalog for a fluid and targets, without saving; ?model_id= corrects the physics with an active custom model
export const POST = withTenant(
  { permission: "configurations.read", body: predictRequestSchema, query: predictWithModelQuerySchema, response: predictionSchema },
  async ({ actor, body, query }) => {
    const model = query.model_id ? await loadActiveCustomModel(actor, query.model_id) : undefined;
    return predictForInput(actor.tenantId, body, model);
  },
);
