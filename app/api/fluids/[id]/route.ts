import { archiveCustomFluid } from "@/lib/catalog/custom-fluids";
import { fluidIdParamsSchema } from "@/lib/catalog/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// DELETE /api/fluids/:id — archive one of the tenant's own fluids (library fluids are not the tenant's)
export const DELETE = withTenant({ permission: "configurations.write", params: fluidIdParamsSchema }, async ({ actor, meta, params }) => {
  await archiveCustomFluid({ actor, meta }, params.id);
  return null;
});
