import { withTenant } from "@/lib/http/route";
import { decideApproval } from "@/lib/procurement/approval";
import { procurementSchema } from "@/lib/procurement/response-schemas";
import { approvalDecisionSchema, procurementIdParamsSchema } from "@/lib/procurement/schemas";

export const dynamic = "force-dynamic";

// POST /api/procurements/:id/decision — an admin approves an order waiting for approval, or rejects it with a reason
export const POST = withTenant(
  { permission: "procurements.approve", params: procurementIdParamsSchema, body: approvalDecisionSchema, response: procurementSchema },
  async ({ actor, meta, params, body }) => decideApproval({ actor, meta }, params.id, body),
);
