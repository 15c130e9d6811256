import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actuators, fluids, memberships, mrrMovements, tenants, users } from "@/db/schema";
import { DEMO_CUSTOMER_SINCE_MONTHS, DEMO_PASSWORD, DEMO_TENANT, DEMO_USERS } from "@/db/seed/demo";
import { FLUID_SEEDS } from "@/db/seed/fluids";
import { withSystemTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import type { ActorContext } from "@/lib/auth/actor";
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
      await recordAudit(
        tx,
        { tenantId: tenant!.id, userId, ip: null, userAgent: "seed", requestId: null },
        {
          action: "member.join",
          resourceType: "user",
          resourceId: userId,
          changes: { email: u.email, role: u.role },
        },
      );
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
    await db
      .insert(fluids)
      .values(fluid)
      .onConflictDoUpdate({ target: fluids.slug, set: { ...fluid, updatedAt: new Date() } });
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

type DemoConfiguration = {
  by: "admin" | "user";
  fluid: string;
  name: string;
  description: string;
  targets: { flowMlMin?: number; dropletUm?: number; coneDeg?: number; maxPressureBar?: number };
  tags: string[];
  status: "draft" | "complete" | "ordered" | "testing";
  /** A later edit, so the version history has something to show. */
  edit?: { targets: { flowMlMin?: number; dropletUm?: number; coneDeg?: number; maxPressureBar?: number } };
  shareWithViewer?: "view" | "edit";
  /** Start a draft order of its best actuators, so the Orders page has something to show. */
  order?: boolean;
};

const DEMO_CONFIGURATIONS: DemoConfiguration[] = [
  {
    by: "admin",
    fluid: "waterborne-acrylic",
    name: "Line 2 topcoat, waterborne acrylic",
    description: "Replaces the air-atomised guns on line 2. Even film at 300 mm stand-off.",
    targets: { flowMlMin: 450, coneDeg: 80, maxPressureBar: 8 },
    tags: ["coating", "line-2"],
    status: "testing",
    edit: { targets: { flowMlMin: 500, coneDeg: 80, maxPressureBar: 8 } },
    shareWithViewer: "view",
    order: true,
  },
  {
    by: "user",
    fluid: "ipa-70-water",
    name: "Clean-room surface disinfection",
    description: "Fine, wetting mist of 70 % IPA on benches; low overspray.",
    targets: { flowMlMin: 60, dropletUm: 60, maxPressureBar: 5 },
    tags: ["disinfection"],
    status: "complete",
    order: true,
  },
  {
    by: "admin",
    fluid: "mineral-oil-light",
    name: "Die-casting mould release",
    description: "Light oil film on hot dies between shots.",
    targets: { flowMlMin: 200, coneDeg: 60, maxPressureBar: 10 },
    tags: ["lubricant", "die-casting"],
    status: "draft",
    shareWithViewer: "edit",
  },
  {
    by: "user",
    fluid: "saline-0-9",
    name: "Tablet pan coating trial (aqueous)",
    description: "Bench trial before moving the film coat to the 60 kg pan.",
    targets: { flowMlMin: 40, dropletUm: 40, coneDeg: 50, maxPressureBar: 4 },
    tags: ["pharma", "trial"],
    status: "draft",
  },
];

/** A draft order of the configuration's two best actuators, with a delivery address, ready to compare. */
async function seedDemoOrder(ctx: ActorContext, configurationId: string, skus: string[]) {
  const { createProcurement, updateProcurement } = await import("@/lib/procurement/service");
  const { createProcurementSchema } = await import("@/lib/procurement/schemas");
  if (skus.length === 0) return;
  const items = skus.slice(0, 2).map((sku, i) => ({ sku, qty: i === 0 ? 12 : 4 }));
  const draft = await createProcurement(ctx, createProcurementSchema.parse({ configurationId, items, orderType: "sample" }));
  await updateProcurement(ctx, draft.id, { version: draft.version, shipTo: DEMO_SHIP_TO });
}

const DEMO_SHIP_TO = {
  name: "Spray lab receiving",
  company: DEMO_TENANT.name,
  line1: "12 Atomizer Way",
  city: "Leeds",
  postalCode: "LS1 4AP",
  country: "GB",
};

/**
 * A few ranked configurations for the demo tenant (created through the real service, so they
 * carry predictions, versions, shares and audit entries), once: only while it has none.
 */
export async function seedDemoConfigurations(): Promise<number> {
  const { configurations } = await import("@/db/schema");
  const { createConfiguration, updateConfiguration } = await import("@/lib/configurations/service");
  const { shareConfiguration } = await import("@/lib/configurations/sharing");
  const { createConfigurationSchema } = await import("@/lib/configurations/schemas");
  const { getSessionState } = await import("@/lib/auth/service");
  const [tenant] = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, DEMO_TENANT.slug)));
  if (!tenant) return 0;
  const [count] = await withSystemTx((tx) =>
    tx.select({ n: sql<number>`count(*)::int` }).from(configurations).where(eq(configurations.tenantId, tenant.id)),
  );
  if ((count?.n ?? 0) > 0) return 0;
  const people = await withSystemTx((tx) => tx.select({ id: users.id, email: users.email }).from(users));
  const idOf = (email: string) => people.find((p) => p.email === email)!.id;
  const meta = { ip: null, userAgent: "seed", requestId: null };
  const contextFor = async (email: string) => {
    const state = await getSessionState(tenant.id, idOf(email));
    if (!state) throw new Error(`${email} is not in the demo tenant`);
    const { userVersion: _v, isActive: _a, sessionOpen: _o, ...actor } = state;
    return { actor: { ...actor, sessionId: null }, meta };
  };
  const viewerId = idOf(DEMO_USERS[2].email);
  const { createSyntheticLab } = await import("@/lib/ml/synthetic-lab");
  const lab = createSyntheticLab({ seed: CATALOG_SEED });
  const library = await getDb().select().from(fluids);
  const tested: { ctx: ActorContext; configuration: Awaited<ReturnType<typeof createConfiguration>> }[] = [];
  for (const demo of DEMO_CONFIGURATIONS) {
    const fluid = library.find((f) => f.slug === demo.fluid);
    if (!fluid) throw new Error(`no library fluid ${demo.fluid}`);
    const ctx = await contextFor(demo.by === "admin" ? DEMO_USERS[0].email : DEMO_USERS[1].email);
    const input = createConfigurationSchema.parse({
      name: demo.name,
      description: demo.description,
      fluid: {
        fluidId: fluid.id,
        viscosityCp: Number(fluid.viscosityCp),
        densityKgM3: Number(fluid.densityKgM3),
        surfaceTensionMNm: Number(fluid.surfaceTensionMNm),
        flashPointC: fluid.flashPointC === null ? null : Math.round(Number(fluid.flashPointC)),
      },
      targets: demo.targets,
      tags: demo.tags,
      status: demo.status,
    });
    const created = await createConfiguration(ctx, input);
    if (demo.edit) await updateConfiguration(ctx, created.id, { targets: demo.edit.targets });
    if (demo.shareWithViewer) await shareConfiguration(ctx, created.id, { userId: viewerId, permission: demo.shareWithViewer });
    await seedDemoLabResults(ctx, created, lab, DEMO_LAB_ROUNDS[0]);
    tested.push({ ctx, configuration: created });
    if (demo.order)
      await seedDemoOrder(
        ctx,
        created.id,
        created.compatibleActuators.map((a) => a.sku),
      );
  }
  // The lab results above asked for a recalibration job; the demo runs it at once, then a
  // second round of tests is compared with the calibrated predictions, and calibrates again.
  const { recalibrateTenant } = await import("@/lib/ml/calibration-service");
  await recalibrateTenant(tenant.id);
  for (const { ctx, configuration } of tested) await seedDemoLabResults(ctx, configuration, lab, DEMO_LAB_ROUNDS[1]);
  await recalibrateTenant(tenant.id);
  return DEMO_CONFIGURATIONS.length;
}

