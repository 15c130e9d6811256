import type { Actuator, FluidInput } from "./schemas";

// Shared inputs for the engine's tests: a rated hollow-cone SKU and reference liquids.
export const WATER_FLUID: FluidInput = {
  viscosityCp: 1,
  densityKgM3: 1000,
  surfaceTensionMNm: 72.8,
  flashPointC: null,
};

export function createActuator(change: Partial<Actuator> = {}): Actuator {
  return {
    sku: "SPENC-HC-0100-080-00001",
    supplier: "spencer",
    sprayType: "hollow_cone",
    orificeDiameterMm: 1,
    refFlowMlMin: 1000,
    refPressureBar: 3,
    flowExponent: null,
    nominalConeDeg: 80,
    maxPressureBar: 20,
    vendorSmdUm: null,
    rosinRammlerQ: null,
    ...change,
  };
}
