import { and, arrayContains, desc, eq, gte, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { configurations, configurationShares, configurationVersions, users } from "@/db/schema";
import { afterCursor, cursorTimestamp, encodeCursor, escapeLike } from "@/db/keyset";
import { parseCursor } from "@/lib/http/cursor";
import { type ConfigurationRow, presentConfiguration } from "./present";
import type { ListConfigurationsInput } from "./schemas";

export async function getConfigurationRow(db: DbOrTx, tenantId: string, id: string): Promise<ConfigurationRow | null> {
  const [row] = await db
    .select()
    .from(configurations)
    .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id)));
  return row ?? null;
}

/** Who a configuration is shared with and how, by name. */
export async function listShares(db: DbOrTx, tenantId: string, configurationId: string) {
  return db
    .select({
      userId: configurationShares.sharedWithUserId,
      name: users.name,
      email: users.email,
      permission: configurationShares.permission,
      sharedAt: configurationShares.createdAt,
    })
    .from(configurationShares)
    .innerJoin(users, eq(users.id, configurationShares.sharedWithUserId))
    .where(and(eq(configurationShares.tenantId, tenantId), eq(configurationShares.configurationId, configurationId)))
    .orderBy(users.name, users.email);
}
export type ConfigurationShare = Awaited<ReturnType<typeof listShares>>[number];

export async function getSharePermission(db: DbOrTx, tenantId: string, configurationId: string, userId: string) {
  const [row] = await db
    .select({ permission: configurationShares.permission })
    .from(configurationShares)
    .where(
      and(
        eq(configurationShares.tenantId, tenantId),
        eq(configurationShares.configurationId, configurationId),
        eq(configurationShares.sharedWithUserId, userId),
      ),
    );
  return row?.permission ?? null;
}

export async function countConfigurationsCreatedSince(db: DbOrTx, tenantId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(configurations)
    .where(and(eq(configurations.tenantId, tenantId), gte(configurations.createdAt, since)));
  return row?.n ?? 0;
}

/** Newest first; search by name, filter by tag and status; keyset-paginated. */
export async function listConfigurations(db: DbOrTx, tenantId: string, input: ListConfigurationsInput) {
  const filters: (SQL | undefined)[] = [
    eq(configurations.tenantId, tenantId),
    input.archived ? isNotNull(configurations.archivedAt) : isNull(configurations.archivedAt),
    input.q ? ilike(configurations.name, `%${escapeLike(input.q)}%`) : undefined,
    input.tag ? arrayContains(configurations.tags, [input.tag]) : undefined,
    input.status ? eq(configurations.status, input.status) : undefined,
  ];
  if (input.cursor) filters.push(afterCursor(configurations.createdAt, configurations.id, parseCursor(input.cursor)));
  const rows = await db
    .select({ row: configurations, createdAtText: cursorTimestamp(configurations.createdAt) })
    .from(configurations)
    .where(and(...filters))
    .orderBy(desc(configurations.createdAt), desc(configurations.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => {
      const { compatibleActuators, ...summary } = presentConfiguration(row);
      return { ...summary, actuatorCount: compatibleActuators.length };
    }),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.createdAtText, id: last.row.id }) : null,
  };
}

export async function listVersions(db: DbOrTx, tenantId: string, configurationId: string) {
  return db
    .select({
      version: configurationVersions.version,
      changes: configurationVersions.changes,
      createdAt: configurationVersions.createdAt,
      changedBy: { id: users.id, name: users.name },
    })
    .from(configurationVersions)
    .leftJoin(users, eq(users.id, configurationVersions.changedByUserId))
    .where(and(eq(configurationVersions.tenantId, tenantId), eq(configurationVersions.configurationId, configurationId)))
    .orderBy(desc(configurationVersions.version));
}