const DEMO_RESULT_DAYS = 84;

/**
 * Spreads the demo tenant's lab results (recorded by seedDemoConfigurations, all "now") over the
 * last twelve weeks, once, so the accuracy trend has weeks to show; returns how many moved.
 */
export async function seedDemoFeedback(): Promise<number> {
  const { feedback } = await import("@/db/schema");
  const { rebuildAccuracySums } = await import("@/lib/analytics/rollup");
  const [tenant] = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, DEMO_TENANT.slug)));
  if (!tenant) return 0;
  return withSystemTx(async (tx) => {
    const rows = await tx
      .select({ id: feedback.id, createdAt: feedback.createdAt })
      .from(feedback)
      .where(eq(feedback.tenantId, tenant.id))
      .orderBy(feedback.createdAt, feedback.id);
    const spreadAlready = rows.some((r) => Date.now() - r.createdAt.getTime() > 7 * 86_400_000);
    if (rows.length === 0 || spreadAlready) return 0;
    for (const [i, row] of rows.entries()) {
      const createdAt = new Date(Date.now() - Math.floor(((rows.length - i) / rows.length) * DEMO_RESULT_DAYS * 86_400_000));
      await tx.update(feedback).set({ createdAt, updatedAt: createdAt }).where(eq(feedback.id, row.id));
    }
    await rebuildAccuracySums(tx, tenant.id);
    // A calibration is dated just before the first result compared with it.
    await tx.execute(sql`
      update tenant_calibrations c set created_at = f.first_at - interval '1 hour'
      from (select calibration_version, min(created_at) as first_at from feedback
            where tenant_id = ${tenant.id} and calibration_version is not null group by calibration_version) f
      where c.tenant_id = ${tenant.id} and c.version = f.calibration_version`);
    return rows.length;
  });
}

