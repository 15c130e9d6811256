import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startWebhookReceiver } from "@/scripts/webhook-receiver";
import { BASE_URL } from "../../playwright.config";
import { signUp } from "../support";

test("an admin adds an endpoint in the browser; a new configuration reaches the receiver signed and shows in the delivery log", async ({
  browser,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const owner = await signUp("Webhook Listeners Co");
    const context = await browser.newContext({ storageState: await owner.client.storageState() });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
    const page = await context.newPage();
    await page.goto("/app");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("No webhook endpoints yet")).toBeVisible();

    await page.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("URL").fill("not a url");
    await dialog.getByRole("checkbox", { name: /procurement\.status_changed/ }).uncheck();
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByText("Enter a full URL such as https://example.com/webhooks/aerospec")).toBeVisible();
    await expect(dialog.getByText("Choose at least one event")).toBeVisible();
    await dialog.getByLabel("URL").fill(receiver.url);
    await dialog.getByRole("checkbox", { name: /configuration\.created/ }).check();
    await dialog.getByRole("button", { name: "Add endpoint" }).click();

    // Shown once, with a copy button.
    await expect(dialog.getByText("This is the only time the secret is shown")).toBeVisible();
    const secret = await dialog.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole("button", { name: "Copy the secret" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByText(receiver.url)).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    const made = await owner.client.post("/api/configurations", {
      data: { name: "Heard by webhook", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 300 } },
    });
    expect(made.status(), await made.text()).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const mine = () => receiver.received.find((r) => r.body.includes(id));
    await expect.poll(mine, { timeout: 20_000 }).toBeDefined();
    expect(new Webhook(secret).verify(mine()!.body, mine()!.headers as Record<string, string>)).toMatchObject({
      type: "configuration.created",
      data: { id, name: "Heard by webhook" },
    });

    await page.getByRole("button", { name: "Deliveries" }).click();
    const log = page.getByRole("region", { name: `Deliveries to ${receiver.url}` });
    const row = log.getByRole("row", { name: /configuration\.created/ });
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("HTTP 200");
    await expect(row).toContainText(/\d+ ms/);

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(log.getByRole("row", { name: /webhook\.test/ })).toContainText("Delivered", { timeout: 20_000 });
    await row.getByRole("button", { name: "Redeliver configuration.created" }).click();
    await expect(log.getByRole("row", { name: /configuration\.created/ })).toHaveCount(2, { timeout: 20_000 });

    await page.getByRole("button", { name: "Rotate secret" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Rotate secret" }).click();
    const rotated = page.getByRole("dialog");
    await expect(rotated.getByText("The previous secret keeps signing alongside it for 24 hours")).toBeVisible();
    expect(await rotated.getByLabel("Signing secret").inputValue()).not.toBe(secret);
    await rotated.getByRole("button", { name: "Done" }).click();
    await expect(page.getByText(/The previous secret also signs until/)).toBeVisible();

    await page.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByText("Disabled", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send test event" })).toBeDisabled();

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
    await expect(page.getByText("No webhook endpoints yet")).toBeVisible();
    await context.close();
  } finally {
    await receiver.close();
  }
});
