import { withStaff } from "@/lib/http/route";
import { createdServiceTokenSchema, serviceTokenListSchema } from "@/lib/ml/response-schemas";
import { createServiceTokenSchema } from "@/lib/ml/schemas";
import { createServiceToken, listServiceTokens } from "@/lib/ml/service-tokens";

export const dynamic = "force-dynamic";

// GET /api/admin/service-tokens — the tokens AeroSpec's own services authenticate with (staff only)
export const GET = withStaff({ response: serviceTokenListSchema }, async () => listServiceTokens());

// POST /api/admin/service-tokens — a new service token; its secret is shown in this answer only (staff only)
export const POST = withStaff(
  { body: createServiceTokenSchema, status: 201, response: createdServiceTokenSchema },
  async ({ actor, meta, body }) => createServiceToken({ actor, meta }, body),
);