const DEMO_LAB_SKUS = 3;
/** Test pressures as multiples of the ranked operating pressure: a first round, and one after calibrating. */
const DEMO_LAB_ROUNDS = [
  [0.8, 1, 1.25, 1.5],
  [0.9, 1.1, 1.4],
] as const;

/**
 * Lab results for a demo configuration's best SKUs, measured by the synthetic lab (a truth
 * other than the engine's), so accuracy and calibration have something to show.
 */
async function seedDemoLabResults(
  ctx: ActorContext,
  configuration: Awaited<ReturnType<typeof import("@/lib/configurations/service").createConfiguration>>,
  lab: ReturnType<typeof import("@/lib/ml/synthetic-lab").createSyntheticLab>,
  pressureRatios: readonly number[],
) {
  const { createFeedback } = await import("@/lib/feedback/service");
  const { createFeedbackSchema } = await import("@/lib/feedback/schemas");
  const { actuatorSchema } = await import("@/lib/prediction/schemas");
  const { getActuatorBySku } = await import("@/lib/catalog/queries");
  for (const ranked of configuration.compatibleActuators.slice(0, DEMO_LAB_SKUS)) {
    const actuator = actuatorSchema.parse(await getActuatorBySku(ranked.sku));
    for (const ratio of pressureRatios) {
      const pressureBar = Math.max(0.5, Math.min(actuator.maxPressureBar, Math.round(ratio * ranked.requiredPressureBar.p50 * 10) / 10));
      const m = lab.measure(actuator, configuration.fluid, pressureBar);
      await createFeedback(
        ctx,
        createFeedbackSchema.parse({
          configurationId: configuration.id,
          actuatorSku: ranked.sku,
          testConditions: { pressureBar, instrument: "Laser diffraction" },
          dv50Um: Math.round(m.dv50Um * 10) / 10,
          sprayConeAngleActual: Math.round(m.coneDeg * 10) / 10,
          flowRateActualMlMin: Math.round(m.flowMlMin * 100) / 100,
          passFail: "unknown",
        }),
      );
    }
  }
}
