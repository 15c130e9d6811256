import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { withTenantReadTx, withTenantTx } from "@/db/tenant";
import { type AuditContext, recordAudit } from "@/lib/audit/service";
import { type Actor, type ActorContext, auditContext } from "@/lib/auth/actor";
import { PLANS } from "@/lib/billing/plans";
import { countUsage } from "@/lib/billing/usage";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { allows } from "@/lib/rbac/permissions";
import { assertApiAccess, canManageApiKey } from "./access";
import { presentApiKey } from "./present";
import { getApiKey, listApiKeys, listDailyUsage } from "./queries";
import type { apiKeyPageSchema, apiKeyUsageReportSchema, createdApiKeySchema } from "./response-schemas";
import type { CreateApiKeyInput, ListApiKeysInput } from "./schemas";
import { generateApiKey } from "./secret";

const notFound = () => new AppError("not_found", "API key not found");

/**
 * A new key of the actor's, within their role's permissions. The secret is in the answer and
 * nowhere else: only its hash is stored, so it cannot be shown again.
 */
export async function createApiKey(ctx: ActorContext, input: CreateApiKeyInput): Promise<z.input<typeof createdApiKeySchema>> {
  const { actor } = ctx;
  assertApiAccess(actor);
  const beyondRole = input.scopes.filter((scope) => !allows(actor, scope));
  if (beyondRole.length > 0) {
    throw new AppError("validation_failed", "A key cannot do more than its creator's role allows", {
      details: beyondRole.map((scope) => ({ path: "scopes", message: `Your role (${actor.role}) does not include ${scope}` })),
    });
  }
  const { secret, secretHash, prefix } = generateApiKey();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  return withTenantTx(actor.tenantId, async (tx) => {
    const [key] = await tx
      .insert(apiKeys)
      .values({
        tenantId: actor.tenantId,
        name: input.name,
        prefix,
        secretHash,
        scopes: input.scopes,
        createdByUserId: actor.userId,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "api_key.create",
      resourceType: "api_key",
      resourceId: key!.id,
      changes: { name: input.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    const creator = { id: actor.userId, name: actor.name, email: actor.email };
    return { secret, apiKey: presentApiKey({ key: key!, creator, creatorRole: actor.role, lastUsedAt: null }, actor.features) };
  });
}

/** Revokes a key: refused from its next request on. Revoking a revoked key changes nothing. */
export async function revokeApiKey(ctx: ActorContext, id: string): Promise<void> {
  const { actor } = ctx;
  assertApiAccess(actor);
  await withTenantTx(actor.tenantId, async (tx) => {
    const key = await getApiKey(tx, actor.tenantId, id);
    if (!key || !canManageApiKey(actor, key)) throw notFound();
    if (key.revokedAt) return;
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date(), revokedByUserId: actor.userId, revocationReason: "revoked" })
      .where(and(eq(apiKeys.tenantId, actor.tenantId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (!revoked) return;
    await recordAudit(tx, auditContext(ctx), {
      action: "api_key.revoke",
      resourceType: "api_key",
      resourceId: id,
      changes: { name: key.name, prefix: key.prefix },
    });
  });
}

/**
 * A member leaving takes their keys with them: called in the transaction that removes the
 * membership, so the keys stop at the same moment (and stay revoked should they come back).
 */
export async function revokeKeysOfMember(tx: Tx, ctx: AuditContext, userId: string): Promise<void> {
  const revoked = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date(), revokedByUserId: ctx.userId, revocationReason: "member_removed" })
    .where(and(eq(apiKeys.tenantId, ctx.tenantId), eq(apiKeys.createdByUserId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
  for (const key of revoked) {
    await recordAudit(tx, ctx, {
      action: "api_key.revoke",
      resourceType: "api_key",
      resourceId: key.id,
      changes: { name: key.name, prefix: key.prefix, reason: "member_removed" },
    });
  }
}

/** The keys the actor may see (an admin every key, a user their own), newest first. */
export async function listApiKeysFor(tx: Tx, actor: Actor, input: ListApiKeysInput): Promise<z.input<typeof apiKeyPageSchema>> {
  assertApiAccess(actor);
  const createdBy = allows(actor, "api_keys.manage") ? undefined : actor.userId;
  const page = await listApiKeys(tx, actor.tenantId, { ...input, createdBy });
  const now = new Date();
  return { ...page, items: page.items.map((row) => presentApiKey(row, actor.features, now)) };
}

/** Calls per day with one key the actor may see, for its chart. */
export async function getApiKeyUsage(tx: Tx, actor: Actor, id: string, days: number): Promise<z.input<typeof apiKeyUsageReportSchema>> {
  assertApiAccess(actor);
  const key = await getApiKey(tx, actor.tenantId, id);
  if (!key || !canManageApiKey(actor, key)) throw notFound();
  const daily = await listDailyUsage(tx, actor.tenantId, id, days);
  return { apiKeyId: id, days: daily, total: daily.reduce((sum, d) => sum + d.count, 0) };
}

/** What the plan allows keys this month and per minute, and what was used, for the settings page. */
export async function getApiCallAllowance(actor: Actor) {
  const used = await withTenantReadTx(actor.tenantId, (tx) => countUsage(tx, actor.tenantId, "api_calls_per_month"));
  const plan = PLANS[actor.plan];
  return { used, allowed: plan.limits.api_calls_per_month, planName: plan.name, perMinute: env().API_KEY_REQUESTS_PER_MINUTE };
}
export type ApiCallAllowance = Awaited<ReturnType<typeof getApiCallAllowance>>;
