import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { createConfigurationSchema } from "./schemas";
import { createConfiguration, getConfiguration, updateConfiguration } from "./service";
import { duplicateConfiguration, shareConfiguration, unshareConfiguration } from "./sharing";

const input = createConfigurationSchema.parse({
  name: "Ethanol fogger",
  fluid: { viscosityCp: 1.2, densityKgM3: 789, surfaceTensionMNm: 22.4, flashPointC: 13 },
  targets: { flowMlMin: 200, maxPressureBar: 5 },
});

beforeAll(async () => {
  await seedCatalog();
});

describe("sharing", () => {
  it("an edit share lets a viewer edit that one configuration, until it is taken away", async () => {
    const t = await createTenant();
    const viewer = await addMember(t.owner, "viewer");
    const shared = await createConfiguration(t.owner, input);
    const other = await createConfiguration(t.owner, input);
    await expect(updateConfiguration(viewer.ctx, shared.id, { name: "by viewer" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(shareConfiguration(t.owner, shared.id, { userId: viewer.userId, permission: "edit" })).resolves.toMatchObject({
      permission: "edit",
    });
    await expect(updateConfiguration(viewer.ctx, shared.id, { name: "by viewer" })).resolves.toMatchObject({ name: "by viewer" });
    await expect(updateConfiguration(viewer.ctx, other.id, { name: "by viewer" })).rejects.toMatchObject({ code: "forbidden" });
    await shareConfiguration(t.owner, shared.id, { userId: viewer.userId, permission: "view" });
    await expect(updateConfiguration(viewer.ctx, shared.id, { name: "again" })).rejects.toMatchObject({ code: "forbidden" });
    await unshareConfiguration(t.owner, shared.id, viewer.userId);
    await expect(unshareConfiguration(t.owner, shared.id, viewer.userId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("only the creator or an admin shares, and only with members", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const outsider = await createTenant();
    const config = await createConfiguration(t.owner, input);
    await expect(shareConfiguration(user.ctx, config.id, { userId: user.userId, permission: "edit" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(shareConfiguration(t.owner, config.id, { userId: outsider.ownerId, permission: "view" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("duplicating makes a new draft owned by the caller", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const source = await createConfiguration(t.owner, input);
    await updateConfiguration(t.owner, source.id, { status: "complete" });
    const copy = await duplicateConfiguration(user.ctx, source.id);
    expect(copy).toMatchObject({ name: "Ethanol fogger (copy)", status: "draft", version: 1, createdByUserId: user.userId });
    expect(copy.compatibleActuators).toEqual((await getConfiguration(t.owner, source.id)).compatibleActuators);
  });

  it("another tenant cannot duplicate, share or unshare (404)", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const member = await addMember(a.owner, "viewer");
    const config = await createConfiguration(a.owner, input);
    await shareConfiguration(a.owner, config.id, { userId: member.userId, permission: "edit" });
    await expect(duplicateConfiguration(b.owner, config.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(shareConfiguration(b.owner, config.id, { userId: b.ownerId, permission: "edit" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(unshareConfiguration(b.owner, config.id, member.userId)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateConfiguration(member.ctx, config.id, { name: "still shared" })).resolves.toMatchObject({ name: "still shared" });
  });
});
