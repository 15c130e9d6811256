import { withTenant } from "@/lib/http/route";
import { procurementSchema } from "@/lib/procurement/response-schemas";
import { procurementIdParamsSchema, updateProcurementSchema } from "@/lib/procurement/schemas";
import { cancelProcurement, getProcurement, updateProcurement } from "@/lib/procurement/service";

export const dynamic = "force-dynamic";

const params = procurementIdParamsSchema;

// GET /api/procurements/:id — one order with its lines, quotes, timeline and what the caller may do
export const GET = withTenant({ permission: "procurements.read", params, response: procurementSchema }, async ({ actor, meta, params }) => {
  return getProcurement({ actor, meta }, params.id);
});

// PUT /api/procurements/:id — edit the cart before payment: lines, order type, ship-to address, chosen supplier
export const PUT = withTenant(
  { permission: "procurements.write", params, body: updateProcurementSchema, response: procurementSchema },
  async ({ actor, meta, params, body }) => updateProcurement({ actor, meta }, params.id, body),
);

// DELETE /api/procurements/:id — cancel the order (its creator or an admin)
export const DELETE = withTenant({ permission: "procurements.write", params, status: 204 }, async ({ actor, meta, params }) => {
  await cancelProcurement({ actor, meta }, params.id);
  return null;
});
