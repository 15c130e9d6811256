import type { SharePermission } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { allows } from "@/lib/rbac/permissions";

export type { SharePermission } from "@/db/schema/enums";

/** What one actor may do with one configuration; sent with it so pages render from the same rule. */
export type ConfigurationAccess = {
  edit: boolean;
  restore: boolean;
  duplicate: boolean;
  share: boolean;
  archive: boolean;
};

type ConfigurationFacts = { createdByUserId: string | null; archivedAt: Date | string | null };

/**
 * The one rule for configurations: members who write edit any active configuration, and a
 * share with edit rights lets anyone else edit that one; its creator shares and archives it
 * (given the role's share/archive permission), admins any. Archived configurations are read-only
 * (callers answer an edit of one with 409 before asking this).
 */
export function getConfigurationAccess(actor: Actor, row: ConfigurationFacts, share: SharePermission | null): ConfigurationAccess {
  const active = row.archivedAt === null;
  const own = row.createdByUserId === actor.userId;
  const manages = allows(actor, "configurations.manage");
  const edit = active && (allows(actor, "configurations.write") || share === "edit");
  return {
    edit,
    restore: edit,
    duplicate: allows(actor, "configurations.write"),
    share: manages || (own && allows(actor, "configurations.share")),
    archive: manages || (own && allows(actor, "configurations.archive")),
  };
}

const REFUSALS: Record<keyof ConfigurationAccess, string> = {
  edit: "You cannot edit this configuration: ask an admin or its creator to share it with you to edit",
  restore: "You cannot restore versions of this configuration: it takes edit rights",
  duplicate: "Your role does not allow creating configurations",
  share: "Only its creator or an admin can share this configuration",
  archive: "Only its creator or an admin can archive or unarchive this configuration",
};

/** 403 naming why, unless `access` allows `action`. */
export function assertConfigurationAccess(access: ConfigurationAccess, action: keyof ConfigurationAccess): void {
  if (!access[action]) throw new AppError("forbidden", REFUSALS[action]);
}
