import { feedbackSchema } from "@/lib/feedback/response-schemas";
import { feedbackIdParamsSchema, updateFeedbackSchema } from "@/lib/feedback/schemas";
import { deleteFeedback, updateFeedback } from "@/lib/feedback/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = feedbackIdParamsSchema;

// PUT /api/feedback/:id — replace a lab result's measurements (its recorder or an admin)
export const PUT = withTenant(
  { permission: "feedback.write", params, body: updateFeedbackSchema, response: feedbackSchema },
  async ({ actor, meta, params, body }) => updateFeedback({ actor, meta }, params.id, body),
);

// DELETE /api/feedback/:id — delete a lab result (its recorder or an admin)
export const DELETE = withTenant({ permission: "feedback.write", params, status: 204 }, async ({ actor, meta, params }) => {
  await deleteFeedback({ actor, meta }, params.id);
  return null;
});
