import { and, eq, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { apiKeys, apiKeyUsage, memberships, users } from "@/db/schema";
import type { ListApiKeysInput } from "./schemas";

export type ApiKeyRow = typeof apiKeys.$inferSelect;

const NEWEST_FIRST: KeysetOrder = { key: apiKeys.createdAt, id: apiKeys.id, direction: "desc", keyType: "timestamptz" };

export async function getApiKey(db: DbOrTx, tenantId: string, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id)));
  return row ?? null;
}

/**
 * The organization's keys (or one creator's), newest first and keyset-paginated, with who
 * created each, the creator's current role (null once they left) and when it was last used.
 */
export async function listApiKeys(db: DbOrTx, tenantId: string, input: ListApiKeysInput & { createdBy?: string }) {
  const lastUsedAt = sql`(
    select ${apiKeyUsage.lastUsedAt} from ${apiKeyUsage}
    where ${apiKeyUsage.tenantId} = ${apiKeys.tenantId} and ${apiKeyUsage.apiKeyId} = ${apiKeys.id}
    order by ${apiKeyUsage.day} desc limit 1)`.mapWith((value: string | null) => (value === null ? null : new Date(value)));
  const rows = await db
    .select({
      key: apiKeys,
      creator: { id: users.id, name: users.name, email: users.email },
      creatorRole: memberships.role,
      lastUsedAt,
      cursorKey: cursorKey(NEWEST_FIRST),
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .leftJoin(memberships, and(eq(memberships.tenantId, apiKeys.tenantId), eq(memberships.userId, apiKeys.createdByUserId)))
    .where(
      and(
        eq(apiKeys.tenantId, tenantId),
        input.createdBy ? eq(apiKeys.createdByUserId, input.createdBy) : undefined,
        input.cursor ? afterCursor(NEWEST_FIRST, input.cursor) : undefined,
      ),
    )
    .orderBy(...orderByKeyset(NEWEST_FIRST))
    .limit(input.limit + 1);
  return paginate(rows, input.limit, (row) => ({ key: row.cursorKey, id: row.key.id }));
}
export type ApiKeyListRow = Awaited<ReturnType<typeof listApiKeys>>["items"][number];

/** Calls per UTC day over the `days` days ending today, with zeros for days without any. */
export async function listDailyUsage(db: DbOrTx, tenantId: string, apiKeyId: string, days: number, now = new Date()) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dates = Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
  const rows = await db
    .select({ day: apiKeyUsage.day, count: apiKeyUsage.count })
    .from(apiKeyUsage)
    .where(and(eq(apiKeyUsage.tenantId, tenantId), eq(apiKeyUsage.apiKeyId, apiKeyId), gte(apiKeyUsage.day, dates[0]!)));
  const counts = new Map(rows.map((row) => [row.day, row.count]));
  return dates.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}
