import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, auditLogs, tenants } from "@/db/schema";
import { withSystemTx, withTenantReadTx, withTenantTx } from "@/db/tenant";
import { changeMemberRole, removeMember } from "@/lib/tenants/members";
import { actorFor, addMember, createTenant } from "@/scripts/vitest/factories";
import { authenticateApiKey } from "./authenticate";
import { createApiKeySchema } from "./schemas";
import { hashApiKey } from "./secret";
import { createApiKey, getApiKeyUsage, listApiKeysFor, revokeApiKey } from "./service";

const input = (overrides: Record<string, unknown> = {}) =>
  createApiKeySchema.parse({ name: "ERP sync", scopes: ["configurations.read", "configurations.write"], ...overrides });

async function list(ctx: Awaited<ReturnType<typeof createTenant>>["owner"]) {
  return withTenantReadTx(ctx.actor.tenantId, (tx) => listApiKeysFor(tx, ctx.actor, { limit: 25 }));
}

async function auditActions(tenantId: string, resourceId: string) {
  return withTenantReadTx(tenantId, async (tx) =>
    (
      await tx
        .select({ action: auditLogs.action, changes: auditLogs.changes })
        .from(auditLogs)
        .where(and(eq(auditLogs.tenantId, tenantId), eq(auditLogs.resourceId, resourceId)))
        .orderBy(asc(auditLogs.createdAt))
    ).map((row) => ({ action: row.action, changes: row.changes })),
  );
}

describe("API key lifecycle", () => {
  it("the secret is shown once: only its hash and prefix are stored, and the list never carries it", async () => {
    const t = await createTenant();
    const { secret, apiKey } = await createApiKey(t.owner, input());
    expect(secret).toMatch(/^sk_live_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const [stored] = await withSystemTx((tx) => tx.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id)));
    expect(stored!.secretHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    const page = await list(t.owner);
    expect(page.items).toEqual([expect.objectContaining({ id: apiKey.id, prefix: apiKey.prefix, status: "active", lastUsedAt: null })]);
    expect(JSON.stringify(page)).not.toContain(secret);
    expect(JSON.stringify(page)).not.toContain(stored!.secretHash);
  });

  it("creating and revoking are audited in their transaction; revoking again changes nothing", async () => {
    const t = await createTenant();
    const { apiKey, secret } = await createApiKey(t.owner, input({ expiresAt: new Date(Date.now() + 86_400_000).toISOString() }));
    await revokeApiKey(t.owner, apiKey.id);
    await revokeApiKey(t.owner, apiKey.id);
    expect(await auditActions(t.tenantId, apiKey.id)).toEqual([
      { action: "api_key.create", changes: expect.objectContaining({ name: "ERP sync", prefix: apiKey.prefix }) },
      { action: "api_key.revoke", changes: { name: "ERP sync", prefix: apiKey.prefix } },
    ]);
    expect((await list(t.owner)).items[0]).toMatchObject({ status: "revoked", revocationReason: "revoked" });
    await expect(authenticateApiKey(secret)).rejects.toMatchObject({ code: "unauthorized", message: "This API key was revoked" });
  });

  it("another tenant's key is not found (404), to list, revoke or chart", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const { apiKey } = await createApiKey(a.owner, input());
    await expect(revokeApiKey(b.owner, apiKey.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(withTenantReadTx(b.tenantId, (tx) => getApiKeyUsage(tx, b.owner.actor, apiKey.id, 30))).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await list(b.owner)).items).toEqual([]);
    expect((await list(a.owner)).items[0]?.status).toBe("active");
  });

  it("a key cannot get scopes its creator's role lacks (422 naming them)", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    await expect(createApiKey(user.ctx, input({ scopes: ["configurations.read", "audit.read"] }))).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "scopes", message: "Your role (user) does not include audit.read" }],
    });
  });

  it("users see and revoke only their own keys; admins every key", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const mine = await createApiKey(user.ctx, input({ name: "User's" }));
    const admins = await createApiKey(t.owner, input({ name: "Admin's" }));
    expect((await list(user.ctx)).items.map((k) => k.name)).toEqual(["User's"]);
    expect((await list(t.owner)).items.map((k) => k.name)).toEqual(["Admin's", "User's"]);
    await expect(revokeApiKey(user.ctx, admins.apiKey.id)).rejects.toMatchObject({ code: "not_found" });
    await revokeApiKey(t.owner, mine.apiKey.id);
  });

  it("a user needs the plan's API access; an admin has it on every plan", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    await withSystemTx((tx) => tx.update(tenants).set({ plan: "starter" }).where(eq(tenants.id, t.tenantId)));
    await expect(createApiKey(await actorFor(t.tenantId, user.userId), input())).rejects.toMatchObject({ code: "forbidden" });
    // The plan's quota decides what an admin's key may do (Starter: no calls, see the route tests).
    await expect(createApiKey(await actorFor(t.tenantId, t.ownerId), input())).resolves.toMatchObject({ apiKey: { status: "active" } });
  });
});

