import { beforeAll, describe, expect, it } from "vitest";
import { withTenantTx } from "@/db/tenant";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { listVersions } from "./queries";
import { restoreConfigurationVersion } from "./restore";
import { createConfigurationSchema } from "./schemas";
import { createConfiguration, updateConfiguration } from "./service";

const input = createConfigurationSchema.parse({
  name: "Version one",
  fluid: { viscosityCp: 4.6, densityKgM3: 913, surfaceTensionMNm: 19.7, flashPointC: 135 },
  targets: { flowMlMin: 250, maxPressureBar: 8 },
  tags: ["a"],
});

beforeAll(async () => {
  await seedCatalog();
});

describe("restoring a version", () => {
  it("brings back every field of that version as a new version and re-ranks", async () => {
    const t = await createTenant();
    const v1 = await createConfiguration(t.owner, input);
    await updateConfiguration(t.owner, v1.id, { name: "Version two", tags: ["a", "b"] });
    const v3 = await updateConfiguration(t.owner, v1.id, {
      fluid: { viscosityCp: 96.5, densityKgM3: 965, surfaceTensionMNm: 20.9 },
      status: "testing",
    });
    expect(v3.compatibleActuators).not.toEqual(v1.compatibleActuators);

    const restored = await restoreConfigurationVersion(t.owner, v1.id, 1);
    expect(restored).toMatchObject({ version: 4, name: "Version one", tags: ["a"], status: "draft", fluid: v1.fluid, targets: v1.targets });
    expect(restored.compatibleActuators).toEqual(v1.compatibleActuators);
    const two = await restoreConfigurationVersion(t.owner, v1.id, 2);
    expect(two).toMatchObject({ version: 5, name: "Version two", tags: ["a", "b"], fluid: v1.fluid });
    const history = await withTenantTx(t.tenantId, (tx) => listVersions(tx, t.tenantId, v1.id));
    expect(history.map((h) => h.version)).toEqual([5, 4, 3, 2, 1]);
  });

  it("an unknown version is 404; a viewer cannot restore; another tenant gets 404", async () => {
    const t = await createTenant();
    const viewer = await addMember(t.owner, "viewer");
    const other = await createTenant();
    const config = await createConfiguration(t.owner, input);
    await updateConfiguration(t.owner, config.id, { name: "changed" });
    await expect(restoreConfigurationVersion(t.owner, config.id, 9)).rejects.toMatchObject({ code: "not_found" });
    await expect(restoreConfigurationVersion(viewer.ctx, config.id, 1)).rejects.toMatchObject({ code: "forbidden" });
    await expect(restoreConfigurationVersion(other.owner, config.id, 1)).rejects.toMatchObject({ code: "not_found" });
  });
});
