import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { isForeignKeyViolation } from "@/db/errors";
import { configurationShares, configurations, configurationVersions } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { assertQuota } from "@/lib/billing/usage";
import { AppError } from "@/lib/http/errors";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { assertConfigurationAccess } from "./access";
import { presentConfiguration } from "./present";
import { listShares } from "./queries";
import type { configurationShareSchema } from "./response-schemas";
import type { ShareConfigurationInput } from "./schemas";
import { type ConfigurationForActor, loadConfigurationForActor, presentForActor } from "./service";

/** A copy as a new draft owned by the actor; counts against the monthly plan limit. */
export async function duplicateConfiguration(ctx: ActorContext, id: string): Promise<ConfigurationForActor> {
  const { tenantId, userId, plan } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const { row: source, access } = await loadConfigurationForActor(tx, ctx, id);
    assertConfigurationAccess(access, "duplicate");
    await assertQuota(tx, tenantId, plan, "configurations_per_month");
    const { id: _id, createdAt: _c, updatedAt: _u, accessedAt: _a, archivedAt: _r, ...copy } = source;
    const [row] = await tx
      .insert(configurations)
      .values({ ...copy, name: `${source.name} (copy)`.slice(0, 255), createdByUserId: userId, status: "draft", version: 1 })
      .returning();
    const created = presentConfiguration(row!);
    const { compatibleActuators: _ca, ...snapshot } = created;
    await tx.insert(configurationVersions).values({
      tenantId,
      configurationId: created.id,
      version: 1,
      changes: { duplicatedFrom: id, created: snapshot },
      changedByUserId: userId,
    });
    await recordAudit(tx, auditContext(ctx), {
      action: "configuration.duplicate",
      resourceType: "configuration",
      resourceId: created.id,
      changes: { from: id },
    });
    await enqueueWebhookEvent(tx, tenantId, "configuration.created", {
      id: row!.id,
      name: row!.name,
      status: row!.status,
      updated_at: row!.updatedAt.toISOString(),
    });
    return presentForActor(ctx, row!);
  });
}

export async function shareConfiguration(
  ctx: ActorContext,
  id: string,
  input: ShareConfigurationInput,
): Promise<z.input<typeof configurationShareSchema>> {
  const { tenantId } = ctx.actor;
  try {
    return await withTenantTx(tenantId, async (tx) => {
      assertConfigurationAccess((await loadConfigurationForActor(tx, ctx, id)).access, "share");
      const [share] = await tx
        .insert(configurationShares)
        .values({ tenantId, configurationId: id, sharedWithUserId: input.userId, permission: input.permission })
        .onConflictDoUpdate({
          target: [configurationShares.tenantId, configurationShares.configurationId, configurationShares.sharedWithUserId],
          set: { permission: input.permission },
        })
        .returning();
      await recordAudit(tx, auditContext(ctx), {
        action: "configuration.share",
        resourceType: "configuration",
        resourceId: id,
        changes: { userId: input.userId, permission: input.permission },
      });
      return { configurationId: id, userId: share!.sharedWithUserId, permission: share!.permission };
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new AppError("not_found", "That person is not a member of this organization");
    throw error;
  }
}

export async function unshareConfiguration(ctx: ActorContext, id: string, userId: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    assertConfigurationAccess((await loadConfigurationForActor(tx, ctx, id)).access, "share");
    const removed = await tx
      .delete(configurationShares)
      .where(
        and(
          eq(configurationShares.tenantId, tenantId),
          eq(configurationShares.configurationId, id),
          eq(configurationShares.sharedWithUserId, userId),
        ),
      )
      .returning({ id: configurationShares.id });
    if (removed.length === 0) throw new AppError("not_found", "This configuration is not shared with that person");
    await recordAudit(tx, auditContext(ctx), {
      action: "configuration.unshare",
      resourceType: "configuration",
      resourceId: id,
      changes: { userId },
    });
  });
}

/** Who a configuration is shared with, for any member who can read it. */
export async function listConfigurationShares(ctx: ActorContext, id: string) {
  return withTenantTx(ctx.actor.tenantId, async (tx) => {
    await loadConfigurationForActor(tx, ctx, id);
    return listShares(tx, ctx.actor.tenantId, id);
  });
}
