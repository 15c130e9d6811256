import { expect, test } from "@playwright/test";
import { advanceSupplierOrder } from "../suppliers";
import { addMember, DEMO, login, signUp } from "../support";

const CONFIGURATION = {
  name: "Order from the ranking",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 400, maxPressureBar: 6 },
};

test("a member adds the top actuator to an order, compares both suppliers and chooses the cheaper complete quote", async ({ browser }) => {
  const owner = await signUp("Ordering Co");
  const created = await owner.client.post("/api/configurations", { data: CONFIGURATION });
  expect(created.status(), await created.text()).toBe(201);
  const { id, compatibleActuators } = await created.json();
  const top = compatibleActuators[0].sku as string;

  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto(`/configurations/${id}`);
  await expect(page.getByRole("table", { name: "Ranked actuators" }).getByRole("row").nth(1)).toBeVisible();
  await page.getByLabel("Quantity", { exact: true }).fill("12");
  await page.getByRole("button", { name: `Add ${top} to order` }).click();
  await expect(page.getByText(`${top} × 12 added to the order`)).toBeVisible();
  await page.getByRole("button", { name: "Open order" }).click();

  await expect(page.getByRole("heading", { name: "Order for Order from the ranking" })).toBeVisible();
  await expect(page.getByLabel(`Quantity of ${top}`)).toHaveValue("12");
  await expect(page.getByText("Estimated total")).toBeVisible();

  await page.getByRole("button", { name: "Compare quotes" }).click();
  const spencer = page.getByRole("region", { name: "Spencer quote" });
  const coster = page.getByRole("region", { name: "Coster quote" });
  await expect(spencer.getByText("Total", { exact: true })).toBeVisible();
  await expect(coster.getByText("Total", { exact: true })).toBeVisible();
  await expect(page.getByText("Total against delivery time")).toBeVisible();

  const cheapest = page.getByRole("region", { name: /quote$/ }).filter({ has: page.getByText("Cheapest", { exact: true }) });
  await expect(cheapest).toHaveCount(1);
  const name = (await cheapest.getByRole("heading").textContent())!.trim();
  await cheapest.getByRole("button", { name: `Choose ${name}` }).click();
  await expect(page.getByText(`${name}'s quote chosen`)).toBeVisible();
  await expect(cheapest.getByRole("button", { name: `${name} chosen` })).toBeDisabled();
  await expect(page.getByLabel("Order totals").getByText("Total", { exact: true })).toBeVisible();

  // Quantities change: the quotes priced other lines, so they go.
  await page.getByLabel(`Quantity of ${top}`).fill("13");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Order updated")).toBeVisible();
  await expect(page.getByText("No quotes yet.")).toBeVisible();

  await page.goto("/procurements");
  await expect(page.getByRole("link", { name: "Order from the ranking" })).toBeVisible();
  await context.close();
});

test("a delivery address is checked field by field and kept", async ({ browser }) => {
  const owner = await signUp("Address Co");
  const created = await owner.client.post("/api/configurations", { data: CONFIGURATION });
  const { id, compatibleActuators } = await created.json();
  const order = await owner.client.post("/api/procurements", {
    data: { configurationId: id, items: [{ sku: compatibleActuators[0].sku, qty: 1 }] },
  });
  const procurementId = (await order.json()).id as string;

  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto(`/procurements/${procurementId}`);
  await page.getByLabel("Recipient").fill("Lab receiving");
  await page.getByLabel("Street address").fill("1 Spray Lane");
  await page.getByLabel("City").fill("Leeds");
  await page.getByLabel("Postal code").fill("LS1 1AA");
  await page.getByLabel("Country code").fill("United Kingdom");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByText("Enter the country as its two-letter code (GB, US, DE…)")).toBeVisible();
  await page.getByLabel("Country code").fill("gb");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByText("Delivery address saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Country code")).toHaveValue("GB");
  await expect(page.getByLabel("City")).toHaveValue("Leeds");
  await context.close();
});

