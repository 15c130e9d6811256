import { createApiKeySchema, listApiKeysSchema } from "@/lib/api-keys/schemas";
import { createApiKey, listApiKeysFor } from "@/lib/api-keys/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/api-keys — the organization's API keys (a user's own), newest first; keyset pages
export const GET = withTenant({ permission: "api.access", query: listApiKeysSchema, transaction: true }, async ({ actor, tx, query }) =>
  listApiKeysFor(tx, actor, query),
);

// POST /api/api-keys — a new key with scopes and an optional expiry; its secret is in this answer only
export const POST = withTenant({ permission: "api.access", body: createApiKeySchema }, async ({ actor, meta, body }) => {
  return Response.json(await createApiKey({ actor, meta }, body), { status: 201 });
});
