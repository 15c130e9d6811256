/**
 * The fluid library seeded on start. Values are at the stated temperature; each cites its
 * source. Coatings and formulated products vary by product: their rows are typical
 * application-ready values from manufacturers' technical data sheets and say so.
 */
export type FluidSeed = {
  slug: string;
  name: string;
  category: "aqueous" | "solvent" | "glycol" | "oil" | "fuel" | "coating" | "disinfectant" | "pharma";
  viscosityCp: number;
  densityKgM3: number;
  surfaceTensionMNm: number;
  flashPointC: number | null;
  temperatureC: number;
  source: string;
};

const CRC = "CRC Handbook of Chemistry and Physics, 97th ed. (2016): viscosity, density, surface tension tables";
const SEGUR = "Segur & Oberstar, Ind. Eng. Chem. 43 (1951) 2117 (viscosity, density); Takamura et al., J. Colloid Interface Sci. 2012 (surface tension)";
const PDMS = "Dow DOWSIL 200 Fluid technical data sheet (kinematic viscosity × density; surface tension; flash point, closed cup)";
const TDS = "Typical spray-ready value from manufacturers' technical data sheets; product-dependent";

export const FLUID_SEEDS: FluidSeed[] = [
  { slug: "water", name: "Water", category: "aqueous", viscosityCp: 1.002, densityKgM3: 998.2, surfaceTensionMNm: 72.8, flashPointC: null, temperatureC: 20, source: CRC },
  { slug: "saline-0-9", name: "Saline 0.9 % NaCl", category: "pharma", viscosityCp: 1.02, densityKgM3: 1004.6, surfaceTensionMNm: 73.0, flashPointC: null, temperatureC: 20, source: "Kestin et al., J. Phys. Chem. Ref. Data 10 (1981) 71 (NaCl(aq) viscosity, density); CRC (surface tension)" },
  { slug: "ethanol", name: "Ethanol", category: "solvent", viscosityCp: 1.2, densityKgM3: 789.3, surfaceTensionMNm: 22.4, flashPointC: 13, temperatureC: 20, source: CRC },
  { slug: "isopropanol", name: "Isopropanol (2-propanol)", category: "solvent", viscosityCp: 2.4, densityKgM3: 785.1, surfaceTensionMNm: 23.0, flashPointC: 12, temperatureC: 20, source: CRC },
  { slug: "methanol", name: "Methanol", category: "solvent", viscosityCp: 0.59, densityKgM3: 791.4, surfaceTensionMNm: 22.6, flashPointC: 11, temperatureC: 20, source: CRC },
  { slug: "acetone", name: "Acetone", category: "solvent", viscosityCp: 0.32, densityKgM3: 784.5, surfaceTensionMNm: 23.7, flashPointC: -20, temperatureC: 20, source: CRC },
  { slug: "n-heptane", name: "n-Heptane", category: "solvent", viscosityCp: 0.41, densityKgM3: 683.8, surfaceTensionMNm: 20.1, flashPointC: -4, temperatureC: 20, source: CRC },
  { slug: "glycerol-water-20", name: "Glycerol–water 20 wt %", category: "aqueous", viscosityCp: 1.76, densityKgM3: 1047.0, surfaceTensionMNm: 71.0, flashPointC: null, temperatureC: 20, source: SEGUR },
  { slug: "glycerol-water-40", name: "Glycerol–water 40 wt %", category: "aqueous", viscosityCp: 3.72, densityKgM3: 1099.0, surfaceTensionMNm: 69.5, flashPointC: null, temperatureC: 20, source: SEGUR },
  { slug: "glycerol-water-60", name: "Glycerol–water 60 wt %", category: "aqueous", viscosityCp: 10.8, densityKgM3: 1153.0, surfaceTensionMNm: 67.5, flashPointC: null, temperatureC: 20, source: SEGUR },
  { slug: "glycerol-water-80", name: "Glycerol–water 80 wt %", category: "aqueous", viscosityCp: 60.1, densityKgM3: 1208.0, surfaceTensionMNm: 65.7, flashPointC: null, temperatureC: 20, source: SEGUR },
  { slug: "glycerol-water-90", name: "Glycerol–water 90 wt %", category: "aqueous", viscosityCp: 219, densityKgM3: 1235.0, surfaceTensionMNm: 64.5, flashPointC: null, temperatureC: 20, source: SEGUR },
  { slug: "propylene-glycol", name: "Propylene glycol", category: "glycol", viscosityCp: 56, densityKgM3: 1036.0, surfaceTensionMNm: 36.0, flashPointC: 99, temperatureC: 20, source: CRC },
  { slug: "ethylene-glycol", name: "Ethylene glycol", category: "glycol", viscosityCp: 19.9, densityKgM3: 1113.0, surfaceTensionMNm: 47.7, flashPointC: 111, temperatureC: 20, source: CRC },
  { slug: "silicone-oil-5", name: "Silicone oil (PDMS) 5 cSt", category: "oil", viscosityCp: 4.6, densityKgM3: 913.0, surfaceTensionMNm: 19.7, flashPointC: 135, temperatureC: 25, source: PDMS },
  { slug: "silicone-oil-10", name: "Silicone oil (PDMS) 10 cSt", category: "oil", viscosityCp: 9.4, densityKgM3: 935.0, surfaceTensionMNm: 20.1, flashPointC: 163, temperatureC: 25, source: PDMS },
  { slug: "silicone-oil-50", name: "Silicone oil (PDMS) 50 cSt", category: "oil", viscosityCp: 48, densityKgM3: 960.0, surfaceTensionMNm: 20.8, flashPointC: 280, temperatureC: 25, source: PDMS },
  { slug: "silicone-oil-100", name: "Silicone oil (PDMS) 100 cSt", category: "oil", viscosityCp: 96.5, densityKgM3: 965.0, surfaceTensionMNm: 20.9, flashPointC: 300, temperatureC: 25, source: PDMS },
  { slug: "silicone-oil-350", name: "Silicone oil (PDMS) 350 cSt", category: "oil", viscosityCp: 340, densityKgM3: 970.0, surfaceTensionMNm: 21.1, flashPointC: 300, temperatureC: 25, source: PDMS },
  { slug: "mineral-oil-light", name: "Light mineral (white) oil", category: "oil", viscosityCp: 30, densityKgM3: 850.0, surfaceTensionMNm: 30.0, flashPointC: 170, temperatureC: 20, source: "Typical light white oil (ISO VG 15–22) from suppliers' data sheets; product-dependent" },
  { slug: "diesel-fuel", name: "Light fuel oil / diesel (EN 590)", category: "fuel", viscosityCp: 3.5, densityKgM3: 835.0, surfaceTensionMNm: 27.0, flashPointC: 60, temperatureC: 20, source: "EN 590 limits (density 820–845 kg/m³, flash point > 55 °C); Lefebvre & McDonell, Atomization and Sprays 2nd ed. (2017), fuel property tables" },
  { slug: "kerosene-jet-a", name: "Kerosene (Jet A-1)", category: "fuel", viscosityCp: 1.6, densityKgM3: 800.0, surfaceTensionMNm: 26.0, flashPointC: 38, temperatureC: 20, source: "CRC Report 663, Handbook of Aviation Fuel Properties (2004)" },
  { slug: "ipa-70-water", name: "Isopropanol 70 % / water (disinfectant)", category: "disinfectant", viscosityCp: 2.5, densityKgM3: 872.0, surfaceTensionMNm: 24.0, flashPointC: 21, temperatureC: 20, source: "Pang et al., J. Chem. Eng. Data 52 (2007) (IPA–water viscosity, density); Vazquez et al., J. Chem. Eng. Data 40 (1995) (surface tension)" },
  { slug: "hypochlorite-0-5", name: "Sodium hypochlorite 0.5 % (disinfectant)", category: "disinfectant", viscosityCp: 1.0, densityKgM3: 1005.0, surfaceTensionMNm: 72.0, flashPointC: null, temperatureC: 20, source: "Dilute aqueous solution: water values within 1 % (CRC)" },
  { slug: "waterborne-acrylic", name: "Waterborne acrylic coating (spray-reduced)", category: "coating", viscosityCp: 50, densityKgM3: 1300.0, surfaceTensionMNm: 35.0, flashPointC: null, temperatureC: 20, source: TDS },
  { slug: "solventborne-alkyd", name: "Solventborne alkyd enamel", category: "coating", viscosityCp: 80, densityKgM3: 1100.0, surfaceTensionMNm: 28.0, flashPointC: 40, temperatureC: 20, source: TDS },
  { slug: "nitrocellulose-lacquer", name: "Nitrocellulose clear lacquer", category: "coating", viscosityCp: 30, densityKgM3: 950.0, surfaceTensionMNm: 26.0, flashPointC: -4, temperatureC: 20, source: TDS },
  { slug: "epoxy-primer-2k", name: "Two-component epoxy primer", category: "coating", viscosityCp: 150, densityKgM3: 1400.0, surfaceTensionMNm: 32.0, flashPointC: 25, temperatureC: 20, source: TDS },
];