test("the whole order: checkout authorises the card, the supplier ships and delivers, the scanned receipt captures the payment, staff see the commission", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await signUp("Checkout Co");
  const created = await owner.client.post("/api/configurations", { data: CONFIGURATION });
  const { id, compatibleActuators } = await created.json();
  const order = await owner.client.post("/api/procurements", {
    data: { configurationId: id, items: [{ sku: compatibleActuators[0].sku, qty: 2 }] },
  });
  const procurementId = (await order.json()).id as string;
  const compared = await (await owner.client.post("/api/procurements/compare", { data: { procurementId } })).json();
  const offer = compared.suppliers.find(
    (o: { status: string; lines: { availability: string }[] }) =>
      o.status === "quoted" && o.lines.every((l) => l.availability !== "unavailable"),
  );
  const ready = await owner.client.put(`/api/procurements/${procurementId}`, {
    data: {
      version: compared.version,
      selectedSupplier: offer.supplier,
      shipTo: { name: "Lab receiving", line1: "1 Spray Lane", city: "Leeds", postalCode: "LS1 1AA", country: "GB" },
    },
  });
  expect(ready.status(), await ready.text()).toBe(200);

  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto(`/procurements/${procurementId}`);
  await expect(page.getByText(/Your card is authorised now and charged/)).toBeVisible();
  await page.getByRole("button", { name: /^Pay \$/ }).click();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/procurements/${procurementId}\\?checkout=success`));
  await expect(page.getByText(/Payment authorised\. The supplier has the order/)).toBeVisible({ timeout: 30_000 });
  const timeline = page.getByRole("list").filter({ hasText: "Order started" });
  await expect(timeline.getByText("Draft → Submitted")).toBeVisible();

  const placed = await (await owner.client.get(`/api/procurements/${procurementId}`)).json();
  expect(placed).toMatchObject({ status: "submitted", paymentStatus: "authorized", supplierOrderId: expect.any(String) });
  await advanceSupplierOrder(offer.supplier, placed.supplierOrderId, "shipped");
  await expect
    .poll(async () => (await (await owner.client.get(`/api/procurements/${procurementId}/payment-status`)).json()).status, {
      timeout: 20_000,
    })
    .toBe("shipped");
  await page.reload();
  await expect(timeline.getByText(/→ Shipped$/)).toBeVisible();
  await expect(page.getByText(/tracking/).first()).toBeVisible();

  // Delivered: the bench scans the receipt QR code (its link carries the code) and confirms.
  await advanceSupplierOrder(offer.supplier, placed.supplierOrderId, "delivered");
  await expect
    .poll(async () => (await (await owner.client.get(`/api/procurements/${procurementId}/payment-status`)).json()).status, {
      timeout: 20_000,
    })
    .toBe("delivered");
  const receipt = (await (await owner.client.get(`/api/procurements/${procurementId}`)).json()).receipt;
  await page.goto(new URL(receipt.url).pathname + new URL(receipt.url).search);
  await expect(page.getByRole("img", { name: /QR code for receipt code/ })).toBeVisible();
  await expect(page.getByLabel("Receipt code", { exact: true })).toHaveValue(receipt.code.replace("-", ""));
  await page.getByRole("button", { name: "Confirm receipt" }).click();
  await expect(page.getByText("Receipt confirmed")).toBeVisible();
  await expect
    .poll(async () => (await (await owner.client.get(`/api/procurements/${procurementId}/payment-status`)).json()).paymentStatus, {
      timeout: 20_000,
    })
    .toBe("paid");

  // Settled: the same actuators again, as a new draft priced afresh.
  await page.reload();
  await page.getByRole("button", { name: "Order again" }).click();
  await expect(page.getByText("A new draft with the same actuators")).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(procurementId));
  await expect(page.getByLabel(`Quantity of ${compatibleActuators[0].sku}`)).toHaveValue("2");

  // The commission on what was charged shows on the staff side.
  const staff = await login(DEMO.staff, DEMO.password);
  await expect
    .poll(
      async () => {
        const list = await (await staff.get("/api/admin/commissions?limit=100")).json();
        return list.items.some((c: { procurementId: string }) => c.procurementId === procurementId);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await context.close();
});

test("above the organization's threshold a user asks for approval and an admin approves before the order can be paid", async ({
  browser,
}) => {
  const admin = await signUp("Approval Co");
  const user = await addMember(admin, "user");
  const adminContext = await browser.newContext({ storageState: await admin.client.storageState() });
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/settings/organization");
  await adminPage.getByLabel("Approval threshold (USD)").fill("1");
  await adminPage.getByRole("button", { name: "Save threshold" }).click();
  await expect(adminPage.getByText("Approval threshold saved")).toBeVisible();

  const created = await user.client.post("/api/configurations", { data: CONFIGURATION });
  const { id, compatibleActuators } = await created.json();
  const order = await user.client.post("/api/procurements", {
    data: { configurationId: id, items: [{ sku: compatibleActuators[0].sku, qty: 3 }] },
  });
  const procurementId = (await order.json()).id as string;
  const compared = await (await user.client.post("/api/procurements/compare", { data: { procurementId } })).json();
  const offer = compared.suppliers.find(
    (o: { status: string; lines: { availability: string }[] }) =>
      o.status === "quoted" && o.lines.every((l) => l.availability !== "unavailable"),
  );
  await user.client.put(`/api/procurements/${procurementId}`, { data: { version: compared.version, selectedSupplier: offer.supplier } });

  const userContext = await browser.newContext({ storageState: await user.client.storageState() });
  const userPage = await userContext.newPage();
  await userPage.goto(`/procurements/${procurementId}`);
  await expect(userPage.getByText("Approval needed")).toBeVisible();
  await expect(userPage.getByRole("button", { name: /^Pay \$/ })).toHaveCount(0);
  await userPage.getByLabel("Note for the admins (optional)").fill("For the pilot line");
  await userPage.getByRole("button", { name: "Ask for approval" }).click();
  await expect(userPage.getByText("Sent for approval")).toBeVisible();
  await expect(userPage.getByText("Waiting for approval").first()).toBeVisible();

  await adminPage.goto(`/procurements/${procurementId}`);
  await expect(adminPage.getByText("Approve this order?")).toBeVisible();
  await expect(adminPage.getByRole("button", { name: "Reject" })).toBeDisabled();
  await adminPage.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(adminPage.getByText("Order approved")).toBeVisible();

  await userPage.reload();
  await expect(userPage.getByRole("button", { name: /^Pay \$/ })).toBeVisible();
  await expect(userPage.getByText("Waiting for approval → Approved")).toBeVisible();
  await adminContext.close();
  await userContext.close();
});
