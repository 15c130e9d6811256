import { withTenant } from "@/lib/http/route";
import { listProcurements } from "@/lib/procurement/queries";
import { procurementPageSchema, procurementSchema } from "@/lib/procurement/response-schemas";
import { createProcurementSchema, listProcurementsSchema } from "@/lib/procurement/schemas";
import { createProcurement } from "@/lib/procurement/service";

export const dynamic = "force-dynamic";

// GET /api/procurements — the organization's orders, newest first; filter by status and configuration, search; keyset pages
export const GET = withTenant(
  { permission: "procurements.read", query: listProcurementsSchema, response: procurementPageSchema, transaction: true },
  async ({ actor, query, tx }) => listProcurements(tx, actor.tenantId, query),
);

// POST /api/procurements — start an order (a draft: the cart) for a configuration's actuators, or add them to one's open draft
export const POST = withTenant(
  { permission: "procurements.write", body: createProcurementSchema, response: procurementSchema, status: 201 },
  async ({ actor, meta, body }) => {
    return createProcurement({ actor, meta }, body);
  },
);
