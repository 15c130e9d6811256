import { expect, test } from "@playwright/test";
import { makeSdsPdf } from "@/lib/catalog/sds-test-pdf";
import { signUp } from "../support";

test("a safety data sheet fills the fluid form with each value's source; corrected, the fluid is in the picker", async ({ browser }) => {
  const owner = await signUp("SDS Import Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/catalog?tab=fluids");
  await page.getByRole("button", { name: "Add a fluid" }).click();
  const dialog = page.getByRole("dialog");

  // Not a PDF: the dialog says why.
  await dialog
    .getByLabel("Safety data sheet (PDF)")
    .setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("hello") });
  await expect(dialog.getByRole("alert")).toHaveText(
    "Could not read the sheet: The file is not a PDF: upload the safety data sheet as a PDF",
  );

  const pdf = await makeSdsPdf({
    product: "Release agent RA-7",
    section9: [
      ["Density", "0.91 g/cm³ at 20 °C"],
      ["Viscosity, kinematic", "22 mm²/s at 40 °C"],
      ["Flash point", "> 100 °C (closed cup)"],
    ],
  });
  await dialog
    .getByLabel("Safety data sheet (PDF)")
    .setInputFiles({ name: "ra-7.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
  await expect(dialog.getByText(/Read from ra-7\.pdf/)).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveValue("Release agent RA-7");
  await expect(dialog.getByLabel("Density (kg/m³)")).toHaveValue("910");
  await expect(dialog.getByText("Density 0.91 g/cm³ at 20 °C")).toBeVisible();
  await expect(dialog.getByLabel("Viscosity (cP)")).toHaveValue("20.02");
  await expect(dialog.getByText("Viscosity, kinematic 22 mm²/s at 40 °C")).toBeVisible();
  await expect(dialog.getByText(/Kinematic 22 mm²\/s × density 910 kg\/m³/)).toBeVisible();
  await expect(dialog.getByLabel("Flash point (°C)")).toHaveValue("100");
  await expect(dialog.getByText(/Not found in the sheet: enter it/)).toBeVisible();

  // The sheet has no surface tension; the viscosity is corrected to the value measured at the spray temperature.
  await dialog.getByLabel("Surface tension (mN/m)").fill("29");
  await dialog.getByLabel("Viscosity (cP)").fill("48");
  await dialog.getByRole("button", { name: "Add fluid" }).click();
  await expect(dialog).toHaveCount(0);
  const own = page.getByRole("table", { name: "Your organization's fluids" });
  await expect(own.getByRole("row", { name: /Release agent RA-7/ })).toContainText("From the safety data sheet ra-7.pdf");

  await page.goto("/configurations/new");
  await page.getByRole("button", { name: "Choose from library" }).click();
  const picker = page.getByRole("dialog");
  await picker.getByLabel("Search fluids").fill("RA-7");
  await expect(picker.getByRole("button", { name: /Release agent RA-7/ })).toContainText(
    "48 cP · 910 kg/m³ · 29 mN/m · flash point 100 °C",
  );
  await context.close();
});
