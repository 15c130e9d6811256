import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { configurations } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { listConfigurations, listVersions } from "./queries";
import { createConfigurationSchema, listConfigurationsSchema } from "./schemas";
import { archiveConfiguration, createConfiguration, getConfiguration, unarchiveConfiguration, updateConfiguration } from "./service";

const input = (overrides: Record<string, unknown> = {}) =>
  createConfigurationSchema.parse({
    name: "Glycerol mist",
    fluid: { viscosityCp: 10.8, densityKgM3: 1153, surfaceTensionMNm: 67.5 },
    targets: { flowMlMin: 600, maxPressureBar: 10, coneDeg: 60 },
    tags: ["Pilot"],
    ...overrides,
  });

beforeAll(async () => {
  await seedCatalog();
});

describe("configurations", () => {
  it("saves the ranked actuators with the model version and a first version", async () => {
    const t = await createTenant();
    const saved = await createConfiguration(t.owner, input());
    expect(saved.compatibleActuators.length).toBeGreaterThan(0);
    expect(saved.modelVersion).toMatch(/^\d{4}\.\d{2}-\d+$/);
    expect(saved.tags).toEqual(["pilot"]);
    const versions = await withTenantTx(t.tenantId, (tx) => listVersions(tx, t.tenantId, saved.id));
    expect(versions).toHaveLength(1);
    expect(versions[0]!.changes).toHaveProperty("created");
  });

  it("an edit writes a version with the diff and re-ranks when the physics change", async () => {
    const t = await createTenant();
    const saved = await createConfiguration(t.owner, input());
    const renamed = await updateConfiguration(t.owner, saved.id, { name: "Renamed" });
    expect(renamed.version).toBe(2);
    expect(renamed.compatibleActuators).toEqual(saved.compatibleActuators);
    const thicker = await updateConfiguration(t.owner, saved.id, { fluid: { viscosityCp: 60.1, densityKgM3: 1208, surfaceTensionMNm: 65.7 } });
    expect(thicker.version).toBe(3);
    expect(thicker.compatibleActuators).not.toEqual(saved.compatibleActuators);
    const versions = await withTenantTx(t.tenantId, (tx) => listVersions(tx, t.tenantId, saved.id));
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[1]!.changes).toEqual({ name: { from: "Glycerol mist", to: "Renamed" } });
    expect(versions[0]!.changes).toHaveProperty("fluid.to.viscosityCp", 60.1);
  });

  it("a no-op edit writes no version", async () => {
    const t = await createTenant();
    const saved = await createConfiguration(t.owner, input());
    expect((await updateConfiguration(t.owner, saved.id, { name: saved.name })).version).toBe(1);
  });

  it("a viewer cannot edit; a user can; a user archives only their own", async () => {
    const t = await createTenant();
    const viewer = await addMember(t.owner, "viewer");
    const user = await addMember(t.owner, "user");
    const ownersConfig = await createConfiguration(t.owner, input());
    await expect(updateConfiguration(viewer.ctx, ownersConfig.id, { name: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateConfiguration(user.ctx, ownersConfig.id, { name: "edited by user" })).resolves.toMatchObject({ version: 2 });
    await expect(archiveConfiguration(user.ctx, ownersConfig.id)).rejects.toMatchObject({ code: "forbidden" });
    const usersConfig = await createConfiguration(user.ctx, input());
    await archiveConfiguration(user.ctx, usersConfig.id);
    await archiveConfiguration(t.owner, ownersConfig.id);
    const active = await withTenantTx(t.tenantId, (tx) => listConfigurations(tx, t.tenantId, listConfigurationsSchema.parse({})));
    expect(active.items).toEqual([]);
    await expect(updateConfiguration(t.owner, ownersConfig.id, { name: "late" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("starter allows 50 configurations a month: the 51st is refused with 402", async () => {
    const t = await createTenant({ plan: "starter" });
    const saved = await createConfiguration(t.owner, input());
    // 49 more rows this month, inserted directly to keep the test fast.
    await withTenantTx(t.tenantId, async (tx) => {
      const [row] = await tx.select().from(configurations).where(eq(configurations.id, saved.id));
      const { id: _id, ...copy } = row!;
      await tx.insert(configurations).values(Array.from({ length: 49 }, () => copy));
    });
    await expect(createConfiguration(t.owner, input())).rejects.toMatchObject({
      code: "plan_limit",
      message: expect.stringContaining("50 configurations per month"),
    });
  });

  it("lists newest first with search, tag and status filters, in pages", async () => {
    const t = await createTenant();
    for (const name of ["Alpha", "Beta", "Gamma"]) await createConfiguration(t.owner, input({ name, tags: [name.toLowerCase()] }));
    const list = (q: Record<string, string>) => withTenantTx(t.tenantId, (tx) => listConfigurations(tx, t.tenantId, listConfigurationsSchema.parse(q)));
    expect((await list({})).items.map((i) => i.name)).toEqual(["Gamma", "Beta", "Alpha"]);
    expect((await list({ q: "et" })).items.map((i) => i.name)).toEqual(["Beta"]);
    expect((await list({ tag: "alpha" })).items.map((i) => i.name)).toEqual(["Alpha"]);
    const first = await list({ limit: "2" });
    const second = await list({ limit: "2", cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((i) => i.name)).toEqual(["Gamma", "Beta", "Alpha"]);
  });

  it("another tenant's configuration is not found, for reading and every write", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const saved = await createConfiguration(a.owner, input());
    await expect(getConfiguration(b.owner, saved.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateConfiguration(b.owner, saved.id, { name: "stolen" })).rejects.toMatchObject({ code: "not_found" });
    await expect(archiveConfiguration(b.owner, saved.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(unarchiveConfiguration(b.owner, saved.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await getConfiguration(a.owner, saved.id)).name).toBe("Glycerol mist");
  });

  it("unarchiving brings a configuration back editable; only who may archive it may", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const saved = await createConfiguration(t.owner, input());
    await archiveConfiguration(t.owner, saved.id);
    expect((await getConfiguration(t.owner, saved.id)).access.edit).toBe(false);
    await expect(unarchiveConfiguration(user.ctx, saved.id)).rejects.toMatchObject({ code: "forbidden" });
    const back = await unarchiveConfiguration(t.owner, saved.id);
    expect(back).toMatchObject({ archivedAt: null, access: { edit: true } });
    expect((await updateConfiguration(t.owner, saved.id, { name: "Edited again" })).name).toBe("Edited again");
  });
});
