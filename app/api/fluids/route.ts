import { createCustomFluid, listCustomFluids } from "@/lib/catalog/custom-fluids";
import { listFluids } from "@/lib/catalog/queries";
import { customFluidSchema, fluidListSchema } from "@/lib/catalog/response-schemas";
import { createCustomFluidSchema, listFluidsSchema } from "@/lib/catalog/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/fluids — the fluid library (searchable by name and category) and the tenant's own fluids
export const GET = withTenant(
  { permission: "configurations.read", query: listFluidsSchema, transaction: true, response: fluidListSchema },
  async ({ actor, tx, query }) => {
    const [fluids, customFluids] = await Promise.all([
      listFluids(tx, query),
      query.category ? [] : listCustomFluids(tx, actor.tenantId, query.q),
    ]);
    return { fluids, customFluids };
  },
);

// POST /api/fluids — add a fluid of the tenant's own, next to the library
export const POST = withTenant(
  { permission: "configurations.write", body: createCustomFluidSchema, response: customFluidSchema, status: 201 },
  async ({ actor, meta, body }) => {
    return createCustomFluid({ actor, meta }, body);
  },
);
