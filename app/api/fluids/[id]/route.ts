import { archiveCustomFluid, updateCustomFluid } from "@/lib/catalog/custom-fluids";
import { customFluidSchema } from "@/lib/catalog/response-schemas";
import { createCustomFluidSchema, fluidIdParamsSchema } from "@/lib/catalog/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// PUT /api/fluids/:id — replace the figures of one of the tenant's own fluids
export const PUT = withTenant(
  { permission: "configurations.write", params: fluidIdParamsSchema, body: createCustomFluidSchema, response: customFluidSchema },
  async ({ actor, meta, params, body }) => updateCustomFluid({ actor, meta }, params.id, body),
);

// DELETE /api/fluids/:id — archive one of the tenant's own fluids (library fluids are not the tenant's)
export const DELETE = withTenant(
  { permission: "configurations.write", params: fluidIdParamsSchema, status: 204 },
  async ({ actor, meta, params }) => {
    await archiveCustomFluid({ actor, meta }, params.id);
    return null;
  },
);
