import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTenant } from "@/scripts/vitest/factories";
import { preparedSelect } from "./prepared";
import { memberships, users } from "./schema";
import { withTenantTx } from "./tenant";

const selection = {
  userId: users.id,
  email: users.email,
  role: memberships.role,
  joinedAt: memberships.createdAt,
  lastLoginAt: users.lastLoginAt,
};
const selectMembers = preparedSelect("test_members", (qb) =>
  qb
    .select(selection)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, sql.placeholder("tenantId")))
    .orderBy(asc(users.email)),
);

describe("preparedSelect", () => {
  it("answers what the same select answers, mapped alike, in any transaction and for any values", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    for (const t of [a, b, a]) {
      const [built, fresh] = await withTenantTx(t.tenantId, async (tx) => [
        await selectMembers(tx, { tenantId: t.tenantId }),
        await tx
          .select(selection)
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(eq(memberships.tenantId, t.tenantId))
          .orderBy(asc(users.email)),
      ]);
      expect(built).toEqual(fresh);
      expect(built).toEqual([expect.objectContaining({ userId: t.ownerId, role: "admin", joinedAt: expect.any(Date) })]);
    }
  });
});
