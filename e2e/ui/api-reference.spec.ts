import { expect, test } from "@playwright/test";

test("the API reference at /docs/api renders the OpenAPI document from our own origin, within the CSP", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(page.url() || "http://localhost").origin) && !request.url().startsWith("data:"))
      foreign.push(request.url());
  });
  await page.goto("/docs/api");
  await expect(page.getByText("AeroSpec API").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: "webhooks", exact: true })).toBeVisible();
  expect(refused).toEqual([]);
  expect(foreign.filter((url) => !url.includes("localhost") && !url.includes("127.0.0.1"))).toEqual([]);
});
