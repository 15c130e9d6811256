import { apiKeyPageSchema, createdApiKeySchema } from "@/lib/api-keys/response-schemas";
import { createApiKeySchema, listApiKeysSchema } from "@/lib/api-keys/schemas";
import { createApiKey, listApiKeysFor } from "@/lib/api-keys/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/api-keys — the organization's API keys (a user's own), newest first; keyset pages
export const GET = withTenant(
  { permission: "api.access", query: listApiKeysSchema, transaction: true, response: apiKeyPageSchema },
  async ({ actor, tx, query }) => listApiKeysFor(tx, actor, query),
);

// POST /api/api-keys — a new key with scopes and an optional expiry; its secret is in this answer only
export const POST = withTenant(
  { permission: "api.access", body: createApiKeySchema, response: createdApiKeySchema, status: 201 },
  async ({ actor, meta, body }) => {
    return createApiKey({ actor, meta }, body);
  },
);
