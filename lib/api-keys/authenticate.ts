import type { Actor, ApiKeyCredential } from "@/lib/auth/actor";
import { getSessionState } from "@/lib/auth/service";
import { actorFromState } from "@/lib/auth/session-token";
import { AppError } from "@/lib/http/errors";
import { hasApiAccess } from "./access";
import { grantedScopes } from "./present";
import { findApiKeyByHash } from "./queries";
import { hashApiKey, isApiKeyFormat } from "./secret";

/** A request authenticated by an API key: its creator, as they are now, acting within the key. */
export type KeyActor = Actor & { apiKey: ApiKeyCredential };

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const CREATOR_LEFT = "This API key no longer works: the member who created it left the organization";

/**
 * The actor behind an API key, read fresh on every request: the key must not be revoked or
 * expired, its creator must still be an active member allowed to use the API, and its scopes
 * are narrowed to what the creator's role allows today. 401 for a key that does not (or no
 * longer) work, 403 when its creator lost API access.
 */
export async function authenticateApiKey(secret: string, now = new Date()): Promise<KeyActor> {
  const key = isApiKeyFormat(secret) ? await findApiKeyByHash(hashApiKey(secret)) : null;
  if (!key) throw new AppError("unauthorized", "The API key is not valid");
  if (key.revokedAt)
    throw new AppError("unauthorized", key.revocationReason === "member_removed" ? CREATOR_LEFT : "This API key was revoked");
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) {
    throw new AppError("unauthorized", `This API key expired on ${DATE.format(key.expiresAt)}`);
  }
  const state = await getSessionState(key.tenantId, key.createdByUserId);
  if (!state?.isActive) throw new AppError("unauthorized", CREATOR_LEFT);
  const member = actorFromState(state, null);
  if (!hasApiAccess(member)) {
    throw new AppError("forbidden", "The member who created this API key can no longer use the API: their role or the plan changed");
  }
  return { ...member, apiKey: { id: key.id, name: key.name, prefix: key.prefix, scopes: grantedScopes(key.scopes, member.role) } };
}
