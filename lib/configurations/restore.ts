import { withTenantTx } from "@/db/tenant";
import type { ActorContext } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { assertConfigurationAccess } from "./access";
import { listVersions } from "./queries";
import type { UpdateConfigurationInput } from "./schemas";
import { type ConfigurationForActor, getConfiguration, updateConfiguration } from "./service";

const EDITABLE = ["name", "description", "fluid", "targets", "tags", "status"] as const;
type Editable = Pick<ConfigurationForActor, (typeof EDITABLE)[number]>;

/**
 * The editable fields as they were at `version`: version 1 holds the full snapshot, every later
 * version the fields it changed (old → new), so replaying the `to` values rebuilds any state.
 */
function rebuildVersion(versions: { version: number; changes: Record<string, unknown> }[], version: number): Editable {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const first = ordered[0]?.changes.created as Editable | undefined;
  if (!first || ordered[0]!.version !== 1) throw new AppError("conflict", "This configuration's history is incomplete");
  const state: Editable = { ...first };
  for (const v of ordered.slice(1)) {
    if (v.version > version) break;
    for (const key of EDITABLE) {
      const change = v.changes[key] as { to: unknown } | undefined;
      if (change) (state as Record<string, unknown>)[key] = change.to;
    }
  }
  return state;
}

/** Restores an earlier version as a new version (history is never rewritten). */
export async function restoreConfigurationVersion(ctx: ActorContext, id: string, version: number): Promise<ConfigurationForActor> {
  const current = await getConfiguration(ctx, id);
  if (current.archivedAt) throw new AppError("conflict", "This configuration is archived");
  assertConfigurationAccess(current.access, "restore");
  const versions = await withTenantTx(ctx.actor.tenantId, (tx) => listVersions(tx, ctx.actor.tenantId, id));
  if (!versions.some((v) => v.version === version)) throw new AppError("not_found", `Version ${version} not found`);
  const state = rebuildVersion(versions, version);
  const patch: UpdateConfigurationInput = {
    name: state.name,
    description: state.description,
    fluid: state.fluid,
    targets: state.targets,
    tags: state.tags,
    status: state.status,
  };
  return updateConfiguration(ctx, id, patch);
}

/** The edit history of a configuration the actor can read, newest first. */
export async function listConfigurationVersions(ctx: ActorContext, id: string) {
  await getConfiguration(ctx, id);
  return withTenantTx(ctx.actor.tenantId, (tx) => listVersions(tx, ctx.actor.tenantId, id));
}
