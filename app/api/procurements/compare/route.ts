import { withTenant } from "@/lib/http/route";
import { compareSuppliers } from "@/lib/procurement/compare";
import { compareResponseSchema } from "@/lib/procurement/response-schemas";
import { compareRequestSchema } from "@/lib/procurement/schemas";

export const dynamic = "force-dynamic";

// POST /api/procurements/compare — quotes from every supplier, in parallel (stored on the order when one is named)
export const POST = withTenant(
  { permission: "procurements.write", body: compareRequestSchema, response: compareResponseSchema },
  async ({ actor, meta, body }) => {
    return compareSuppliers({ actor, meta }, body);
  },
);