describe("a key acts within its creator's current rights", () => {
  it("a downgraded creator's key loses the scopes their role lost, and comes back with the role", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "admin");
    const { secret, apiKey } = await createApiKey(user.ctx, input({ scopes: ["configurations.read", "audit.read"] }));
    expect((await authenticateApiKey(secret)).apiKey.scopes).toEqual(["configurations.read", "audit.read"]);
    await changeMemberRole(t.owner, user.userId, "user");
    expect((await authenticateApiKey(secret)).apiKey.scopes).toEqual(["configurations.read"]);
    expect((await list(t.owner)).items.find((k) => k.id === apiKey.id)).toMatchObject({
      status: "active",
      scopes: ["configurations.read", "audit.read"],
      grantedScopes: ["configurations.read"],
    });
    await changeMemberRole(t.owner, user.userId, "viewer");
    await expect(authenticateApiKey(secret)).rejects.toMatchObject({ code: "forbidden" });
    expect((await list(t.owner)).items.find((k) => k.id === apiKey.id)?.status).toBe("disabled");
    await changeMemberRole(t.owner, user.userId, "admin");
    expect((await authenticateApiKey(secret)).apiKey.scopes).toEqual(["configurations.read", "audit.read"]);
  });

  it("removing the member revokes their keys in the same transaction (audited), for good", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const { secret, apiKey } = await createApiKey(user.ctx, input());
    await removeMember(t.owner, user.userId);
    await expect(authenticateApiKey(secret)).rejects.toMatchObject({ code: "unauthorized", message: expect.stringContaining("left") });
    expect(await auditActions(t.tenantId, apiKey.id)).toContainEqual({
      action: "api_key.revoke",
      changes: { name: "ERP sync", prefix: apiKey.prefix, reason: "member_removed" },
    });
    expect((await list(t.owner)).items[0]).toMatchObject({
      status: "revoked",
      revocationReason: "member_removed",
      createdBy: { id: user.userId },
    });
  });

  it("an expired key is refused", async () => {
    const t = await createTenant();
    const { secret, apiKey } = await createApiKey(t.owner, input({ expiresAt: new Date(Date.now() + 60_000).toISOString() }));
    await withSystemTx((tx) =>
      tx
        .update(apiKeys)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(apiKeys.id, apiKey.id)),
    );
    await expect(authenticateApiKey(secret)).rejects.toMatchObject({ code: "unauthorized", message: expect.stringContaining("expired") });
    expect((await list(t.owner)).items[0]?.status).toBe("expired");
  });

  it("the application role cannot rewrite a key's secret, scopes or creator, nor delete it", async () => {
    const t = await createTenant();
    const { apiKey } = await createApiKey(t.owner, input());
    const denied = { cause: expect.objectContaining({ code: "42501" }) };
    await expect(
      withTenantTx(t.tenantId, (tx) =>
        tx
          .update(apiKeys)
          .set({ scopes: ["audit.read"] })
          .where(eq(apiKeys.id, apiKey.id)),
      ),
    ).rejects.toMatchObject(denied);
    await expect(withTenantTx(t.tenantId, (tx) => tx.delete(apiKeys).where(eq(apiKeys.id, apiKey.id)))).rejects.toMatchObject(denied);
  });
});
