import { withTenant } from "@/lib/http/route";
import { confirmReceipt } from "@/lib/procurement/receipt";
import { receiptSchema } from "@/lib/procurement/response-schemas";
import { confirmReceiptSchema, procurementIdParamsSchema } from "@/lib/procurement/schemas";

export const dynamic = "force-dynamic";

// POST /api/procurements/:id/receipt — confirm a delivery with its receipt code; captures what arrived
export const POST = withTenant(
  { permission: "procurements.write", params: procurementIdParamsSchema, body: confirmReceiptSchema, response: receiptSchema },
  async ({ actor, meta, params, body }) => confirmReceipt({ actor, meta }, params.id, body),
);
