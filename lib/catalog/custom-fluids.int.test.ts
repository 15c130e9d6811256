import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { archiveCustomFluid, createCustomFluid, listCustomFluids, updateCustomFluid } from "./custom-fluids";
import { createCustomFluidSchema } from "./schemas";

const resin = createCustomFluidSchema.parse({
  name: "House resin B",
  viscosityCp: 85,
  densityKgM3: 1120,
  surfaceTensionMNm: 34,
  flashPointC: 42,
});

describe("custom fluids", () => {
  it("a tenant's fluids are listed for that tenant only, and archived ones disappear", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const created = await createCustomFluid(a.owner, resin);
    expect(await withTenantTx(a.tenantId, (tx) => listCustomFluids(tx, a.tenantId, "resin"))).toEqual([
      expect.objectContaining({ id: created.id, name: "House resin B" }),
    ]);
    expect(await withTenantTx(b.tenantId, (tx) => listCustomFluids(tx, b.tenantId))).toEqual([]);
    await expect(archiveCustomFluid(b.owner, created.id)).rejects.toMatchObject({ code: "not_found" });
    await archiveCustomFluid(a.owner, created.id);
    expect(await withTenantTx(a.tenantId, (tx) => listCustomFluids(tx, a.tenantId))).toEqual([]);
    await expect(archiveCustomFluid(a.owner, created.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses properties outside the engine's ranges", () => {
    expect(createCustomFluidSchema.safeParse({ ...resin, surfaceTensionMNm: 5 }).error?.issues[0]?.path).toEqual(["surfaceTensionMNm"]);
  });

  it("a user can add one (audited)", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    await expect(createCustomFluid(user.ctx, resin)).resolves.toMatchObject({ createdByUserId: user.userId });
  });

  it("its figures can be edited (audited with what changed); another organization's or an archived one is a 404", async () => {
    const t = await createTenant();
    const other = await createTenant();
    const input = createCustomFluidSchema.parse({ name: "Primer B", viscosityCp: 12, densityKgM3: 1050, surfaceTensionMNm: 33 });
    const fluid = await createCustomFluid(t.owner, input);
    const edited = await updateCustomFluid(t.owner, fluid.id, { ...input, viscosityCp: 14.5, notes: "Re-measured at 22 °C" });
    expect(edited).toMatchObject({ id: fluid.id, viscosityCp: 14.5, notes: "Re-measured at 22 °C", name: "Primer B" });
    const [entry] = await withTenantTx(t.tenantId, (tx) => tx.select().from(auditLogs).where(eq(auditLogs.action, "fluid.update")));
    expect(entry?.changes).toMatchObject({ viscosityCp: { from: 12, to: 14.5 } });
    await expect(updateCustomFluid(other.owner, fluid.id, input)).rejects.toMatchObject({ code: "not_found" });
    await archiveCustomFluid(t.owner, fluid.id);
    await expect(updateCustomFluid(t.owner, fluid.id, input)).rejects.toMatchObject({ code: "not_found" });
  });
});
