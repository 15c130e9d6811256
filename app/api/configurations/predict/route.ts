import { predictForInput } from "@/lib/configurations/predict";
import { predictRequestSchema } from "@/lib/configurations/schemas";
import { withTenant } from "@/lib/http/route";
import { predictionSchema } from "@/lib/prediction/response-schemas";

export const dynamic = "force-dynamic";

// POST /api/configurations/predict — rank the catalog for a fluid and targets, without saving
export const POST = withTenant(
  { permission: "configurations.read", body: predictRequestSchema, response: predictionSchema },
  async ({ actor, body }) => {
    return predictForInput(actor.tenantId, body);
  },
);
