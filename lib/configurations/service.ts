import { and, eq } from "drizzle-orm";
import { isForeignKeyViolation } from "@/db/errors";
import { configurations, configurationVersions } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/service";
import { assertQuota } from "@/lib/billing/usage";
import { getCatalogSnapshot } from "@/lib/catalog/engine-catalog";
import { AppError } from "@/lib/http/errors";
import { rankActuators } from "@/lib/prediction/rank";
import { can } from "@/lib/rbac/permissions";
import { type Configuration, type EngineFields, presentConfiguration, toEngineInput } from "./present";
import { getConfigurationRow, getSharePermission } from "./queries";
import type { CreateConfigurationInput, UpdateConfigurationInput } from "./schemas";

const STORED_RESULTS = 20;

/** The engine's ranking for a configuration, as stored with it (with the model version). */
async function rankFor(c: EngineFields) {
  const catalog = await getCatalogSnapshot();
  const result = rankActuators(toEngineInput(c), catalog.actuators, { topN: STORED_RESULTS });
  const ranked = result.ranked.map((r) => ({ ...r, ...catalog.commercial.get(r.sku) }));
  return { compatibleActuators: ranked, actuatorCount: ranked.length, modelVersion: result.modelVersion };
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

export async function createConfiguration(ctx: ActorContext, input: CreateConfigurationInput): Promise<Configuration> {
  const { tenantId, userId, plan } = ctx.actor;
  const ranking = await rankFor(input);
  return withFluidCheck(() => withTenantTx(tenantId, async (tx) => {
    await assertQuota(tx, tenantId, plan, "configurations_per_month");
    const [row] = await tx
      .insert(configurations)
      .values({ tenantId, createdByUserId: userId, name: input.name, description: input.description ?? null, tags: input.tags, status: input.status, ...toColumns(input), ...ranking })
      .returning();
    const created = presentConfiguration(row!);
    const { compatibleActuators: _c, ...snapshot } = created;
    await tx.insert(configurationVersions).values({ tenantId, configurationId: created.id, version: 1, changes: { created: snapshot }, changedByUserId: userId });
    await recordAudit(tx, auditContext(ctx), { action: "configuration.create", resourceType: "configuration", resourceId: created.id, changes: { name: created.name } });
    return created;
  }));
}

export async function getConfiguration(ctx: ActorContext, id: string): Promise<Configuration> {
  const row = await withTenantTx(ctx.actor.tenantId, (tx) => getConfigurationRow(tx, ctx.actor.tenantId, id));
  if (!row) throw new AppError("not_found", "Configuration not found");
  return presentConfiguration(row);
}

type Editable = Pick<Configuration, "name" | "description" | "fluid" | "targets" | "tags" | "status">;

/** What changed, field by field, old → new (the version row's JSON diff). */
function diffConfiguration(before: Editable, after: Editable): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof Editable)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/** Members who may write edit any configuration; others only one shared with them to edit. */
async function assertCanEdit(ctx: ActorContext, tx: Parameters<Parameters<typeof withTenantTx>[1]>[0], id: string) {
  if (can(ctx.actor.role, "configurations.write")) return;
  if ((await getSharePermission(tx, ctx.actor.tenantId, id, ctx.actor.userId)) === "edit") return;
  throw new AppError("forbidden", "Your role does not allow editing this configuration");
}

export async function updateConfiguration(ctx: ActorContext, id: string, patch: UpdateConfigurationInput): Promise<Configuration> {
  const { tenantId, userId } = ctx.actor;
  const current = await getConfiguration(ctx, id);
  if (current.archivedAt) throw new AppError("conflict", "This configuration is archived");
  const next: Editable = {
    name: patch.name ?? current.name,
    description: patch.description === undefined ? current.description : patch.description,
    fluid: patch.fluid ? { ...patch.fluid, fluidId: patch.fluid.fluidId ?? null, flashPointC: patch.fluid.flashPointC ?? null } : current.fluid,
    targets: patch.targets ? { coneDeg: null, dropletUm: null, maxPressureBar: null, flowMlMin: null, ...patch.targets } : current.targets,
    tags: patch.tags ?? current.tags,
    status: patch.status ?? current.status,
  };
  const changes = diffConfiguration(current, next);
  if (Object.keys(changes).length === 0) return current;
  const ranking = changes.fluid || changes.targets ? await rankFor(next) : {};
  return withFluidCheck(() => withTenantTx(tenantId, async (tx) => {
    await assertCanEdit(ctx, tx, id);
    const [row] = await tx
      .update(configurations)
      .set({ name: next.name, description: next.description, tags: next.tags, status: next.status, ...toColumns({ fluid: next.fluid, targets: next.targets }), ...ranking, version: current.version + 1 })
      // The version check makes concurrent edits fail instead of silently overwriting.
      .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id), eq(configurations.version, current.version)))
      .returning();
    if (!row) throw new AppError("conflict", "The configuration changed meanwhile; reload and try again");
    await tx.insert(configurationVersions).values({ tenantId, configurationId: id, version: row.version, changes, changedByUserId: userId });
    await recordAudit(tx, auditContext(ctx), { action: "configuration.update", resourceType: "configuration", resourceId: id, changes });
    return presentConfiguration(row);
  }));
}

/** DELETE archives (spec §2.3). Admins archive any configuration; users only their own. */
export async function archiveConfiguration(ctx: ActorContext, id: string): Promise<void> {
  const { tenantId, userId, role } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const row = await getConfigurationRow(tx, tenantId, id);
    if (!row) throw new AppError("not_found", "Configuration not found");
    const own = row.createdByUserId === userId;
    if (!can(role, "configurations.delete_any") && !(own && can(role, "configurations.delete_own"))) {
      throw new AppError("forbidden", "You can archive only configurations you created");
    }
    if (row.archivedAt) return;
    await tx.update(configurations).set({ archivedAt: new Date() }).where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id)));
    await recordAudit(tx, auditContext(ctx), { action: "configuration.archive", resourceType: "configuration", resourceId: id, changes: { name: row.name } });
  });
}
