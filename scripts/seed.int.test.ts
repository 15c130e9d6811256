import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, tenants, users } from "@/db/schema";
import { DEMO_TENANT, DEMO_USERS } from "@/db/seed/demo";
import { withSystemTx } from "@/db/tenant";
import { seedDemo } from "./seed";

describe("demo seed", () => {
  it("creates the demo tenant once, with every demo login, and adds a missing staff login on later starts", async () => {
    await seedDemo();
    const staffEmail = DEMO_USERS.find((u) => u.staff)!.email;
    // A database seeded before the staff login existed.
    await withSystemTx((tx) => tx.delete(users).where(eq(users.email, staffEmail)));
    expect(await seedDemo()).toEqual({ created: false });
    const rows = await withSystemTx((tx) =>
      tx
        .select({ email: users.email, role: memberships.role, staff: users.isStaff })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
        .where(eq(tenants.slug, DEMO_TENANT.slug)),
    );
    expect(rows.map((r) => [r.email, r.role, r.staff]).sort()).toEqual(
      DEMO_USERS.map((u) => [u.email, u.role, u.staff]).sort(),
    );
  });
});
