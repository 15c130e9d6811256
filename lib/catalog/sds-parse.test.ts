import { describe, expect, it } from "vitest";
import { parseSds, parseSdsNumber, type SdsField } from "./sds-parse";

const sheet = (section9: string[]) =>
  [
    "SAFETY DATA SHEET",
    "SECTION 1: Identification of the substance/mixture",
    "Product name: Line 3 primer",
    "SECTION 9: Physical and chemical properties",
    ...section9,
    "SECTION 10: Stability and reactivity",
    "Flash point of the decomposition products: 20 °C",
    "SECTION 14: Transport information",
    "Density 9.99 g/cm3",
  ].join("\n");

const readField = (text: string, field: SdsField) => parseSds(text).values.find((v) => v.field === field);

describe("parseSdsNumber", () => {
  it.each([
    ["1.05", 1.05],
    ["1,05", 1.05],
    ["0,870", 0.87],
    ["1,050", 1050],
    ["−20", -20],
    ["abc", null],
  ])("reads %s as %s", (text, expected) => {
    expect(parseSdsNumber(text)).toBe(expected);
  });
});

describe("parseSds", () => {
  it("reads density in g/cm³ as kg/m³ and keeps its source line", () => {
    const v = readField(sheet(["Density: 1.05 g/cm3 at 20 °C"]), "densityKgM3");
    expect(v).toEqual({ field: "densityKgM3", value: 1050, source: "Density: 1.05 g/cm3 at 20 °C", note: null });
  });

  it.each([
    ["Density: 1080 kg/m³", 1080],
    ["Density (20 °C): 0.98 g/ml", 980],
    ["Density 1,2 kg/l", 1200],
    ["Relative density 0.87", 870],
    ["Relative density: 0.87 (water = 1)", 870],
    ["Specific gravity 1.26", 1260],
    ["Density: 0.86 - 0.88 g/cm3", 870],
  ])("density from “%s” is %s kg/m³", (line, expected) => {
    expect(readField(sheet([line]), "densityKgM3")?.value).toBe(expected);
  });

  it("says a relative density was taken against water", () => {
    expect(readField(sheet(["Relative density 0.87"]), "densityKgM3")?.note).toMatch(/Relative density × 1000/);
  });

  it("does not take the vapour density for the density", () => {
    const v = readField(sheet(["Vapour density: 2.5 (air = 1)", "Relative density: 0.79"]), "densityKgM3");
    expect(v?.value).toBe(790);
    expect(v?.source).toBe("Relative density: 0.79");
  });

  it("reads a dynamic viscosity in mPa·s as cP", () => {
    expect(readField(sheet(["Viscosity: 35 mPa·s"]), "viscosityCp")?.value).toBe(35);
    expect(readField(sheet(["Viscosity, dynamic: 0.012 Pa.s"]), "viscosityCp")?.value).toBe(12);
    expect(readField(sheet(["Viscosity 120 cP"]), "viscosityCp")?.value).toBe(120);
  });

  it("converts a kinematic viscosity with the sheet's density and says so", () => {
    const v = readField(sheet(["Density: 0.9 g/cm3", "Viscosity, kinematic: 12 mm²/s at 40 °C"]), "viscosityCp");
    expect(v?.value).toBe(10.8);
    expect(v?.source).toBe("Viscosity, kinematic: 12 mm²/s at 40 °C");
    expect(v?.note).toMatch(/Kinematic 12 mm²\/s × density 900 kg\/m³/);
    expect(v?.note).toMatch(/Measured at 40 °C/);
  });

  it("assumes water's density for a kinematic viscosity when the sheet gives none", () => {
    const v = readField(sheet(["Kinematic viscosity 20 cSt"]), "viscosityCp");
    expect(v?.value).toBe(20);
    expect(v?.note).toMatch(/assumed density of 1000/);
  });

  it("prefers the dynamic viscosity when both are given", () => {
    const v = readField(sheet(["Density 1.1 g/cm3", "Viscosity, kinematic: 50 mm2/s", "Viscosity, dynamic: 48 mPa s"]), "viscosityCp");
    expect(v?.value).toBe(48);
  });

  it("reads the flash point with its method", () => {
    const v = readField(sheet(["Flash point: 62 °C (closed cup)"]), "flashPointC");
    expect(v).toMatchObject({ value: 62, note: "Method: closed cup" });
  });

  it("marks a flash point given as a bound", () => {
    const v = readField(sheet(["Flash point > 100 °C"]), "flashPointC");
    expect(v?.value).toBe(100);
    expect(v?.note).toMatch(/bound \(> 100\)/);
  });

  it("converts a flash point in °F", () => {
    expect(readField(sheet(["Flash point: 140 °F"]), "flashPointC")?.value).toBe(60);
  });

  it("keeps a property the sheet says does not apply, without a value", () => {
    const v = readField(sheet(["Flash point: Not applicable"]), "flashPointC");
    expect(v).toEqual({ field: "flashPointC", value: null, source: "Flash point: Not applicable", note: "The sheet gives no value" });
  });

  it("reads the surface tension in mN/m and dyn/cm", () => {
    expect(readField(sheet(["Surface tension 28 mN/m"]), "surfaceTensionMNm")?.value).toBe(28);
    expect(readField(sheet(["Surface tension: 72.8 dyn/cm at 20 °C"]), "surfaceTensionMNm")?.value).toBe(72.8);
    expect(readField(sheet(["Surface tension 0.031 N/m"]), "surfaceTensionMNm")?.value).toBe(31);
  });

  it("takes the value from the next line when a table puts it there", () => {
    const v = readField(sheet(["Density", "1.05 g/cm3"]), "densityKgM3");
    expect(v).toMatchObject({ value: 1050, source: "Density 1.05 g/cm3" });
  });

  it("reads only section 9, not the sections after it", () => {
    const parsed = parseSds(sheet(["Appearance: liquid"]));
    expect(parsed.section9Found).toBe(true);
    expect(parsed.values).toEqual([]);
  });

  it("reads the product name from section 1", () => {
    expect(parseSds(sheet([])).productName).toBe("Line 3 primer");
  });

  it("reads a whole sheet in one pass", () => {
    const parsed = parseSds(
      sheet([
        "Appearance: clear liquid",
        "Relative density 0.87",
        "Viscosity, kinematic: 12 mm²/s at 40 °C",
        "Flash point: 62 °C (closed cup)",
        "Surface tension 28 mN/m",
      ]),
    );
    expect(parsed.values.map((v) => [v.field, v.value])).toEqual([
      ["densityKgM3", 870],
      ["viscosityCp", 10.44],
      ["surfaceTensionMNm", 28],
      ["flashPointC", 62],
    ]);
  });

  it("reads the whole text when there is no section 9 heading", () => {
    const parsed = parseSds("Density: 1.2 g/cm3\nViscosity: 5 mPa.s");
    expect(parsed.section9Found).toBe(false);
    expect(parsed.values.map((v) => v.value)).toEqual([1200, 5]);
  });
});
