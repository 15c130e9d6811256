import { withTenant } from "@/lib/http/route";
import { requestApproval } from "@/lib/procurement/approval";
import { procurementSchema } from "@/lib/procurement/response-schemas";
import { approvalRequestSchema, procurementIdParamsSchema } from "@/lib/procurement/schemas";

export const dynamic = "force-dynamic";

// POST /api/procurements/:id/approval — send an order above the approval threshold to the admins
export const POST = withTenant(
  { permission: "procurements.write", params: procurementIdParamsSchema, body: approvalRequestSchema, response: procurementSchema },
  async ({ actor, meta, params, body }) => requestApproval({ actor, meta }, params.id, body),
);
