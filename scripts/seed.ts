import { eq } from "drizzle-orm";
import { memberships, tenants, users } from "@/db/schema";
import { DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "@/db/seed/demo";
import { withSystemTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { hashPassword } from "@/lib/auth/password";

/** Creates the demo tenant and its users once; later runs leave existing data alone. */
export async function seedDemo(): Promise<{ created: boolean }> {
  const [existing] = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, DEMO_TENANT.slug)));
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withSystemTx(async (tx) => {
    const created = await tx
      .insert(users)
      .values(DEMO_USERS.map((u) => ({ email: u.email, name: u.name, passwordHash })))
      .onConflictDoNothing()
      .returning();
    const byEmail = new Map(created.map((u) => [u.email, u.id]));
    const owner = byEmail.get(DEMO_USERS[0].email);
    const [tenant] = await tx
      .insert(tenants)
      .values({ ...DEMO_TENANT, subscriptionStatus: "active", ownerUserId: owner ?? null })
      .returning();
    for (const u of DEMO_USERS) {
      const userId = byEmail.get(u.email);
      if (!userId) continue;
      await tx.insert(memberships).values({ tenantId: tenant!.id, userId, role: u.role });
      await recordAudit(tx, { tenantId: tenant!.id, userId, ip: null, userAgent: "seed", requestId: null }, {
        action: "member.join",
        resourceType: "user",
        resourceId: userId,
        changes: { email: u.email, role: u.role },
      });
    }
  });
  return { created: true };
}
