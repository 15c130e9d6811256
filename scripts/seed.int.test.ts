import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  configurationShares,
  configurations,
  configurationVersions,
  feedback,
  memberships,
  tenantCalibrations,
  tenants,
  users,
} from "@/db/schema";
import { DEMO_TENANT, DEMO_USERS } from "@/db/seed/demo";
import { withSystemTx, withTenantReadTx } from "@/db/tenant";
import { getAccuracyReport } from "@/lib/analytics/accuracy";
import { accuracyQuerySchema } from "@/lib/analytics/schemas";
import { seedCatalog, seedDemo, seedDemoConfigurations, seedDemoFeedback } from "./seed";

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
    expect(rows.map((r) => [r.email, r.role, r.staff]).sort()).toEqual(DEMO_USERS.map((u) => [u.email, u.role, u.staff]).sort());
  });

  it("gives the demo tenant ranked configurations with history and shares, once", async () => {
    await seedDemo();
    await seedCatalog();
    expect(await seedDemoConfigurations()).toBe(4);
    expect(await seedDemoConfigurations()).toBe(0);
    const [demo] = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, DEMO_TENANT.slug)));
    const rows = await withSystemTx((tx) => tx.select().from(configurations).where(eq(configurations.tenantId, demo!.id)));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.compatibleActuators.length).toBeGreaterThan(0);
    const versions = await withSystemTx((tx) =>
      tx.select().from(configurationVersions).where(eq(configurationVersions.tenantId, demo!.id)),
    );
    expect(Math.max(...versions.map((v) => v.version))).toBe(2);
    const shares = await withSystemTx((tx) => tx.select().from(configurationShares).where(eq(configurationShares.tenantId, demo!.id)));
    expect(shares.map((s) => s.permission).sort()).toEqual(["edit", "view"]);
    // Lab results from the synthetic lab for each configuration's best SKUs, and a calibration from them.
    const results = await withSystemTx((tx) => tx.select().from(feedback).where(eq(feedback.tenantId, demo!.id)));
    expect(results.length).toBeGreaterThanOrEqual(4 * 4);
    expect(results.every((r) => r.dv50Um !== null && r.sprayConeAngleActual !== null)).toBe(true);
    const [calibration] = await withSystemTx((tx) => tx.select().from(tenantCalibrations).where(eq(tenantCalibrations.tenantId, demo!.id)));
    expect(calibration).toMatchObject({ version: 1, pointCount: results.length });
  });

  it("spreads the demo tenant's lab results over the last twelve weeks, once, so the accuracy trend has weeks", async () => {
    await seedDemo();
    await seedCatalog();
    await seedDemoConfigurations();
    const recorded = await seedDemoFeedback();
    expect(recorded).toBeGreaterThanOrEqual(40);
    expect(await seedDemoFeedback()).toBe(0);
    const [demo] = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, DEMO_TENANT.slug)));
    const report = await withTenantReadTx(demo!.id, (tx) => getAccuracyReport(tx, demo!.id, accuracyQuerySchema.parse({ bucket: "week" })));
    expect(report.overall.n).toBe(recorded);
    expect(report.overall.droplet.n).toBe(recorded);
    expect(report.overTime.length).toBeGreaterThanOrEqual(8);
  });
});
