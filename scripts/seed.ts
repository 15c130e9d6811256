import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actuators, fluids, memberships, mrrMovements, tenants, users } from "@/db/schema";
import { FLUID_SEEDS } from "@/db/seed/fluids";
import { DEMO_CUSTOMER_SINCE_MONTHS, DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "@/db/seed/demo";
import { withSystemTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { hashPassword } from "@/lib/auth/password";
import { PLANS } from "@/lib/billing/plans";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { createMulberry32 } from "@/lib/prediction/prng";

/** Creates the demo tenant and its users once; later runs leave existing data alone. */
export async function seedDemo(): Promise<{ created: boolean }> {
  const [existing] = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, DEMO_TENANT.slug)));
  if (existing) {
    await ensureDemoStaff(existing.id);
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withSystemTx(async (tx) => {
    const created = await tx
      .insert(users)
      .values(DEMO_USERS.map((u) => ({ email: u.email, name: u.name, passwordHash, isStaff: u.staff })))
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
    // Professional, billed by invoice since a few months ago: the revenue report's history.
    const since = new Date();
    since.setUTCMonth(since.getUTCMonth() - DEMO_CUSTOMER_SINCE_MONTHS, 1);
    await tx.insert(mrrMovements).values({
      tenantId: tenant!.id,
      kind: "new",
      plan: "professional",
      status: "active",
      mrrCents: PLANS.professional.priceCents!,
      previousMrrCents: 0,
      occurredAt: since,
    });
  });
  return { created: true };
}

/** Demo databases from before the staff login existed get it too (idempotent). */
async function ensureDemoStaff(tenantId: string): Promise<void> {
  const staff = DEMO_USERS.find((u) => u.staff);
  if (!staff) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withSystemTx(async (tx) => {
    await tx.insert(users).values({ email: staff.email, name: staff.name, passwordHash, isStaff: true }).onConflictDoNothing();
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, staff.email));
    await tx.insert(memberships).values({ tenantId, userId: user!.id, role: staff.role }).onConflictDoNothing();
  });
}

const CATALOG_SIZE = 200;
const CATALOG_SEED = 2026;
const MATERIALS = [["stainless steel 316"], ["brass"], ["PVDF"], ["stainless steel 303", "PTFE seal"], ["PP"]];

/** The fluid library (updated in place on every start) and, once, the generated actuator catalog. */
export async function seedCatalog(): Promise<{ fluids: number; actuators: number }> {
  const db = getDb();
  for (const fluid of FLUID_SEEDS) {
    await db.insert(fluids).values(fluid).onConflictDoUpdate({ target: fluids.slug, set: { ...fluid, updatedAt: new Date() } });
  }
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(actuators);
  if ((existing?.n ?? 0) === 0) {
    const random = createMulberry32(CATALOG_SEED + 1);
    const syncedAt = new Date();
    const rows = generateCatalog(CATALOG_SIZE, CATALOG_SEED).map((a) => {
      // Prices grow with orifice size and precision of the spray type; stock is sometimes zero.
      const price = (3 + a.orificeDiameterMm * 2.5 + (a.sprayType === "fine_mist" ? 6 : 0) + random() * 4).toFixed(2);
      const commercial = {
        PriceUsd: price,
        StockUnits: random() < 0.15 ? 0 : Math.floor(random() * 500),
        LeadDays: 2 + Math.floor(random() * 20),
        LastSynced: syncedAt,
      };
      const prefixed = Object.fromEntries(Object.entries(commercial).map(([k, v]) => [`${a.supplier}${k}`, v]));
      return { ...a, materials: MATERIALS[Math.floor(random() * MATERIALS.length)]!, ...prefixed };
    });
    await db.insert(actuators).values(rows);
  }
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(actuators);
  return { fluids: FLUID_SEEDS.length, actuators: count?.n ?? 0 };
}
