import { beforeAll, describe, expect, it } from "vitest";
import { withTenantTx } from "@/db/tenant";
import { seedCatalog } from "@/scripts/seed";
import { createTenant } from "@/scripts/vitest/factories";
import { listConfigurations } from "./queries";
import { createConfigurationSchema, type ConfigurationSort, listConfigurationsSchema } from "./schemas";
import { duplicateConfiguration } from "./sharing";
import { createConfiguration, getConfiguration, updateConfiguration } from "./service";

const input = (name: string) =>
  createConfigurationSchema.parse({ name, fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } });

let tenant: Awaited<ReturnType<typeof createTenant>>;
const NAMES = ["Delta", "alpha", "Charlie", "Echo", "Bravo"];

beforeAll(async () => {
  await seedCatalog();
  tenant = await createTenant();
  const created = [];
  for (const name of NAMES) created.push(await createConfiguration(tenant.owner, input(name)));
  await updateConfiguration(tenant.owner, created[1]!.id, { description: "touched last" });
});

/** Every page, two at a time, following the cursors. */
async function allPages(sort: ConfigurationSort): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const query = listConfigurationsSchema.parse({ sort, limit: "2", ...(cursor && { cursor }) });
    const page = await withTenantTx(tenant.tenantId, (tx) => listConfigurations(tx, tenant.tenantId, query));
    names.push(...page.items.map((i) => i.name));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return names;
}

describe("configuration list sorting", () => {
  it.each([
    ["newest", ["Bravo", "Echo", "Charlie", "alpha", "Delta"]],
    ["oldest", ["Delta", "alpha", "Charlie", "Echo", "Bravo"]],
    ["updated", ["alpha", "Bravo", "Echo", "Charlie", "Delta"]],
  ] as const)("%s: every row once, in order, across pages", async (sort, expected) => {
    expect(await allPages(sort)).toEqual(expected);
  });

  it("name: A to Z ignoring case, every row once", async () => {
    expect(await allPages("name")).toEqual(["alpha", "Bravo", "Charlie", "Delta", "Echo"]);
  });

  it("a cursor from another sort order is refused with 422, not a server error", async () => {
    const first = await withTenantTx(tenant.tenantId, (tx) => listConfigurations(tx, tenant.tenantId, listConfigurationsSchema.parse({ sort: "name", limit: "2" })));
    const mixed = listConfigurationsSchema.parse({ sort: "newest", cursor: first.nextCursor! });
    await expect(withTenantTx(tenant.tenantId, (tx) => listConfigurations(tx, tenant.tenantId, mixed))).rejects.toMatchObject({ code: "validation_failed" });
    expect(() => listConfigurationsSchema.parse({ sort: "price" })).toThrow(/sort must be one of/);
  });
});

describe("configuration list counts", () => {
  const countsInList = async (t: typeof tenant) => {
    const page = await withTenantTx(t.tenantId, (tx) => listConfigurations(tx, t.tenantId, listConfigurationsSchema.parse({ limit: "100" })));
    return Object.fromEntries(page.items.map((i) => [i.id, i.actuatorCount]));
  };

  it("each item's actuator count is the number of actuators stored with it, after create, re-rank and duplicate", async () => {
    const t = await createTenant();
    const created = await createConfiguration(t.owner, input("Wide"));
    // So small a flow leaves fewer actuators than the 20 a configuration keeps.
    const reranked = await updateConfiguration(t.owner, created.id, { targets: { flowMlMin: 10 } });
    const copy = await duplicateConfiguration(t.owner, created.id);
    expect(created.compatibleActuators.length).not.toBe(reranked.compatibleActuators.length);
    const counts = await countsInList(t);
    for (const id of [created.id, copy.id]) expect(counts[id]).toBe((await getConfiguration(t.owner, id)).compatibleActuators.length);
    expect(counts[created.id]).toBe(reranked.compatibleActuators.length);
  });
});
