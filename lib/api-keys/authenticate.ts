import type { Actor, ApiKeyCredential } from "@/lib/auth/actor";
import { PLANS } from "@/lib/billing/plans";
import { AppError } from "@/lib/http/errors";
import { hasApiAccess } from "./access";
import { type ApiKeyState, callApiKey } from "./calls";
import { grantedScopes } from "./present";
import { hashApiKey, isApiKeyFormat } from "./secret";

/** A request authenticated by an API key: its creator, as they are now, acting within the key. */
export type KeyActor = Actor & { apiKey: ApiKeyCredential };

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const CREATOR_LEFT = "This API key no longer works: the member who created it left the organization";
const NOT_VALID = "The API key is not valid";

/** The stored form of a presented secret, or 401 for text that cannot be one of our keys. */
export function hashPresentedKey(secret: string): string {
  if (!isApiKeyFormat(secret)) throw new AppError("unauthorized", NOT_VALID);
  return hashApiKey(secret);
}

/** 401 for a secret no key has. */
export function unknownApiKey(): AppError {
  return new AppError("unauthorized", NOT_VALID);
}

/**
 * The actor a key's state makes: the key must not be revoked or expired, its creator must still
 * be an active member allowed to use the API, and its scopes are narrowed to what the creator's
 * role allows. 401 for a key that does not (or no longer) work, 403 when its creator lost API access.
 */
export function keyActorOf(state: ApiKeyState, now = new Date()): KeyActor {
  if (state.revokedAt) {
    throw new AppError("unauthorized", state.revocationReason === "member_removed" ? CREATOR_LEFT : "This API key was revoked");
  }
  if (state.expiresAt && state.expiresAt.getTime() <= now.getTime()) {
    throw new AppError("unauthorized", `This API key expired on ${DATE.format(state.expiresAt)}`);
  }
  if (!state.role || !state.isActive) throw new AppError("unauthorized", CREATOR_LEFT);
  const member = creatorOf(state, state.role);
  if (!hasApiAccess(member)) {
    throw new AppError("forbidden", "The member who created this API key can no longer use the API: their role or the plan changed");
  }
  const apiKey = { id: state.keyId, name: state.keyName, prefix: state.prefix, scopes: grantedScopes(state.scopes, state.role) };
  return { ...member, apiKey };
}

// Field by field, as actorFromState does: this runs on every key request.
function creatorOf(state: ApiKeyState, role: NonNullable<ApiKeyState["role"]>): Actor {
  return {
    userId: state.createdByUserId,
    email: state.email,
    name: state.userName,
    tenantId: state.tenantId,
    tenantName: state.tenantName,
    role,
    isOwner: state.ownerUserId === state.createdByUserId,
    isStaff: state.isStaff,
    plan: state.plan,
    subscriptionStatus: state.subscriptionStatus,
    trialEndsAt: state.trialEndsAt === null ? null : new Date(state.trialEndsAt).toISOString(),
    features: { ...PLANS[state.plan].features, ...state.features },
    sessionId: null,
    apiKey: null,
  };
}

/** The actor behind an API key, read fresh (nothing counted): see keyActorOf. */
export async function authenticateApiKey(secret: string, now = new Date()): Promise<KeyActor> {
  const found = await callApiKey(hashPresentedKey(secret));
  if (!found) throw unknownApiKey();
  return keyActorOf(found.state, now);
}
