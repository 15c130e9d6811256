import { desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { serviceTokens, users } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { generateServiceToken, hashApiKey, isServiceTokenFormat } from "@/lib/api-keys/secret";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import type { createdServiceTokenSchema, serviceTokenListSchema } from "./response-schemas";
import type { CreateServiceTokenInput, ServiceTokenScope } from "./schemas";

// Service tokens are global (no tenant owns them), so every read and write is through the
// system role; staff create and revoke them, AeroSpec's own services authenticate with them.

/** The service a request authenticated as. */
export type ServiceCaller = { tokenId: string; name: string; prefix: string; scopes: readonly string[] };

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const LIST_LIMIT = 200;

type TokenRow = typeof serviceTokens.$inferSelect;

function presentServiceToken(token: TokenRow, creator: { name: string | null; email: string | null } | null) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    createdBy: creator?.email ? { name: creator.name ?? creator.email, email: creator.email } : null,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** POST /api/admin/service-tokens: a new token; its secret is in this answer and nowhere else. */
export async function createServiceToken(
  ctx: ActorContext,
  input: CreateServiceTokenInput,
): Promise<z.input<typeof createdServiceTokenSchema>> {
  const { secret, secretHash, prefix } = generateServiceToken();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  return withSystemTx(async (tx) => {
    const [token] = await tx
      .insert(serviceTokens)
      .values({ name: input.name, prefix, secretHash, scopes: input.scopes, createdByUserId: ctx.actor.userId, expiresAt })
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "service_token.create",
      resourceType: "service_token",
      resourceId: token!.id,
      changes: { name: input.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { secret, token: presentServiceToken(token!, { name: ctx.actor.name, email: ctx.actor.email }) };
  });
}

/** GET /api/admin/service-tokens: every token, newest first (revoked ones too, marked). */
export async function listServiceTokens(): Promise<z.input<typeof serviceTokenListSchema>> {
  const rows = await withSystemTx((tx) =>
    tx
      .select({ token: serviceTokens, creatorName: users.name, creatorEmail: users.email })
      .from(serviceTokens)
      .leftJoin(users, eq(users.id, serviceTokens.createdByUserId))
      .orderBy(desc(serviceTokens.createdAt), desc(serviceTokens.id))
      .limit(LIST_LIMIT),
  );
  return { items: rows.map((row) => presentServiceToken(row.token, { name: row.creatorName, email: row.creatorEmail })) };
}

/** DELETE /api/admin/service-tokens/:id: refused from its next request on; revoking twice changes nothing. */
export async function revokeServiceToken(ctx: ActorContext, id: string): Promise<void> {
  await withSystemTx(async (tx) => {
    const [token] = await tx.select().from(serviceTokens).where(eq(serviceTokens.id, id)).for("update");
    if (!token) throw new AppError("not_found", "Service token not found");
    if (token.revokedAt) return;
    await tx.update(serviceTokens).set({ revokedAt: new Date() }).where(eq(serviceTokens.id, id));
    await recordAudit(tx, auditContext(ctx), {
      action: "service_token.revoke",
      resourceType: "service_token",
      resourceId: id,
      changes: { name: token.name, prefix: token.prefix },
    });
  });
}

/**
 * The service behind a bearer token, for a route that needs `scope`: 401 for a token that is
 * not one (or no longer works), 403 for one without the scope. Each use stamps `last_used_at`.
 */
export async function authenticateServiceToken(secret: string, scope: ServiceTokenScope, now = new Date()): Promise<ServiceCaller> {
  if (!isServiceTokenFormat(secret)) throw new AppError("unauthorized", "A service token is required");
  return withSystemTx(async (tx) => {
    const [token] = await tx
      .select()
      .from(serviceTokens)
      .where(eq(serviceTokens.secretHash, hashApiKey(secret)));
    if (!token) throw new AppError("unauthorized", "The service token is not valid");
    if (token.revokedAt) throw new AppError("unauthorized", "This service token was revoked");
    if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) {
      throw new AppError("unauthorized", `This service token expired on ${DATE.format(token.expiresAt)}`);
    }
    if (!token.scopes.includes(scope)) throw new AppError("forbidden", `This service token does not have the ${scope} scope`);
    await tx.update(serviceTokens).set({ lastUsedAt: now }).where(eq(serviceTokens.id, token.id));
    return { tokenId: token.id, name: token.name, prefix: token.prefix, scopes: token.scopes };
  });
}
