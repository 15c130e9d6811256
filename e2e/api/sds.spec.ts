import { expect, test } from "@playwright/test";
import { makeSdsPdf } from "@/lib/catalog/sds-test-pdf";
import { subscribeThroughCheckout } from "../stripe";
import { type Account, addMember, expectError, signUp } from "../support";

// POST /api/fluids/sds: a safety data sheet in, section 9's properties out (Professional plan and up).

let owner: Account;

test.beforeAll(async () => {
  owner = await signUp();
});

const upload = (account: Account, name: string, mimeType: string, buffer: Buffer) =>
  account.client.post("/api/fluids/sds", { multipart: { file: { name, mimeType, buffer } } });

test("a sheet's section 9 comes back as fluid properties, each with the text it was read from", async () => {
  const pdf = await makeSdsPdf({
    product: "Anti-fog coating X",
    section9: [
      ["Relative density", "0.87"],
      ["Viscosity", "35 mPa·s"],
      ["Flash point", "> 100 °C"],
    ],
  });
  const res = await upload(owner, "coating.pdf", "application/pdf", Buffer.from(pdf));
  expect(res.status(), await res.text()).toBe(200);
  expect(await res.json()).toEqual({
    filename: "coating.pdf",
    productName: "Anti-fog coating X",
    section9Found: true,
    values: [
      { field: "densityKgM3", value: 870, source: "Relative density 0.87", note: "Relative density × 1000 kg/m³ (water)" },
      { field: "viscosityCp", value: 35, source: "Viscosity 35 mPa·s", note: null },
      { field: "flashPointC", value: 100, source: "Flash point > 100 °C", note: expect.stringMatching(/bound/) },
    ],
  });
});

test("what is not a readable safety data sheet is refused with the reason", async () => {
  const zip = Buffer.from("PK\u0003\u0004not a pdf at all");
  expect((await expectError(await upload(owner, "sheet.pdf", "application/pdf", zip), 415, "unsupported_media_type")).message).toMatch(
    /not a PDF/,
  );
  const oversized = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(10 * 1024 * 1024 + 1, 32)]);
  expect((await expectError(await upload(owner, "big.pdf", "application/pdf", oversized), 413, "payload_too_large")).message).toBe(
    "The file is larger than 10 MB",
  );
  const broken = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Pages 9 0 R >>\ntrailer <<>>\n%%EOF");
  await expectError(await upload(owner, "broken.pdf", "application/pdf", broken), 422, "validation_failed");
  const nothing = Buffer.from(await makeSdsPdf({ section9: [["Odour", "Mild"]] }));
  expect((await expectError(await upload(owner, "odour.pdf", "application/pdf", nothing), 422, "validation_failed")).message).toMatch(
    /No density, viscosity, surface tension or flash point was found/,
  );
  const json = await owner.client.post("/api/fluids/sds", { data: { file: "x" } });
  await expectError(json, 415, "unsupported_media_type");
  const noFile = await owner.client.post("/api/fluids/sds", { multipart: { other: "x" } });
  expect((await expectError(noFile, 422, "validation_failed")).details).toEqual([{ path: "file", message: "Attach a file" }]);
});

test("a viewer cannot import a sheet (403)", async () => {
  const viewer = await addMember(owner, "viewer");
  await expectError(await upload(viewer, "a.pdf", "application/pdf", Buffer.from("%PDF-")), 403, "forbidden");
});

test("on the Starter plan the import is refused with 402 naming the plan that has it", async () => {
  const starter = await signUp();
  await subscribeThroughCheckout(starter, "starter");
  const pdf = Buffer.from(await makeSdsPdf({ section9: [["Density", "1 g/cm3"]] }));
  const error = await expectError(await upload(starter, "a.pdf", "application/pdf", pdf), 402, "plan_limit");
  expect(error.message).toBe(
    "Safety data sheet parsing is not part of your Starter plan. Upgrade to Professional in Settings → Billing to use it.",
  );
  expect(error.details).toEqual([expect.objectContaining({ feature: "msds_parsing", plan: "starter", upgradeTo: "professional" })]);
});
