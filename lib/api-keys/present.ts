import type { z } from "zod";
import type { ApiKeyRevocationReason } from "@/db/schema/enums";
import { isApiKeyScope, permissionsFor, type Role } from "@/lib/rbac/permissions";
import { hasApiAccess } from "./access";
import type { ApiKeyListRow } from "./queries";
import type { apiKeySchema } from "./response-schemas";

/** active: works; expired / revoked: for good; disabled: its creator can no longer use the API. */
type ApiKeyStatus = z.input<typeof apiKeySchema>["status"];

type Facts = Pick<ApiKeyListRow, "key" | "creator" | "creatorRole" | "lastUsedAt">;

function statusOf(facts: Facts, features: Record<string, boolean>, now: Date): ApiKeyStatus {
  if (facts.key.revokedAt) return "revoked";
  if (facts.key.expiresAt && facts.key.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!facts.creatorRole || !hasApiAccess({ role: facts.creatorRole, features })) return "disabled";
  return "active";
}

/** The scopes a key still carries as its creator's role stands today. */
export function grantedScopes(scopes: readonly string[], role: Role | null) {
  const held = new Set<string>(role ? permissionsFor(role) : []);
  return scopes.filter(isApiKeyScope).filter((scope) => held.has(scope));
}

/** One key as the API and the settings page show it: never its secret or hash. */
export function presentApiKey(facts: Facts, features: Record<string, boolean>, now = new Date()): z.input<typeof apiKeySchema> {
  const { key } = facts;
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes.filter(isApiKeyScope),
    grantedScopes: grantedScopes(key.scopes, facts.creatorRole),
    createdBy: facts.creator?.id ? facts.creator : null,
    createdAt: key.createdAt,
    lastUsedAt: facts.lastUsedAt,
    expiresAt: key.expiresAt,
    revokedAt: key.revokedAt,
    revocationReason: key.revocationReason as ApiKeyRevocationReason | null,
    status: statusOf(facts, features, now),
  };
}
