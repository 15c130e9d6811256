import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { compareSuppliers } from "./compare";
import { listProcurements } from "./queries";
import { createProcurementSchema, listProcurementsSchema } from "./schemas";
import { cancelProcurement, createProcurement, getProcurement, updateProcurement } from "./service";

const catalog = generateCatalog(200, 2026);
const harness = setupSupplierSimulator(catalog);
const [A, B] = [catalog[0]!.sku, catalog[1]!.sku];

const configurationInput = createConfigurationSchema.parse({
  name: "Primer line",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 500, maxPressureBar: 6 },
});

beforeAll(async () => {
  await seedCatalog();
});

async function setup() {
  const t = await createTenant();
  const configuration = await createConfiguration(t.owner, configurationInput);
  return { ...t, configurationId: configuration.id };
}

const order = (configurationId: string, items: { sku: string; qty: number }[], extra: Record<string, unknown> = {}) =>
  createProcurementSchema.parse({ configurationId, items, ...extra });

describe("procurement drafts", () => {
  it("starts a draft priced from the catalog, with the plan's discount, on the timeline and in the audit log", async () => {
    const t = await setup();
    const draft = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 10 }]));
    expect(draft).toMatchObject({ status: "draft", orderType: "sample", currency: "USD", discountPct: 5, taxCents: 0, shippingCents: 0 });
    expect(draft.lines).toEqual([expect.objectContaining({ sku: A, qty: 10 })]);
    const line = draft.lines[0]!;
    expect(line.unitPriceCents).toBeGreaterThan(0);
    expect(draft.subtotalCents).toBe(line.unitPriceCents * 10);
    expect(draft.totalCents).toBe(draft.subtotalCents - draft.discountCents);
    expect(draft.timeline).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "draft", source: "member" })]);
    expect(draft.access).toMatchObject({ edit: true, checkout: true, cancel: true, decide: false });
    const audit = await withTenantTx(t.tenantId, (tx) => tx.select().from(auditLogs).where(eq(auditLogs.resourceId, draft.id)));
    expect(audit.map((a) => a.action)).toEqual(["procurement.create"]);
  });

  it("names a SKU the catalog lacks and a configuration of another organization (422)", async () => {
    const t = await setup();
    const other = await setup();
    await expect(createProcurement(t.owner, order(t.configurationId, [{ sku: "NOPE-1", qty: 1 }]))).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "items.0.sku", message: "NOPE-1 is not in the catalog" }],
    });
    await expect(createProcurement(t.owner, order(other.configurationId, [{ sku: A, qty: 1 }]))).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "configurationId", message: "Not a configuration of this organization" }],
    });
  });

  it("adds to the member's open draft for the configuration, summing a SKU already in it", async () => {
    const t = await setup();
    const first = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 2 }]));
    const again = await createProcurement(
      t.owner,
      order(
        t.configurationId,
        [
          { sku: A, qty: 3 },
          { sku: B, qty: 1 },
        ],
        { addToDraft: true },
      ),
    );
    expect(again.id).toBe(first.id);
    expect(again.lines.map(({ sku, qty }) => ({ sku, qty }))).toEqual([
      { sku: A, qty: 5 },
      { sku: B, qty: 1 },
    ]);
    const separate = await createProcurement(t.owner, order(t.configurationId, [{ sku: B, qty: 1 }]));
    expect(separate.id).not.toBe(first.id);
  });

  it("refuses an edit made on an older version (409) and lets exactly one of two concurrent edits through", async () => {
    const t = await setup();
    const draft = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 1 }]));
    const results = await Promise.allSettled([
      updateProcurement(t.owner, draft.id, { version: draft.version, items: [{ sku: A, qty: 2 }] }),
      updateProcurement(t.owner, draft.id, { version: draft.version, items: [{ sku: A, qty: 3 }] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
  });

  it("lets viewers read, users edit only their own, admins anyone's; other organizations get 404", async () => {
    const t = await setup();
    const user = await addMember(t.owner, "user");
    const viewer = await addMember(t.owner, "viewer");
    const outsider = await createTenant();
    const mine = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 1 }]));
    await expect(getProcurement(viewer.ctx, mine.id)).resolves.toMatchObject({ access: { edit: false, cancel: false } });
    await expect(updateProcurement(user.ctx, mine.id, { version: mine.version, orderType: "pilot" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const theirs = await createProcurement(user.ctx, order(t.configurationId, [{ sku: B, qty: 1 }]));
    await expect(updateProcurement(t.owner, theirs.id, { version: theirs.version, orderType: "pilot" })).resolves.toMatchObject({
      orderType: "pilot",
    });
    await expect(getProcurement(outsider.owner, mine.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateProcurement(outsider.owner, mine.id, { version: 1, orderType: "pilot" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(cancelProcurement(outsider.owner, mine.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(compareSuppliers(outsider.owner, { procurementId: mine.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("cancels a draft once; a cancelled order cannot change", async () => {
    const t = await setup();
    const draft = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 1 }]));
    await cancelProcurement(t.owner, draft.id);
    const cancelled = await getProcurement(t.owner, draft.id);
    expect(cancelled).toMatchObject({ status: "cancelled", access: { edit: false, cancel: false } });
    expect(cancelled.timeline.map((e) => e.toStatus)).toEqual(["draft", "cancelled"]);
    await expect(cancelProcurement(t.owner, draft.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(updateProcurement(t.owner, draft.id, { version: cancelled.version, orderType: "pilot" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("lists orders newest first, by status and by SKU", async () => {
    const t = await setup();
    const first = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 1 }]));
    const second = await createProcurement(t.owner, order(t.configurationId, [{ sku: B, qty: 4 }]));
    await cancelProcurement(t.owner, first.id);
    const list = (input: Record<string, unknown>) =>
      withTenantTx(t.tenantId, (tx) => listProcurements(tx, t.tenantId, listProcurementsSchema.parse(input)));
    expect((await list({})).items.map((p) => p.id)).toEqual([second.id, first.id]);
    expect((await list({ status: "cancelled" })).items.map((p) => p.id)).toEqual([first.id]);
    expect((await list({ q: B })).items).toEqual([
      expect.objectContaining({ id: second.id, lines: [{ sku: B, qty: 4 }], configurationName: "Primer line" }),
    ]);
    const page = await list({ limit: 1 });
    expect((await list({ limit: 1, cursor: page.nextCursor })).items.map((p) => p.id)).toEqual([first.id]);
  });
});

describe("comparing suppliers", () => {
  it("stores both suppliers' quotes on the draft with their expiry; choosing one prices the lines as it quoted", async () => {
    const t = await setup();
    const draft = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 25 }]));
    const result = await compareSuppliers(t.owner, { procurementId: draft.id });
    expect(result.suppliers.map((s) => [s.supplier, s.status])).toEqual([
      ["spencer", "quoted"],
      ["coster", "quoted"],
    ]);
    expect(result.discountPct).toBe(5);
    expect(result.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    const coster = result.suppliers.find((s) => s.supplier === "coster");
    if (coster?.status !== "quoted") throw new Error("coster did not quote");
    expect(coster).toMatchObject({ name: "Coster", total: expect.stringMatching(/^\d+\.\d{2}$/), delivery: expect.any(String) });
    const stored = await getProcurement(t.owner, draft.id);
    expect(stored.quotes.suppliers).toHaveLength(2);
    expect(stored.version).toBe(result.version);
    const chosen = await updateProcurement(t.owner, draft.id, { version: stored.version, selectedSupplier: "coster" });
    expect(chosen).toMatchObject({ selectedSupplier: "coster", totalCents: coster.totalCents, taxCents: coster.taxCents });
    expect(chosen.lines).toEqual([
      expect.objectContaining({ sku: A, qty: 25, supplier: "coster", unitPriceCents: coster.lines[0]!.unitPriceCents }),
    ]);
    const edited = await updateProcurement(t.owner, draft.id, { version: chosen.version, items: [{ sku: A, qty: 26 }] });
    expect(edited).toMatchObject({ selectedSupplier: null, quotes: { suppliers: [] } });
  });

  it("answers with the other supplier's quote and this one's error when a supplier fails", async () => {
    await harness.simulator.setFault("spencer", { kind: "refused" });
    const t = await setup();
    const result = await compareSuppliers(t.owner, { items: [{ sku: A, qty: 1 }] });
    expect(result.suppliers).toEqual([
      expect.objectContaining({ supplier: "spencer", status: "error", error: expect.objectContaining({ kind: "unavailable" }) }),
      expect.objectContaining({ supplier: "coster", status: "quoted" }),
    ]);
    expect(result.procurementId).toBeNull();
  });

  it("refuses to choose a supplier that has not quoted (409)", async () => {
    const t = await setup();
    const draft = await createProcurement(t.owner, order(t.configurationId, [{ sku: A, qty: 1 }]));
    await expect(updateProcurement(t.owner, draft.id, { version: draft.version, selectedSupplier: "spencer" })).rejects.toMatchObject({
      code: "conflict",
    });
  });
});
