import { getDb } from "@/db/client";
import { listFluids } from "@/lib/catalog/queries";
import { listFluidsSchema } from "@/lib/catalog/schemas";
import { withTenant } from "@/lib/http/route";

// GET /api/fluids — the fluid library, searchable by name and category
export const GET = withTenant({ permission: "configurations.read", query: listFluidsSchema }, async ({ query }) => {
  return { fluids: await listFluids(getDb(), query) };
});
