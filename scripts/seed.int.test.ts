import { and, eq } from "drizzle-orm";
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
    // A first round, a calibration, a second round compared with it, and a calibration of all.
    const calibrations = await withSystemTx((tx) =>
      tx.select().from(tenantCalibrations).where(eq(tenantCalibrations.tenantId, demo!.id)).orderBy(tenantCalibrations.version),
    );
    const secondRound = results.filter((r) => r.calibrationVersion === 1);
    expect(calibrations.map((c) => [c.version, c.pointCount])).toEqual([
      [1, results.length - secondRound.length],
      [2, results.length],
    ]);
    expect(secondRound.length).toBeGreaterThanOrEqual(4 * 3);
    // The calibration learnt the lab: the second round's results sit closer to their predictions.
    const error = (rows: typeof results) =>
      Math.sqrt(rows.reduce((sum, r) => sum + Math.log(r.dv50Um! / r.predictedDv50P50Um!) ** 2, 0) / rows.length);
    expect(error(secondRound)).toBeLessThan(error(results.filter((r) => r.calibrationVersion === null)) / 2);
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
    // Each calibration is dated before the first result compared with it.
    const [first] = await withSystemTx((tx) =>
      tx
        .select()
        .from(tenantCalibrations)
        .where(and(eq(tenantCalibrations.tenantId, demo!.id), eq(tenantCalibrations.version, 1))),
    );
    const compared = await withSystemTx((tx) =>
      tx
        .select()
        .from(feedback)
        .where(and(eq(feedback.tenantId, demo!.id), eq(feedback.calibrationVersion, 1))),
    );
    expect(Date.now() - first!.createdAt.getTime()).toBeGreaterThan(86_400_000);
    for (const r of compared) expect(r.createdAt.getTime()).toBeGreaterThan(first!.createdAt.getTime());
  });
});
