import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { isForeignKeyViolation } from "@/db/errors";
import { configurations, configurationVersions } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { diff, recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { assertQuota } from "@/lib/billing/usage";
import { getCatalogSnapshot, withCommercial } from "@/lib/catalog/engine-catalog";
import { AppError } from "@/lib/http/errors";
import { getCurrentCalibration, getCurrentCalibrationVersion } from "@/lib/ml/calibration-service";
import { rankActuators } from "@/lib/prediction/rank";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { assertConfigurationAccess, type ConfigurationAccess, getConfigurationAccess, type SharePermission } from "./access";
import { type EngineFields, presentConfiguration, toEngineInput } from "./present";
import { getConfigurationWithShare } from "./queries";
import type { configurationSchema } from "./response-schemas";
import type { CreateConfigurationInput, UpdateConfigurationInput } from "./schemas";

const STORED_RESULTS = 20;

/**
 * The engine's ranking for a configuration with the tenant's current calibration, as stored
 * with it (with the model version and the calibration version).
 */
async function rankFor(tenantId: string, c: EngineFields) {
  const [catalog, calibration] = await Promise.all([getCatalogSnapshot(), getCurrentCalibration(tenantId)]);
  const result = rankActuators(toEngineInput(c), catalog.actuators, { topN: STORED_RESULTS, calibration: calibration.table });
  const ranked = result.ranked.map((r) => withCommercial(catalog, r));
  return {
    compatibleActuators: ranked,
    actuatorCount: ranked.length,
    modelVersion: result.modelVersion,
    calibrationVersion: calibration.version,
  };
}

function toColumns(input: Pick<CreateConfigurationInput, "fluid" | "targets">) {
  return {
    fluidId: input.fluid.fluidId ?? null,
    fluidViscosityCp: String(input.fluid.viscosityCp),
    fluidDensityKgM3: String(input.fluid.densityKgM3),
    fluidSurfaceTensionMNm: String(input.fluid.surfaceTensionMNm),
    fluidFlashPointC: input.fluid.flashPointC ?? null,
    targetSprayConeDeg: input.targets.coneDeg ?? null,
    targetDropletSizeUm: input.targets.dropletUm ?? null,
    maxPressureBar: input.targets.maxPressureBar ?? null,
    targetFlowRateMlMin: input.targets.flowMlMin == null ? null : String(input.targets.flowMlMin),
  };
}

/** A fluidId that is not in the library is the client's mistake, not a server error. */
async function withFluidCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError("validation_failed", "The configuration is not valid", {
        details: [{ path: "fluid.fluidId", message: "Not a fluid of the library" }],
      });
    }
    throw error;
  }
}

/**
 * A configuration as one member sees it: the fields, and what they may do with it; in full
 * views also the organization's current calibration version, to tell a stale ranking.
 */
export type ConfigurationForActor = ReturnType<typeof presentConfiguration> & {
  access: ConfigurationAccess;
  currentCalibrationVersion?: z.input<typeof configurationSchema>["currentCalibrationVersion"];
};

/** The configuration, the actor's share on it and their access, or 404 (also for other tenants'). */
export async function loadConfigurationForActor(tx: Tx, ctx: ActorContext, id: string) {
  const found = await getConfigurationWithShare(tx, ctx.actor.tenantId, id, ctx.actor.userId);
  if (!found) throw new AppError("not_found", "Configuration not found");
  return { row: found.row, access: getConfigurationAccess(ctx.actor, found.row, found.share) };
}

export function presentForActor(
  ctx: ActorContext,
  row: Parameters<typeof presentConfiguration>[0],
  share: SharePermission | null = null,
): ConfigurationForActor {
  return { ...presentConfiguration(row), access: getConfigurationAccess(ctx.actor, row, share) };
}

export async function createConfiguration(ctx: ActorContext, input: CreateConfigurationInput): Promise<ConfigurationForActor> {
  const { tenantId, userId, plan } = ctx.actor;
  const ranking = await rankFor(tenantId, input);
  return withFluidCheck(() =>
    withTenantTx(tenantId, async (tx) => {
      await assertQuota(tx, tenantId, plan, "configurations_per_month");
      const [row] = await tx
        .insert(configurations)
        .values({
          tenantId,
          createdByUserId: userId,
          name: input.name,
          description: input.description ?? null,
          tags: input.tags,
          status: input.status,
          ...toColumns(input),
          ...ranking,
        })
        .returning();
      const created = presentConfiguration(row!);
      const { compatibleActuators: _c, ...snapshot } = created;
      await tx
        .insert(configurationVersions)
        .values({ tenantId, configurationId: created.id, version: 1, changes: { created: snapshot }, changedByUserId: userId });
      await recordAudit(tx, auditContext(ctx), {
        action: "configuration.create",
        resourceType: "configuration",
        resourceId: created.id,
        changes: { name: created.name },
      });
      await enqueueWebhookEvent(tx, tenantId, "configuration.created", {
        id: row!.id,
        name: row!.name,
        status: row!.status,
        updated_at: row!.updatedAt.toISOString(),
      });
      return presentForActor(ctx, row!);
    }),
  );
}

