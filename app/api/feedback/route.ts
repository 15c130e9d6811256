import { feedbackSchema } from "@/lib/feedback/response-schemas";
import { createFeedbackSchema } from "@/lib/feedback/schemas";
import { createFeedback } from "@/lib/feedback/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/feedback — record a lab result for a configuration; the prediction at the tested pressure is stored with it
export const POST = withTenant(
  { permission: "feedback.write", body: createFeedbackSchema, response: feedbackSchema, status: 201 },
  async ({ actor, meta, body }) => {
    return createFeedback({ actor, meta }, body);
  },
);
