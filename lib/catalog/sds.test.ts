import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { extractSds } from "./sds";
import { makeSdsPdf } from "./sds-test-pdf";

const professional = { plan: "professional" as const, features: { msds_parsing: true } };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("extractSds", () => {
  it("reads section 9 of a generated sheet laid out as a table, each value with its row", async () => {
    const bytes = await makeSdsPdf({
      product: "Line 3 primer",
      section9: [
        ["Appearance", "Liquid, amber"],
        ["Density", "1.05 g/cm³ at 20 °C"],
        ["Viscosity, kinematic", "12 mm²/s at 40 °C"],
        ["Flash point", "62 °C (closed cup)"],
        ["Surface tension", "28 mN/m"],
      ],
    });
    const result = await extractSds(professional, { filename: "primer.pdf", bytes });
    expect(result.productName).toBe("Line 3 primer");
    expect(result.section9Found).toBe(true);
    expect(result.values.map((v) => [v.field, v.value, v.source])).toEqual([
      ["densityKgM3", 1050, "Density 1.05 g/cm³ at 20 °C"],
      ["viscosityCp", 12.6, "Viscosity, kinematic 12 mm²/s at 40 °C"],
      ["surfaceTensionMNm", 28, "Surface tension 28 mN/m"],
      ["flashPointC", 62, "Flash point 62 °C (closed cup)"],
    ]);
  });

  it("refuses a file that is not a PDF by its bytes (415), whatever its name", async () => {
    const error = await refusal(
      extractSds(professional, { filename: "sheet.pdf", bytes: new TextEncoder().encode("PK\u0003\u0004 a zip") }),
    );
    expect(error.code).toBe("unsupported_media_type");
  });

  it("answers 422, not a crash, for a damaged PDF", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without an xref");
    const error = await refusal(extractSds(professional, { filename: "broken.pdf", bytes }));
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(/could not be read/);
  });

  it("answers 422 with a clear message for a PDF with no section 9 values", async () => {
    const bytes = await makeSdsPdf({
      section9: [
        ["Appearance", "Liquid"],
        ["Odour", "Mild"],
      ],
    });
    const error = await refusal(extractSds(professional, { filename: "empty.pdf", bytes }));
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(/No density, viscosity, surface tension or flash point was found in section 9/);
  });

  it("answers 422 for a PDF with no text at all", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const error = await refusal(extractSds(professional, { filename: "scan.pdf", bytes: await doc.save() }));
    expect(error.message).toMatch(/no text to read/);
  });

  it("is refused on a plan without safety data sheet parsing (402), naming the plan that has it", async () => {
    const bytes = await makeSdsPdf({ section9: [["Density", "1 g/cm3"]] });
    const error = await refusal(extractSds({ plan: "starter", features: { msds_parsing: false } }, { filename: "a.pdf", bytes }));
    expect(error.code).toBe("plan_limit");
    expect(error.message).toBe(
      "Safety data sheet parsing is not part of your Starter plan. Upgrade to Professional in Settings → Billing to use it.",
    );
  });
});
