import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { listOutboxMessages } from "@/lib/email/outbox";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { decideApproval, requestApproval } from "./approval";
import { compareSuppliers } from "./compare";
import { approvalDecisionSchema, createProcurementSchema } from "./schemas";
import { createProcurement, getProcurement, updateProcurement } from "./service";

const catalog = generateCatalog(200, 2026);
setupSupplierSimulator(catalog);
const SKU = catalog[0]!.sku;

beforeAll(async () => {
  await seedCatalog();
});

/** A tenant whose orders above $1 need approval, a user's quoted order, and the user. */
async function setup() {
  const t = await createTenant();
  await withSystemTx((tx) => tx.update(tenants).set({ procurementApprovalThreshold: "1.00" }).where(eq(tenants.id, t.tenantId)));
  const user = await addMember(t.owner, "user");
  const configuration = await createConfiguration(
    user.ctx,
    createConfigurationSchema.parse({
      name: "Approval",
      fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
      targets: { flowMlMin: 400 },
    }),
  );
  const draft = await createProcurement(
    user.ctx,
    createProcurementSchema.parse({ configurationId: configuration.id, items: [{ sku: SKU, qty: 3 }] }),
  );
  const compared = await compareSuppliers(user.ctx, { procurementId: draft.id });
  const offer = compared.suppliers.find((o) => o.status === "quoted" && o.lines.every((l) => l.availability !== "unavailable"))!;
  const chosen = await updateProcurement(user.ctx, draft.id, { version: compared.version!, selectedSupplier: offer.supplier });
  return { ...t, user, order: chosen };
}

const decision = (input: Record<string, unknown>) => approvalDecisionSchema.parse(input);

describe("order approval", () => {
  it("a user's order above the threshold is sent for approval, the admins are emailed, an admin approves it", async () => {
    const t = await setup();
    expect(t.order).toMatchObject({ needsApproval: true, access: { decide: false } });
    const pending = await requestApproval(t.user.ctx, t.order.id, { note: "For the pilot line" });
    expect(pending).toMatchObject({ status: "pending_approval", needsApproval: false });
    const mail = await listOutboxMessages({ to: t.ownerEmail });
    expect(mail[0]).toMatchObject({ subject: expect.stringMatching(/asks you to approve an order of \$/) });
    await expect(decideApproval(t.user.ctx, t.order.id, decision({ decision: "approve" }))).rejects.toMatchObject({ code: "forbidden" });
    const approved = await decideApproval(t.owner, t.order.id, decision({ decision: "approve", note: "Go ahead" }));
    expect(approved).toMatchObject({ status: "approved", decision: { note: "Go ahead" } });
    expect((await getProcurement(t.user.ctx, t.order.id)).access).toMatchObject({ checkout: true });
    expect(approved.timeline.map((e) => e.toStatus)).toEqual(["draft", "pending_approval", "approved"]);
  });

  it("a rejection needs a reason and sends the order back to draft; changing an approved order needs approval again", async () => {
    const t = await setup();
    await requestApproval(t.user.ctx, t.order.id, {});
    expect(() => decision({ decision: "reject" })).toThrow("Say why the order is rejected");
    const rejected = await decideApproval(t.owner, t.order.id, decision({ decision: "reject", note: "Too many units" }));
    expect(rejected).toMatchObject({ status: "draft", decision: { note: "Too many units" } });
    await requestApproval(t.user.ctx, t.order.id, {});
    const approved = await decideApproval(t.owner, t.order.id, decision({ decision: "approve" }));
    const edited = await updateProcurement(t.user.ctx, t.order.id, { version: approved.version, items: [{ sku: SKU, qty: 30 }] });
    expect(edited.status).toBe("draft");
    await expect(decideApproval(t.owner, t.order.id, decision({ decision: "approve" }))).rejects.toMatchObject({ code: "conflict" });
  });

  it("no approval is asked below the threshold, for admins, or across organizations", async () => {
    const t = await setup();
    await withSystemTx((tx) => tx.update(tenants).set({ procurementApprovalThreshold: null }).where(eq(tenants.id, t.tenantId)));
    await expect(requestApproval(t.user.ctx, t.order.id, {})).rejects.toMatchObject({ code: "conflict" });
    const outsider = await createTenant();
    await expect(requestApproval(outsider.owner, t.order.id, {})).rejects.toMatchObject({ code: "not_found" });
    await expect(decideApproval(outsider.owner, t.order.id, decision({ decision: "approve" }))).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
