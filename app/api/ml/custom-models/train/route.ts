import { withTenant } from "@/lib/http/route";
import { trainCustomModelResponseSchema } from "@/lib/ml/custom-models/response-schemas";
import { trainCustomModelSchema } from "@/lib/ml/custom-models/schemas";
import { startCustomModelTraining } from "@/lib/ml/custom-models/service";

export const dynamic = "force-dynamic";

// POST /api/ml/custom-models/train — start training a residual model in the background (Enterprise); 202 with its id and ETA
export const POST = withTenant(
  { permission: "feedback.write", body: trainCustomModelSchema, response: trainCustomModelResponseSchema, status: 202 },
  async ({ actor, meta, body }) => {
    return Response.json(await startCustomModelTraining({ actor, meta }, body), { status: 202 });
  },
);