export async function getConfiguration(ctx: ActorContext, id: string): Promise<ConfigurationForActor> {
  const { tenantId } = ctx.actor;
  const { row, access, currentCalibrationVersion } = await withTenantTx(tenantId, async (tx) => ({
    ...(await loadConfigurationForActor(tx, ctx, id)),
    currentCalibrationVersion: await getCurrentCalibrationVersion(tx, tenantId),
  }));
  return { ...presentConfiguration(row), access, currentCalibrationVersion };
}

type Editable = Pick<ConfigurationForActor, "name" | "description" | "fluid" | "targets" | "tags" | "status">;

export async function updateConfiguration(ctx: ActorContext, id: string, patch: UpdateConfigurationInput): Promise<ConfigurationForActor> {
  const { tenantId, userId } = ctx.actor;
  const current = await getConfiguration(ctx, id);
  if (current.archivedAt) throw new AppError("conflict", "This configuration is archived");
  assertConfigurationAccess(current.access, "edit");
  const next: Editable = {
    name: patch.name ?? current.name,
    description: patch.description === undefined ? current.description : patch.description,
    fluid: patch.fluid
      ? { ...patch.fluid, fluidId: patch.fluid.fluidId ?? null, flashPointC: patch.fluid.flashPointC ?? null }
      : current.fluid,
    targets: patch.targets ? { coneDeg: null, dropletUm: null, maxPressureBar: null, flowMlMin: null, ...patch.targets } : current.targets,
    tags: patch.tags ?? current.tags,
    status: patch.status ?? current.status,
  };
  const changes = diff(current, next);
  // Re-running keeps the inputs and ranks again with the current model and calibration.
  if (patch.rerun) changes.calibrationVersion = { from: current.calibrationVersion, to: current.currentCalibrationVersion ?? null };
  if (Object.keys(changes).length === 0) return current;
  const ranking = changes.fluid || changes.targets || patch.rerun ? await rankFor(tenantId, next) : null;
  return withFluidCheck(() =>
    withTenantTx(tenantId, async (tx) => {
      // Checked again inside the write: a share may have been taken away meanwhile.
      assertConfigurationAccess((await loadConfigurationForActor(tx, ctx, id)).access, "edit");
      const [row] = await tx
        .update(configurations)
        .set({
          name: next.name,
          description: next.description,
          tags: next.tags,
          status: next.status,
          ...toColumns({ fluid: next.fluid, targets: next.targets }),
          ...ranking,
          version: current.version + 1,
        })
        // The version check makes concurrent edits fail instead of silently overwriting.
        .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id), eq(configurations.version, current.version)))
        .returning();
      if (!row) throw new AppError("conflict", "The configuration changed meanwhile; reload and try again");
      await tx
        .insert(configurationVersions)
        .values({ tenantId, configurationId: id, version: row.version, changes, changedByUserId: userId });
      await recordAudit(tx, auditContext(ctx), { action: "configuration.update", resourceType: "configuration", resourceId: id, changes });
      await enqueueWebhookEvent(tx, tenantId, "configuration.updated", {
        id,
        name: row.name,
        status: row.status,
        updated_at: row.updatedAt.toISOString(),
      });
      const currentCalibrationVersion = ranking ? ranking.calibrationVersion : current.currentCalibrationVersion;
      return { ...presentConfiguration(row), access: current.access, currentCalibrationVersion };
    }),
  );
}

/** DELETE archives (spec §2.3): its creator (with the archive permission) or an admin. */
export async function archiveConfiguration(ctx: ActorContext, id: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const { row, access } = await loadConfigurationForActor(tx, ctx, id);
    assertConfigurationAccess(access, "archive");
    if (row.archivedAt) return;
    const archivedAt = new Date();
    await tx
      .update(configurations)
      .set({ archivedAt })
      .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id)));
    await enqueueWebhookEvent(tx, tenantId, "configuration.archived", { id, name: row.name, archived_at: archivedAt.toISOString() });
    await recordAudit(tx, auditContext(ctx), {
      action: "configuration.archive",
      resourceType: "configuration",
      resourceId: id,
      changes: { name: row.name },
    });
  });
}

/** Brings an archived configuration back to the active list, editable again (same rule as archiving). */
export async function unarchiveConfiguration(ctx: ActorContext, id: string): Promise<ConfigurationForActor> {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const { row, access } = await loadConfigurationForActor(tx, ctx, id);
    assertConfigurationAccess(access, "archive");
    if (!row.archivedAt) return presentForActor(ctx, row);
    const [restored] = await tx
      .update(configurations)
      .set({ archivedAt: null })
      .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id)))
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "configuration.unarchive",
      resourceType: "configuration",
      resourceId: id,
      changes: { name: row.name },
    });
    return presentForActor(ctx, restored!);
  });
}
