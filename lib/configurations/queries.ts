import { and, arrayContains, asc, desc, eq, getViewSelectedFields, gte, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { configurations, configurationShares, configurationSummaries, configurationVersions, users } from "@/db/schema";
import { afterKeyCursor, cursorTimestamp, encodeKeyCursor, escapeLike } from "@/db/keyset";
import { parseKeyCursor } from "@/lib/http/cursor";
import { type ConfigurationRow, presentConfigurationSummary } from "./present";
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

/** One configuration and how it is shared with `userId` (null when it is not), in one query. */
export async function getConfigurationWithShare(db: DbOrTx, tenantId: string, id: string, userId: string) {
  const [found] = await db
    .select({ row: configurations, share: configurationShares.permission })
    .from(configurations)
    .leftJoin(
      configurationShares,
      and(
        eq(configurationShares.tenantId, configurations.tenantId),
        eq(configurationShares.configurationId, configurations.id),
        eq(configurationShares.sharedWithUserId, userId),
      ),
    )
    .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, id)));
  return found ?? null;
}

export async function countConfigurationsCreatedSince(db: DbOrTx, tenantId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(configurations)
    .where(and(eq(configurations.tenantId, tenantId), gte(configurations.createdAt, since)));
  return row?.n ?? 0;
}

// Each sort is a keyset order (key, id) with an index of its own (db/schema/configurations.ts);
// timestamps travel in the cursor as Postgres prints them.
const list = configurationSummaries;
const SORTS = {
  newest: { key: list.createdAt, direction: "desc", timestamp: true },
  oldest: { key: list.createdAt, direction: "asc", timestamp: true },
  updated: { key: list.updatedAt, direction: "desc", timestamp: true },
  name: { key: sql<string>`lower(${list.name})`, direction: "asc", timestamp: false },
} as const;

/**
 * Search by name, filter by tag and status, sort, keyset-paginated. Reads the summary view,
 * so no page touches the ranked actuators' JSON and every filter may use its index.
 */
export async function listConfigurations(db: DbOrTx, tenantId: string, input: ListConfigurationsInput) {
  const sort = SORTS[input.sort];
  const filters: (SQL | undefined)[] = [
    eq(list.tenantId, tenantId),
    input.archived ? isNotNull(list.archivedAt) : isNull(list.archivedAt),
    input.q ? ilike(list.name, `%${escapeLike(input.q)}%`) : undefined,
    input.tag ? arrayContains(list.tags, [input.tag]) : undefined,
    input.status ? eq(list.status, input.status) : undefined,
  ];
  if (input.cursor) {
    const cursor = parseKeyCursor(input.cursor, sort.timestamp ? "timestamptz" : "text");
    filters.push(afterKeyCursor(sort.key, list.id, cursor, sort.direction, sort.timestamp ? "timestamptz" : undefined));
  }
  const order = sort.direction === "asc" ? [asc(sort.key), asc(list.id)] : [desc(sort.key), desc(list.id)];
  const rows = await db
    .select({ row: getViewSelectedFields(list), keyText: sort.timestamp ? cursorTimestamp(sort.key) : sql<string>`${sort.key}` })
    .from(list)
    .where(and(...filters))
    .orderBy(...order)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => presentConfigurationSummary(row)),
    nextCursor: rows.length > input.limit && last ? encodeKeyCursor({ key: last.keyText, id: last.row.id }) : null,
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
