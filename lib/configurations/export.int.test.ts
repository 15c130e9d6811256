import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/scripts/seed";
import { createTenant } from "@/scripts/vitest/factories";
import { exportConfigurationsCsv } from "./export";
import { createConfigurationSchema } from "./schemas";
import { archiveConfiguration, createConfiguration } from "./service";

const input = (name: string) =>
  createConfigurationSchema.parse({
    name,
    fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
    targets: { flowMlMin: 500, maxPressureBar: 10 },
  });

beforeAll(async () => {
  await seedCatalog();
});

describe("configuration export", () => {
  it("writes every active configuration with its best actuator, formulas escaped", async () => {
    const t = await createTenant();
    await createConfiguration(t.owner, input("Water rinse"));
    await createConfiguration(t.owner, input('=HYPERLINK("http://evil.test")'));
    const archived = await createConfiguration(t.owner, input("Old trial"));
    await archiveConfiguration(t.owner, archived.id);

    const { csv, rows } = await exportConfigurationsCsv(t.owner);
    expect(rows).toBe(2);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.name)).toEqual(["Water rinse", `'=HYPERLINK("http://evil.test")`]);
    expect(parsed.data[0]).toMatchObject({
      viscosity_cp: "1",
      target_flow_ml_min: "500",
      best_actuator_sku: expect.stringMatching(/^(SPENC|COST)-/),
    });
  });

  it("an empty tenant still gets the header row", async () => {
    const t = await createTenant();
    const { csv } = await exportConfigurationsCsv(t.owner);
    expect(csv.split("\r\n")[0]).toMatch(/^name,status,tags,viscosity_cp/);
  });

  it("Starter allows 5 exports a day; the 6th gets 402 plan_limit naming the limit", async () => {
    const t = await createTenant({ plan: "starter" });
    expect(t.owner.actor.plan).toBe("starter");
    for (let i = 0; i < 5; i++) await exportConfigurationsCsv(t.owner);
    await expect(exportConfigurationsCsv(t.owner)).rejects.toMatchObject({
      status: 402,
      code: "plan_limit",
      message: expect.stringContaining("5 exports per day"),
      details: [expect.objectContaining({ limit: "export_requests_per_day", allowed: 5, usage: 5, upgradeTo: "professional" })],
    });
  });
});
